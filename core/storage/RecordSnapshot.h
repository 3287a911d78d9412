#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace st {

class Database;

// One stored row with all its columns, keyed by table and rowid (its `id` where the table has one).
struct SnapshotRow {
    QString table;
    qint64 rowid = 0;
    QVariantMap values; // column -> value; SQL NULL is an invalid QVariant
    friend bool operator==(const SnapshotRow &, const SnapshotRow &) = default;
};

// A reference into a record from a row outside it, through a foreign key declared ON DELETE SET NULL
// (a later resolution's measure that "changes" one of this record's measures, a regime "established
// by" this resolution). Deleting the record clears it; restoring the record must set it again.
struct SnapshotLink {
    QString table;
    QString column;
    qint64 rowid = 0;
    QVariant target;
    friend bool operator==(const SnapshotLink &, const SnapshotLink &) = default;
};

// Undo as data: the snapshot is what the edit commands (core/editing) keep, and these two functions are
// the unit of work that reads and writes it.
//
// A record exactly as stored: its root row, every row an ON DELETE CASCADE would take with it
// (measures, sources, state and trigger links, ...), and the links pointing into it from outside.
// The rows are found by following the schema's foreign keys, so a table a later migration adds is
// covered without changing this code.
struct RecordSnapshot {
    QString table; // of the root row
    qint64 id = 0; // root row id
    QList<SnapshotRow> rows; // parents before children
    QList<SnapshotLink> links;

    [[nodiscard]] bool exists() const { return !rows.isEmpty(); }
    // Same rows and links, whatever their order; the version stamps (RowVersion.h) aside.
    [[nodiscard]] bool sameContent(const RecordSnapshot &other) const;
    [[nodiscard]] QList<SnapshotRow> rowsOf(const QString &table) const;
};

// Reads record (`table`, `id`); a record that does not exist gives an empty snapshot.
Result<RecordSnapshot> captureRecord(const Database &db, const QString &table, qint64 id);

// Makes the stored record equal `target` (deleting, updating and inserting rows with their own ids and
// setting the outside links back), provided it still equals `expected`; otherwise a Conflict, because
// something else has changed it since. A record that already equals `target` is left alone. One
// savepoint: all or nothing.
Status restoreRecord(const Database &db, const RecordSnapshot &expected, const RecordSnapshot &target);

} // namespace st
