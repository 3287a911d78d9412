#include "UnListCommands.h"

#include "HeadlessCommands.h"
#include "storage/Database.h"
#include "interchange/CsvExport.h"
#include "designations/UnListImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::UnListCommands) };

int importList(const Database &db, const QString &path)
{
    auto summary = importUnListFile(db, path);
    if (!summary) {
        printError(Tr::tr("%1: %2").arg(path, summary.error().fullText()));
        printError(Tr::tr("nothing was imported; the database is unchanged"));
        return ExitFailure;
    }
    const UnListImportSummary &s = summary.value();
    // One count per line, so a script can pick the one it wants.
    printMessage(Tr::tr("Imported the UN Consolidated List generated %1 from %2")
                     .arg(s.dateGenerated.isEmpty() ? Tr::tr("(no date)") : s.dateGenerated, path));
    printMessage(Tr::tr("individuals: %1").arg(s.individuals));
    printMessage(Tr::tr("entities: %1").arg(s.entities));
    printMessage(Tr::tr("added: %1").arg(s.added));
    printMessage(Tr::tr("changed: %1").arg(s.changed));
    printMessage(Tr::tr("removed: %1").arg(s.removed));
    printMessage(Tr::tr("unchanged: %1").arg(s.unchanged));
    if (s.unknownElements > 0)
        printMessage(Tr::tr("unknown elements kept as notes: %1").arg(s.unknownElements));
    return ExitOk;
}

int writeCsv(const Database &db, const QString &directory)
{
    auto summary = exportCsv(db, directory);
    if (!summary) {
        printError(Tr::tr("CSV export failed: %1").arg(summary.error().fullText()));
        return ExitFailure;
    }
    printMessage(Tr::tr("Wrote %1 resolutions, %2 measures and %3 designations as CSV to %4")
                     .arg(summary.value().resolutions)
                     .arg(summary.value().measures)
                     .arg(summary.value().designations)
                     .arg(QDir::toNativeSeparators(QDir(directory).absolutePath())));
    return ExitOk;
}

} // namespace

UnListCliOptions addUnListOptions(QCommandLineParser &parser)
{
    UnListCliOptions o{
        QCommandLineOption(QStringLiteral("import-un-list"),
                           Tr::tr("Import the UN Security Council Consolidated List (the UN's XML) from FILE without "
                              "review: new designations are added, changed ones updated, missing ones marked "
                              "delisted. All or nothing; prints the counts."),
                           Tr::tr("FILE.xml")),
        QCommandLineOption(QStringLiteral("export-csv"),
                           Tr::tr("Write resolutions.csv, measures.csv and designations.csv (RFC 4180, UTF-8, with a "
                              "header row) into the folder DIR, creating it if needed."),
                           Tr::tr("DIR")),
    };
    parser.addOptions({o.importUnList, o.exportCsv});
    return o;
}

QString readUnListOptions(const QCommandLineParser &parser, const UnListCliOptions &o, UnListRequest &request)
{
    if (parser.isSet(o.importUnList)) {
        request.importFile = parser.value(o.importUnList);
        if (request.importFile.isEmpty())
            return Tr::tr("--import-un-list needs the file of the UN list.");
    }
    if (parser.isSet(o.exportCsv)) {
        request.csvDirectory = parser.value(o.exportCsv);
        if (request.csvDirectory.isEmpty())
            return Tr::tr("--export-csv needs a folder.");
    }
    return {};
}

int runUnListCommands(const Database &db, const UnListRequest &request)
{
    if (!request.importFile.isEmpty()) {
        if (const int code = importList(db, request.importFile); code != ExitOk)
            return code;
    }
    if (!request.csvDirectory.isEmpty())
        return writeCsv(db, request.csvDirectory);
    return ExitOk;
}

} // namespace st
