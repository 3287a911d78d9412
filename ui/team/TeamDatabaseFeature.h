#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace st {

class Database;
class MainWindow;

// The team database in the main window (docs/team-database.md): File ▸ Connect to Team Database…
// (the team's PostgreSQL database in a window of its own, as File ▸ Open Database… does for a file),
// File ▸ Open Local Database (back to the file on this computer from a team window), and live updates
// of every window when someone else saves.
void installTeamDatabase(MainWindow &window);

// Asks where the team database is and the password, then opens it in a new window (or shows the
// window that has it open already). Returns the window, or null when cancelled.
MainWindow *connectToTeamDatabase(MainWindow &window);

// Starting the app with --database postgresql://… when the server turned the login away (it asks a
// password ~/.pgpass does not hold, refused the one given, or was not reached): the Connect dialog opens
// on that address, says why, and connects as File ▸ Connect to Team Database… does. A new database gets
// the bundled dataset unless `empty`, as a new file does. Returns the open database, or `refusal`
// when the analyst cancels.
Result<std::unique_ptr<Database>> connectOnStartup(const QString &address, const Error &refusal, bool empty);

// The team database addresses connected to lately, newest first (at most eight): never a password.
QStringList recentServers();
void rememberServer(const QString &address);

} // namespace st
