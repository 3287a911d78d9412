// Sanctions Tracker: parse the command line, open the database, then run a headless command or show
// the main window. Everything else lives in core/ and ui/.
#include "CommandLine.h"
#include "DatabaseLocation.h"
#include "HeadlessCommands.h"
#include "TerminalPassword.h"
#include "WorkspaceCommands.h"
#include "common/Allocator.h"
#include "common/AppIcons.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "storage/ServerAddress.h"
#include "team/TeamDatabaseFeature.h"

#include <QApplication>

#include <memory>

namespace {

void setMetadata()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("sanctions-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ST_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Sanctions Tracker"));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // The desktop matches windows to the installed .desktop file by this name (taskbar icon,
        // grouping); the window icon serves where no desktop file is installed (a build tree).
        QGuiApplication::setDesktopFileName(QStringLiteral(ST_APP_ID));
        QGuiApplication::setWindowIcon(st::applicationIcon());
    }
}

// "--lang fr" or "--lang=fr" among arguments that do not parse as a whole; empty if absent or unknown.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            value = arguments[i].mid(7);
        if (st::availableLanguages().contains(value))
            return value;
    }
    return {};
}

int run(const st::CommandLine &cl)
{
    const QString path = cl.database.isEmpty() ? st::defaultDatabasePath() : cl.database;
    if (cl.copy.any())
        return st::runCopy(path, cl.copy); // opens both sides itself: no bundled data in a new target
    auto db = st::openAppDatabase(path, cl.empty);
    if (!db && st::isServerAddress(path) && db.error().code == st::Error::Code::Io) {
        // The server turned the login away (a password ~/.pgpass lacks, a server not reached): a window
        // asks in the Connect dialog, a command on the terminal.
        if (!cl.isHeadless()) {
            db = st::connectOnStartup(path, db.error(), cl.empty);
        } else if (auto typed = st::passwordToRetry(path, db.error())) {
            db = st::openAppDatabase(path, cl.empty, st::OpenOptions{false, {}, typed.value()});
        } else {
            db = typed.error();
        }
    }
    if (!db) {
        st::printError(db.error().fullText());
        return st::ExitFailure;
    }
    if (cl.isHeadless())
        db.value()->setWriteWait(st::commandLineWriteWait(path));
    if (!cl.importJson.isEmpty()) {
        if (const int code = st::runImport(*db.value(), cl.importJson); code != st::ExitOk)
            return code;
    }
    if (cl.unList.any()) {
        if (const int code = st::runUnListCommands(*db.value(), cl.unList); code != st::ExitOk)
            return code;
    }
    if (cl.screening.any()) {
        if (const int code = st::runScreening(*db.value(), cl.screening); code != st::ExitOk)
            return code;
    }
    if (cl.generateSynthetic > 0) {
        if (const int code = st::runGenerateSynthetic(*db.value(), cl.generateSynthetic); code != st::ExitOk)
            return code;
    }
    if (!cl.exportJson.isEmpty()) {
        if (const int code = st::runExport(*db.value(), cl.exportJson);
            code != st::ExitOk || (cl.screenshot.isEmpty() && cl.report.path.isEmpty()))
            return code;
    }
    if (!cl.report.path.isEmpty()) {
        if (const int code = st::runReport(*db.value(), cl.report); code != st::ExitOk || cl.screenshot.isEmpty())
            return code;
    }
    if (!cl.screenshot.isEmpty())
        return st::runScreenshot(*db.value(), cl.screenshot, cl.screenshotSize);
    if (cl.isHeadless())
        return st::ExitOk;

    st::MainWindow window(*db.value());
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    st::keepFreedMemoryForReuse();
    // Headless commands, --help and usage errors must work with no display, so only the main window
    // gets a QApplication (which needs a display server); everything else a QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const st::CommandLineResult early = st::parseCommandLine(arguments, false);
    const bool paints = early.commandLine && early.commandLine->needsRendering();
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // render without a display server
    std::unique_ptr<QCoreApplication> app;
    if (st::wantsWindow(early) || paints)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setMetadata();
    // Before the second parse, so the help text and the messages are in the chosen language; a usage
    // error is reported in the language asked for too, if --lang itself is right.
    st::installTranslations(early.commandLine ? early.commandLine->language : requestedLanguage(arguments));

    const st::CommandLineResult parsed = st::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.commandLine) {
        st::printError(parsed.error);
        st::printError(QCoreApplication::translate("st::main", "run 'sanctions-tracker --help' for the options"));
        return st::ExitUsage;
    }
    if (parsed.commandLine->showHelp) {
        st::printMessage(parsed.helpText);
        return st::ExitOk;
    }
    if (parsed.commandLine->showVersion) {
        st::printMessage(QStringLiteral("sanctions-tracker %1").arg(QCoreApplication::applicationVersion()));
        return st::ExitOk;
    }
    return run(*parsed.commandLine);
}
