#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace st {

class Database;

// `--import-un-list FILE.xml` and `--export-csv DIR` (docs/un-list-import.md).
struct UnListRequest {
    QString importFile; // a UN Consolidated List (XML), applied without review
    QString csvDirectory;
    [[nodiscard]] bool any() const { return !importFile.isEmpty() || !csvDirectory.isEmpty(); }
};

struct UnListCliOptions {
    QCommandLineOption importUnList;
    QCommandLineOption exportCsv;
};
UnListCliOptions addUnListOptions(QCommandLineParser &parser);
// Fills `request` from a parsed command line; returns the usage error, or an empty string.
QString readUnListOptions(const QCommandLineParser &parser, const UnListCliOptions &options, UnListRequest &request);

// Imports the list (if asked), then writes the CSV files (if asked), printing the counts or what went
// wrong. Returns an ExitCode.
int runUnListCommands(const Database &db, const UnListRequest &request);

} // namespace st
