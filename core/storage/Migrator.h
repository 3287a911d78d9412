#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // empty when no backup was needed (new database, or already current)
};

// Brings the schema up to `targetVersion` (the latest by default), one transaction per step. Before
// touching a database that already holds a schema it writes a consistent copy beside it with
// VACUUM INTO. A database newer than this build is refused, untouched.
Result<MigrationReport> migrate(const QSqlDatabase &db, const QString &filePath, int targetVersion = -1);

Result<int> schemaVersion(const QSqlDatabase &db);

} // namespace st
