#include "HeadlessCommands.h"

#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QCoreApplication>

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

WriteWait commandLineWriteWait(const QString &databasePath)
{
    WriteWait wait;
    wait.limitMs = 120'000;
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SANCTIONS_TRACKER_WRITE_WAIT", &ok);
    if (ok && seconds >= 0 && seconds <= 3600)
        wait.limitMs = seconds * 1000;
    wait.onWait = [databasePath, limit = wait.limitMs / 1000] {
        printError(Tr::tr("waiting for another Sanctions Tracker (or another program) to finish writing to %1; "
                      "giving up after %2 s…")
                       .arg(databasePath)
                       .arg(limit));
    };
    return wait;
}

int runExport(const Database &db, const QString &path)
{
    if (auto ok = checkOutputPath(path); !ok) {
        printError(ok.error().fullText());
        return ExitFailure;
    }
    // An export is how an analyst rescues the data, so a damaged page the export does not need (the
    // audit log's, the search index's) does not stop it; the exit status still says the file needs
    // restoring.
    const Status pages = checkPagesReadable(db);
    auto json = exportDatasetJson(db);
    if (!json) {
        printError(Tr::tr("export failed: %1").arg(json.error().fullText()));
        return ExitFailure;
    }
    if (auto written = writeOutputFile(path, json.value()); !written) {
        printError(written.error().fullText());
        return ExitFailure;
    }
    if (path != QLatin1String("-"))
        std::fputs(qPrintable(Tr::tr("Exported the dataset to %1").arg(path) + QLatin1Char('\n')), stderr);
    if (!pages) {
        printError(Tr::tr("%1. The export holds every record; restore the database file from a backup, or "
                          "import the export into a new database.")
                       .arg(pages.error().fullText()));
        return ExitFailure;
    }
    return ExitOk;
}

int runImport(const Database &db, const QString &path)
{
    auto bytes = readInputFile(path);
    if (!bytes) {
        printError(bytes.error().fullText());
        return ExitFailure;
    }
    auto summary = importDatasetJson(db, bytes.value());
    if (!summary) {
        printError(Tr::tr("%1: %2").arg(path, summary.error().fullText()));
        printError(Tr::tr("nothing was imported; the database is unchanged"));
        return ExitFailure;
    }
    printMessage(Tr::tr("Imported %1").arg(summary.value().text()));
    return ExitOk;
}

} // namespace st
