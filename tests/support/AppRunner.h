#pragma once

// Runs the built sanctions-tracker binary as a script would: no display, so every headless command
// (export, import, report, UN list, CSV, screenshot) proves it needs none.
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

namespace st::test {

struct AppRun {
    int exitCode = -1; // -1 when the process crashed
    QString out;
    QString err;
};

// `environment` adds or replaces variables of the app's environment (e.g. XDG_DATA_HOME).
inline AppRun runApp(const QStringList &args, int timeoutMs = 120000,
                     const QList<std::pair<QString, QString>> &environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ST_APP_BINARY), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("sanctions-tracker %s did not finish in %d ms", qPrintable(args.join(QLatin1Char(' '))), timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace st::test
