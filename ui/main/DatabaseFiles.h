#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace st {

class Database;
class MainWindow;

// File ▸ New Database…, Open Database…, Open Recent, Save a Copy As… and Show in Folder, and
// opening a .sqlite file dropped on the window. Another database opens in a window of its own, which
// owns it; the window it was asked from stays as it is.
void installDatabaseFiles(MainWindow &window);

// Opens (or creates) the database at `path` in a new window; a new file gets the bundled dataset
// when `withBundledData`. On failure says why in a message box over `parent` and returns null.
MainWindow *openDatabaseWindow(const QString &path, bool withBundledData, QWidget *parent);

// The window that has the database at `path` (a file or a team database's address) open; null if none.
MainWindow *findDatabaseWindow(const QString &path);
// Brings `window` to the front.
void showDatabaseWindow(MainWindow *window);
// Shows an opened database in a new window, which owns it from then on.
MainWindow *showDatabaseWindow(std::unique_ptr<Database> db);

// The databases opened lately, newest first (at most eight); missing files are left out.
QStringList recentDatabases();
void rememberDatabase(const QString &path);

} // namespace st
