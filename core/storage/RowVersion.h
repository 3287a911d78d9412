#pragma once

#include "common/Result.h"

#include <QString>

namespace st {

class Database;

// The version of a record the forms edit and who changed it last (schema step 9): what lets two
// analysts on one database notice each other's saves instead of overwriting them.
struct RowStamp {
    qint64 version = 0;
    QString changedBy; // empty: not recorded (stored before versions were kept, or by an import)
    QString changedAt; // ISO 8601, UTC
};

// The tables whose rows carry a version: those of the records the forms edit.
[[nodiscard]] bool hasRowVersion(const QString &table);
// row_version, changed_by, changed_at: bookkeeping, not content. Undo does not put them back (a
// version only moves on) and the audit log does not list them as changes.
[[nodiscard]] bool isRowStampColumn(const QString &column);

// The stamp of record (`table`, `id`); NotFound when it is not stored.
Result<RowStamp> readRowStamp(const Database &db, const QString &table, qint64 id);

// Moves the record's version on and names the connection's user as having changed it now (on
// PostgreSQL the server names its own user and time instead, whatever the client says). With
// `expected` > 0 only if the stored version is still `expected`: false, and nothing written, when it
// is not (someone else saved meanwhile) or the record is gone. Runs inside the caller's transaction,
// which should hold the write lock from its start.
Result<bool> stampRow(const Database &db, const QString &table, qint64 id, qint64 expected = 0);

// What the analysts call row `id` of `table` (a state's code, a resolution's symbol, an event's date
// and description), for showing an id column's value; the id itself for another table.
Result<QString> rowName(const Database &db, const QString &table, qint64 id);

} // namespace st
