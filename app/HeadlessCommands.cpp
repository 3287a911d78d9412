#include "HeadlessCommands.h"

#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::HeadlessCommands) };
} // namespace

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("sanctions-tracker: ") + message + QLatin1Char('\n')), stderr);
}

void printMessage(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stdout);
}

int runExport(const Database &db, const QString &path)
{
    auto json = exportDatasetJson(db);
    if (!json) {
        printError(Tr::tr("export failed: %1").arg(json.error().fullText()));
        return ExitFailure;
    }
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(json.value()) != json.value().size()) {
            printError(Tr::tr("cannot write to standard output"));
            return ExitFailure;
        }
        return ExitOk;
    }
    // QSaveFile writes beside the target and renames on commit: a failed export leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    if (file.write(json.value()) != json.value().size() || !file.commit()) {
        printError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    std::fputs(qPrintable(Tr::tr("Exported the dataset to %1").arg(path) + QLatin1Char('\n')), stderr);
    return ExitOk;
}

int runImport(const Database &db, const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        printError(Tr::tr("cannot import %1: the file does not exist").arg(path));
        return ExitFailure;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("cannot import %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    auto summary = importDatasetJson(db, file.readAll());
    if (!summary) {
        printError(Tr::tr("%1: %2").arg(path, summary.error().fullText()));
        printError(Tr::tr("nothing was imported; the database is unchanged"));
        return ExitFailure;
    }
    printMessage(Tr::tr("Imported %1").arg(summary.value().text()));
    return ExitOk;
}

} // namespace st
