#include "ScreeningCommands.h"

#include "HeadlessCommands.h"
#include "screening/ScreeningFiles.h"
#include "screening/ScreeningIndex.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ScreeningCommands) };

// With the results on standard output, what the command says goes to standard error, so that
// `--screen names.csv > results.csv` gives a clean CSV file.
void report(const ScreeningRequest &request, const QString &message)
{
    if (request.resultsFile.isEmpty())
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    else
        printMessage(message);
}

bool writeResults(const QString &path, const QByteArray &csv)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
            printError(Tr::tr("cannot write to standard output"));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        printError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

ScreeningCliOptions addScreeningOptions(QCommandLineParser &parser)
{
    ScreeningCliOptions o{
        QCommandLineOption(QStringLiteral("screen"),
                           Tr::tr("Screen the names of FILE (CSV with a header row: name, and optionally birth_year "
                              "and country) against the designations of the imported UN list, then exit. Writes "
                              "the ranked candidates as CSV to standard output or to --out."),
                           Tr::tr("NAMES.csv")),
        QCommandLineOption(QStringLiteral("threshold"),
                           Tr::tr("Lowest score, from 0 to 1, of a candidate --screen reports (default %1).")
                               .arg(kDefaultScreeningThreshold),
                           Tr::tr("SCORE")),
        QCommandLineOption(QStringLiteral("out"), Tr::tr("Write the results of --screen to FILE instead of standard output."),
                           Tr::tr("RESULTS.csv")),
    };
    parser.addOptions({o.screen, o.threshold, o.out});
    return o;
}

QString readScreeningOptions(const QCommandLineParser &parser, const ScreeningCliOptions &o, ScreeningRequest &request)
{
    request.threshold = kDefaultScreeningThreshold;
    if (parser.isSet(o.screen)) {
        request.namesFile = parser.value(o.screen);
        if (request.namesFile.isEmpty())
            return Tr::tr("--screen needs the file of names to screen.");
    }
    if (parser.isSet(o.threshold)) {
        if (!parser.isSet(o.screen))
            return Tr::tr("--threshold only applies to --screen.");
        bool ok = false;
        request.threshold = parser.value(o.threshold).toDouble(&ok);
        if (!ok || request.threshold < 0.0 || request.threshold > 1.0)
            return Tr::tr("--threshold must be a score from 0 to 1, e.g. 0.8 (got \"%1\").").arg(parser.value(o.threshold));
    }
    if (parser.isSet(o.out)) {
        if (!parser.isSet(o.screen))
            return Tr::tr("--out only applies to --screen.");
        request.resultsFile = parser.value(o.out);
        if (request.resultsFile.isEmpty())
            return Tr::tr("--out needs a file name.");
        if (request.resultsFile == request.namesFile)
            return Tr::tr("--out and --screen name the same file.");
    }
    return {};
}

int runScreening(const Database &db, const ScreeningRequest &request)
{
    QFile file(request.namesFile);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Tr::tr("cannot read %1: %2").arg(request.namesFile, file.errorString()));
        return ExitFailure;
    }
    auto queries = readScreeningCsv(file.readAll());
    if (!queries) {
        printError(Tr::tr("%1: %2").arg(request.namesFile, queries.error().message));
        printError(Tr::tr("nothing was screened"));
        return ExitFailure;
    }
    auto targets = loadScreeningTargets(db);
    if (!targets) {
        printError(Tr::tr("cannot read the designations: %1").arg(targets.error().fullText()));
        return ExitFailure;
    }
    if (targets.value().isEmpty()) {
        printError(Tr::tr("the database holds no designations to screen against; import the UN Consolidated List "
                      "first (--import-un-list LIST.xml)"));
        return ExitFailure;
    }
    const ScreeningIndex index(targets.value());
    ScreeningOptions options;
    options.minimumScore = std::min(options.minimumScore, request.threshold);
    const QList<ScreeningResult> results = index.screenAll(queries.value(), options);
    if (!writeResults(request.resultsFile, screeningResultsCsv(results, index.targets(), request.threshold)))
        return ExitFailure;
    int withCandidates = 0;
    for (const ScreeningResult &r : results)
        withCandidates += !r.candidates.isEmpty() && r.candidates.first().score >= request.threshold ? 1 : 0;
    report(request, Tr::tr("Screened %1 names against %2 designations: %3 with a candidate scoring %4 or more%5")
                        .arg(results.size()).arg(index.targets().size()).arg(withCandidates)
                        .arg(scoreText(request.threshold))
                        .arg(request.resultsFile.isEmpty() ? QString() : Tr::tr("; results in %1").arg(request.resultsFile)));
    return ExitOk;
}

} // namespace st
