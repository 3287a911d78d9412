#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>


namespace st {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("st::CommandLine", text); }

// --screenshot, --size and --generate-synthetic (the analyst workspace's headless commands).
struct WorkspaceOptions {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  tr("Render the main window offscreen with the current database into FILE.png, "
                                     "then exit."),
                                  tr("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            tr("Size of the --screenshot in pixels (default 1280x800)."), tr("WxH")};
    QCommandLineOption generateSynthetic{QStringLiteral("generate-synthetic"),
                                         tr("Fill the database with N synthetic resolutions (about ten measures "
                                            "each, 200 states, trigger events) for scale tests, then exit."),
                                         tr("N")};
};

WorkspaceOptions addWorkspaceOptions(QCommandLineParser &parser)
{
    WorkspaceOptions o;
    parser.addOptions({o.screenshot, o.size, o.generateSynthetic});
    return o;
}

QString readWorkspaceOptions(const QCommandLineParser &parser, const WorkspaceOptions &o, CommandLine &cl)
{
    if (parser.isSet(o.screenshot)) {
        cl.screenshot = parser.value(o.screenshot);
        if (!cl.screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return tr("--screenshot writes a PNG image: the file name must end in .png (got \"%1\").").arg(cl.screenshot);
    }
    if (parser.isSet(o.size)) {
        if (!parser.isSet(o.screenshot))
            return tr("--size only applies to --screenshot.");
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(o.size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 8000 || h > 8000) {
            return tr("--size must be WIDTHxHEIGHT in pixels, from 320x240 to 8000x8000, e.g. 1280x800 (got \"%1\").")
                .arg(parser.value(o.size));
        }
        cl.screenshotSize = QSize(w, h);
    }
    if (parser.isSet(o.generateSynthetic)) {
        bool ok = false;
        const int n = parser.value(o.generateSynthetic).toInt(&ok);
        if (!ok || n < 1 || n > 1000000) {
            return tr("--generate-synthetic needs a number of resolutions from 1 to 1000000 (got \"%1\").")
                .arg(parser.value(o.generateSynthetic));
        }
        cl.generateSynthetic = n;
    }
    return {};
}

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
    const WorkspaceOptions workspace = addWorkspaceOptions(parser);
    const ReportCliOptions reportOptions = addReportOptions(parser);
    const UnListCliOptions unListOptions = addUnListOptions(parser);
    const ScreeningCliOptions screeningOptions = addScreeningOptions(parser);

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
    if (QString error = readWorkspaceOptions(parser, workspace, cl); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (QString error = readReportOptions(parser, reportOptions, cl.report); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (QString error = readUnListOptions(parser, unListOptions, cl.unList); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (QString error = readScreeningOptions(parser, screeningOptions, cl.screening); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.commandLine = cl;
    return result;
}

} // namespace st
