#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace st {

class Database;

// `--screen NAMES.csv [--threshold 0.8] [--out RESULTS.csv]` (docs/screening.md).
struct ScreeningRequest {
    QString namesFile;
    double threshold = 0;  // set from kDefaultScreeningThreshold unless given
    QString resultsFile;   // empty: the results CSV goes to standard output
    [[nodiscard]] bool any() const { return !namesFile.isEmpty(); }
};

struct ScreeningCliOptions {
    QCommandLineOption screen;
    QCommandLineOption threshold;
    QCommandLineOption out;
};
ScreeningCliOptions addScreeningOptions(QCommandLineParser &parser);
// Fills `request` from a parsed command line; returns the usage error, or an empty string.
QString readScreeningOptions(const QCommandLineParser &parser, const ScreeningCliOptions &options,
                             ScreeningRequest &request);

// Screens the names of the file against the designations in the database and writes the results CSV.
// Returns ExitOk with results (matches or not), ExitFailure for a bad names file (with its line),
// no designations to screen against, or an unwritable output.
int runScreening(const Database &db, const ScreeningRequest &request);

} // namespace st
