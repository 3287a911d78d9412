#include "editing/RecordChange.h"

#include "editing/EditConflict.h"
#include "storage/RowVersion.h"
#include "storage/Transaction.h"

namespace st {

namespace {

// What the record would be after `write`, tried in a savepoint that is then rolled back.
Result<RecordSnapshot> tryWrite(const Database &db, const QString &table, qint64 id, const std::function<Status()> &write)
{
    Transaction trial(db);
    if (!trial.began())
        return trial.began().error();
    if (auto done = write(); !done)
        return done.error();
    return captureRecord(db, table, id);
}

// Whether the stored record may be written over: yes at the version the form loaded, or when the
// save would leave it exactly as someone else left it; either way its version moves on. Otherwise
// fills `conflict` and writes nothing.
Result<bool> mayWrite(const Database &db, const RecordSnapshot &stored, qint64 expectedVersion,
                      const std::function<Status()> &write, EditConflict *conflict)
{
    auto claimed = stampRow(db, stored.table, stored.id, expectedVersion);
    if (!claimed || claimed.value())
        return claimed;
    auto yours = tryWrite(db, stored.table, stored.id, write);
    if (!yours)
        return yours.error();
    if (yours.value().sameContent(stored))
        return stampRow(db, stored.table, stored.id); // nothing of theirs to lose
    auto explained = explainConflict(db, stored, yours.value(), false);
    if (!explained)
        return explained.error();
    if (conflict)
        *conflict = explained.value();
    return false;
}

} // namespace

Result<RecordChange> recordChange(const Database &db, const QString &table, qint64 id,
                                  const std::function<Status()> &write, qint64 expectedVersion, EditConflict *conflict)
{
    // The write lock from the first read: the version compared is the one written over.
    Transaction tx(db, Transaction::ReadModifyWrite);
    if (!tx.began())
        return tx.began().error();
    auto before = captureRecord(db, table, id);
    if (!before)
        return before.error();
    const bool versioned = hasRowVersion(table) && before.value().exists();
    if (versioned && expectedVersion > 0) {
        auto may = mayWrite(db, before.value(), expectedVersion, write, conflict);
        if (!may)
            return may.error();
        if (!may.value()) {
            EditConflict shown = conflict ? *conflict : EditConflict{};
            return conflictError(shown);
        }
    }
    if (auto done = write(); !done)
        return done.error();
    if (versioned && expectedVersion <= 0) {
        if (auto stamped = stampRow(db, table, id); !stamped)
            return stamped.error();
    }
    auto after = captureRecord(db, table, id);
    if (!after)
        return after.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return RecordChange{std::move(before).value(), std::move(after).value()};
}

Result<RecordChange> recordCreation(const Database &db, const QString &table,
                                    const std::function<Result<qint64>()> &write)
{
    Transaction tx(db, Transaction::ReadModifyWrite);
    if (!tx.began())
        return tx.began().error();
    auto id = write();
    if (!id)
        return id.error();
    if (hasRowVersion(table)) {
        if (auto stamped = stampRow(db, table, id.value()); !stamped) // names who added it
            return stamped.error();
    }
    auto after = captureRecord(db, table, id.value());
    if (!after)
        return after.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return RecordChange{RecordSnapshot{table, id.value(), {}, {}}, std::move(after).value()};
}

} // namespace st
