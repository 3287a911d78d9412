#include "CommandLine.h"

#include "common/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>


namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::CommandLine) };

// Qt's own help lines that Qt 6.4's qtbase_fr.qm leaves in English: listed here so that lupdate puts them
// in the app's catalogue, which Qt consults when its own has no translation.
[[maybe_unused]] constexpr const char *kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

// --screenshot, --size and --generate-synthetic (the analyst workspace's headless commands).
struct WorkspaceOptions {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  Tr::tr("Render the main window offscreen with the current database into FILE.png, "
                                     "then exit."),
                                  Tr::tr("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            Tr::tr("Size of the --screenshot in pixels (default 1280x800)."), Tr::tr("WxH")};
    QCommandLineOption generateSynthetic{QStringLiteral("generate-synthetic"),
                                         Tr::tr("Fill the database with N synthetic resolutions (about ten measures "
                                            "each, 200 states, trigger events) for scale tests, then exit."),
                                         Tr::tr("N")};
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
            return Tr::tr("--screenshot writes a PNG image: the file name must end in .png (got \"%1\").").arg(cl.screenshot);
    }
    if (parser.isSet(o.size)) {
        if (!parser.isSet(o.screenshot))
            return Tr::tr("--size only applies to --screenshot.");
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(o.size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 8000 || h > 8000) {
            return Tr::tr("--size must be WIDTHxHEIGHT in pixels, from 320x240 to 8000x8000, e.g. 1280x800 (got \"%1\").")
                .arg(parser.value(o.size));
        }
        cl.screenshotSize = QSize(w, h);
    }
    if (parser.isSet(o.generateSynthetic)) {
        bool ok = false;
        const int n = parser.value(o.generateSynthetic).toInt(&ok);
        if (!ok || n < 1 || n > 1000000) {
            return Tr::tr("--generate-synthetic needs a number of resolutions from 1 to 1000000 (got \"%1\").")
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
        Tr::tr("Sanctions Tracker follows UN Security Council sanctions: resolutions, vetoed drafts, measures, "
           "caps, lineage, trigger events and designations.\n\n"
           "Without a headless option it opens the main window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database(QStringList{QStringLiteral("database"), QStringLiteral("d")},
                                      Tr::tr("Use the database FILE (created if missing). Default: the user's data "
                                         "directory."),
                                      Tr::tr("FILE"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   Tr::tr("When the database is created, leave it empty instead of filling it with "
                                      "the bundled DPRK dataset."));
    const QCommandLineOption exportJson(QStringLiteral("export"),
                                        Tr::tr("Write the whole dataset as JSON to FILE ('-' for standard output), "
                                           "then exit."),
                                        Tr::tr("FILE.json"));
    const QCommandLineOption importJson(QStringLiteral("import"),
                                        Tr::tr("Merge the JSON file FILE into the database, all or nothing, then exit."),
                                        Tr::tr("FILE.json"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      Tr::tr("Show the interface in LANG: fr (French) or en (English). Default: "
                                             "the system's language, English when the app does not have it."),
                                      Tr::tr("LANG"));
    parser.addOptions({database, empty, exportJson, importJson, language});
    const WorkspaceOptions workspace = addWorkspaceOptions(parser);
    const ReportCliOptions reportOptions = addReportOptions(parser);
    const UnListCliOptions unListOptions = addUnListOptions(parser);
    const ScreeningCliOptions screeningOptions = addScreeningOptions(parser);
    const CopyCliOptions copyOptions = addCopyOptions(parser);

    CommandLineResult result;
    if (withHelpText)
        result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }

    CommandLine cl;
    cl.showHelp = parser.isSet(helpOption);
    cl.showVersion = parser.isSet(versionOption);
    cl.database = parser.value(database);
    cl.empty = parser.isSet(empty);
    cl.exportJson = parser.value(exportJson);
    cl.importJson = parser.value(importJson);
    cl.language = parser.value(language);
    if (parser.isSet(language) && !availableLanguages().contains(cl.language)) {
        result.error = Tr::tr("--lang must be one of %1 (got \"%2\").")
                           .arg(availableLanguages().join(QStringLiteral(", ")), cl.language);
        return result;
    }
    if (parser.isSet(database) && cl.database.isEmpty()) {
        result.error = Tr::tr("--database needs a file name.");
        return result;
    }
    if (!cl.importJson.isEmpty() && cl.importJson == cl.exportJson) {
        result.error = Tr::tr("--import and --export name the same file.");
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
    if (QString error = readCopyOptions(parser, copyOptions, cl.copy); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (cl.copy.any() && (!cl.exportJson.isEmpty() || !cl.importJson.isEmpty() || cl.generateSynthetic > 0
                          || cl.needsRendering() || cl.unList.any() || cl.screening.any() || cl.empty)) {
        result.error = Tr::tr("--copy-to and --copy-from run alone (with --database and --overwrite).");
        return result;
    }
    result.commandLine = cl;
    return result;
}

} // namespace st
