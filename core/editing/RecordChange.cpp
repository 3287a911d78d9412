#include "editing/RecordChange.h"

#include "storage/Transaction.h"

namespace st {

Result<RecordChange> recordChange(const Database &db, const QString &table, qint64 id,
                                  const std::function<Status()> &write)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto before = captureRecord(db, table, id);
    if (!before)
        return before.error();
    if (auto done = write(); !done)
        return done.error();
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
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto id = write();
    if (!id)
        return id.error();
    auto after = captureRecord(db, table, id.value());
    if (!after)
        return after.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return RecordChange{RecordSnapshot{table, id.value(), {}, {}}, std::move(after).value()};
}

} // namespace st
