#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>


namespace st {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("st::CommandLine", text); }

} // namespace

bool wantsWindow(const CommandLineResult &parsed)
{
    const auto &cl = parsed.commandLine;
    return cl && !cl->showHelp && !cl->showVersion && !cl->isHeadless();
}

CommandLineResult parseCommandLine(const QStringList &arguments, bool withHelpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sanctions Tracker follows UN Security Council sanctions: resolutions, vetoed drafts, measures, "
           "caps, lineage, trigger events and designations.\n\n"
           "Without a headless option it opens the main window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database(QStringList{QStringLiteral("database"), QStringLiteral("d")},
                                      tr("Use the database FILE (created if missing). Default: the user's data "
                                         "directory."),
                                      tr("FILE"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   tr("When the database is created, leave it empty instead of filling it with "
                                      "the bundled DPRK dataset."));
    const QCommandLineOption exportJson(QStringLiteral("export"),
                                        tr("Write the whole dataset as JSON to FILE ('-' for standard output), "
                                           "then exit."),
                                        tr("FILE.json"));
    const QCommandLineOption importJson(QStringLiteral("import"),
                                        tr("Merge the JSON file FILE into the database, all or nothing, then exit."),
                                        tr("FILE.json"));
    parser.addOptions({database, empty, exportJson, importJson});

    CommandLineResult result;
    if (withHelpText)
        result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }

    CommandLine cl;
    cl.showHelp = parser.isSet(helpOption);
    cl.showVersion = parser.isSet(versionOption);
    cl.database = parser.value(database);
    cl.empty = parser.isSet(empty);
    cl.exportJson = parser.value(exportJson);
    cl.importJson = parser.value(importJson);
    if (parser.isSet(database) && cl.database.isEmpty()) {
        result.error = tr("--database needs a file name.");
        return result;
    }
    if (!cl.importJson.isEmpty() && cl.importJson == cl.exportJson) {
        result.error = tr("--import and --export name the same file.");
        return result;
    }
    result.commandLine = cl;
    return result;
}

} // namespace st
