#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace st {

// Everything the command line can ask for, parsed and checked before any database is opened.
struct CommandLine {
    QString database;       // empty: the default database in the user's data directory
    bool empty = false;     // do not fill a new database with the bundled dataset
    QString exportJson;     // file, or "-" for standard output
    QString importJson;
    bool showHelp = false;
    bool showVersion = false;

    [[nodiscard]] bool isHeadless() const { return !exportJson.isEmpty() || !importJson.isEmpty(); }
};

struct CommandLineResult {
    std::optional<CommandLine> commandLine; // absent on a usage error
    QString error;                          // what is wrong with the arguments
    QString helpText;
};

CommandLineResult parseCommandLine(const QStringList &arguments);

// Whether the arguments ask for work that needs no display, decided before QApplication exists
// (a QApplication would need a display server to start).
bool wantsHeadless(int argc, char **argv);

} // namespace st
