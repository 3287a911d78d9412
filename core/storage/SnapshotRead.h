#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

class Database;

// Reads one unchanging snapshot of the database on `db` while it lives (the dialect's beginSnapshotRead:
// a deferred transaction under WAL, REPEATABLE READ READ ONLY on a server), so that what is read in
// several statements belongs together even when another program or team member writes meanwhile.
// Rolled back when it goes: nothing is written through it.
class SnapshotRead {
public:
    explicit SnapshotRead(const Database &db);
    explicit SnapshotRead(QSqlDatabase db); // within core/storage
    ~SnapshotRead();
    SnapshotRead(const SnapshotRead &) = delete;
    SnapshotRead &operator=(const SnapshotRead &) = delete;
    // Why it could not begin, e.g. inside a transaction of the caller's (whose snapshot the reads share).
    [[nodiscard]] const Status &began() const { return m_began; }

private:
    QSqlDatabase m_db;
    Status m_began;
};

} // namespace st
