#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace st {

class MainWindow;

// File ▸ New Database…, Open Database…, Open Recent, Save a Copy As… and Show in Folder, and
// opening a .sqlite file dropped on the window. Another database opens in a window of its own, which
// owns it; the window it was asked from stays as it is.
void installDatabaseFiles(MainWindow &window);

// Opens (or creates) the database at `path` in a new window; a new file gets the bundled dataset
// when `withBundledData`. On failure says why in a message box over `parent` and returns null.
MainWindow *openDatabaseWindow(const QString &path, bool withBundledData, QWidget *parent);

// The databases opened lately, newest first (at most eight); missing files are left out.
QStringList recentDatabases();
void rememberDatabase(const QString &path);

} // namespace st
