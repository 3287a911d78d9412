#pragma once

#include "CopyCommands.h"
#include "ReportCommands.h"
#include "ScreeningCommands.h"
#include "UnListCommands.h"

#include <QSize>
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
    QString language;       // "fr" or "en"; empty: the system's language (docs/translations.md)
    // Analyst workspace (docs/workspace.md).
    QString screenshot;                 // render the main window into this PNG file, then exit
    QSize screenshotSize{1280, 800};
    int generateSynthetic = 0;          // fill the database with this many synthetic resolutions
    // Summary reports (docs/reports.md).
    ReportRequest report;
    // UN Consolidated List import and CSV export (docs/un-list-import.md).
    UnListRequest unList;
    // Name screening against the imported list (docs/screening.md).
    ScreeningRequest screening;
    // A whole database copied between a file and a team database (docs/team-database.md).
    CopyRequest copy;

    // Commands that run and exit without showing the main window.
    [[nodiscard]] bool isHeadless() const { return !exportJson.isEmpty() || !importJson.isEmpty() || generateSynthetic > 0 || needsRendering() || unList.any() || screening.any() || copy.any(); }
    // Headless commands that paint (a screenshot, a PDF report): they need a QApplication, which
    // main() starts on the offscreen platform when no display is set.
    [[nodiscard]] bool needsRendering() const { return !screenshot.isEmpty() || !report.path.isEmpty(); }
};

struct CommandLineResult {
    std::optional<CommandLine> commandLine; // absent on a usage error
    QString error;                          // what is wrong with the arguments
    QString helpText;
};

// Parses and checks the arguments. It needs no QCoreApplication, so main() can decide from the result
// whether a GUI (and so a display) is wanted before creating one. The help text, which needs the
// application object, is filled only when `withHelpText` is set.
CommandLineResult parseCommandLine(const QStringList &arguments, bool withHelpText = true);

// True when the arguments ask for the main window: no usage error, no help, version or headless command.
bool wantsWindow(const CommandLineResult &parsed);

} // namespace st
