#pragma once

#include "storage/RecordSnapshot.h"

#include <functional>

namespace st {

class Database;

// A committed edit of one record, as the rows it had before and after. Undo writes `before` back and
// redo writes `after` again, each in one savepoint; both refuse if the record has been changed in
// between by something else.
struct RecordChange {
    RecordSnapshot before; // empty for a creation
    RecordSnapshot after;  // empty for a deletion

    [[nodiscard]] Status undo(const Database &db) const { return restoreRecord(db, after, before); }
    [[nodiscard]] Status redo(const Database &db) const { return restoreRecord(db, before, after); }
};

struct EditConflict;

// Runs `write` on record (`table`, `id`) in one savepoint between two captures of the record, holding
// the write lock throughout, and moves the record's version on (storage/RowVersion.h).
// `expectedVersion` > 0 is the version the form loaded: when someone else has saved since, nothing
// is written and the result is a Conflict, explained in `conflict` (if given) with the fields where
// their record and the one this save would write differ. A save that would write exactly what is
// stored now loses nothing of theirs and goes through.
Result<RecordChange> recordChange(const Database &db, const QString &table, qint64 id,
                                  const std::function<Status()> &write, qint64 expectedVersion = 0,
                                  EditConflict *conflict = nullptr);
// The same for a new record: `write` inserts it and returns its id.
Result<RecordChange> recordCreation(const Database &db, const QString &table,
                                    const std::function<Result<qint64>()> &write);

} // namespace st
