#pragma once

#include <QSize>
#include <QString>

namespace st {

class Database;

// Headless commands of the analyst workspace. Each prints what it did (stdout) or what went wrong
// (stderr) and returns an ExitCode.

// Fills the database with `resolutions` synthetic resolutions, in one transaction.
int runGenerateSynthetic(const Database &db, int resolutions);

// Renders the main window, as a new user first sees it (no saved layout or filters), at `size` on the
// offscreen platform, and saves it as a PNG file.
int runScreenshot(Database &db, const QString &path, const QSize &size);

} // namespace st
