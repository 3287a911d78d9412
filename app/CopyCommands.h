#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace st {

// `--copy-to PLACE` / `--copy-from PLACE [--overwrite]`: the whole database moved between a file and a
// team database on PostgreSQL (or between two of either), row for row (docs/team-database.md).
struct CopyRequest {
    QString to;   // the --database is copied here
    QString from; // this is copied into the --database
    bool overwrite = false; // replace what the target holds instead of refusing
    [[nodiscard]] bool any() const { return !to.isEmpty() || !from.isEmpty(); }
};

struct CopyCliOptions {
    QCommandLineOption copyTo;
    QCommandLineOption copyFrom;
    QCommandLineOption overwrite;
};
CopyCliOptions addCopyOptions(QCommandLineParser &parser);
// Fills `request`; returns the usage error (a bad address, both directions), or an empty string.
QString readCopyOptions(const QCommandLineParser &parser, const CopyCliOptions &options, CopyRequest &request);

// Copies between `database` (the --database, a file or an address) and the request's other side,
// printing what was copied or what went wrong. Returns an ExitCode.
int runCopy(const QString &database, const CopyRequest &request);

} // namespace st
