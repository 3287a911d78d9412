#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace st {

class Database;

// How long a writer waits for another one (a second Sanctions Tracker, a script) to finish, and who is
// told that it waits. The default is the connection's busy timeout, which suits a window that must not
// freeze; the command line waits longer (a large import holds the lock for tens of seconds) and prints
// "waiting for another Sanctions Tracker…" through `onWait`.
struct WriteWait {
    int limitMs = 3000;
    std::function<void()> onWait = {};
};

// Holds the database's write lock from the first statement of a read-modify-write (BEGIN IMMEDIATE):
// what is read under it (stored designations, known codes, max(id)) cannot change before the write, so
// no other writer may slip in between. When the database is busy it waits (see WriteWait). A failed
// change rolls back with ROLLBACK, which leaves every byte of the file as it was. When the caller has a
// transaction open already, it does nothing and the caller's transaction decides.
class WriteLock {
public:
    explicit WriteLock(const Database &db);
    WriteLock(QSqlDatabase db, const WriteWait &wait);
    ~WriteLock(); // rolls back unless committed
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    // An Error when the lock could not be taken (another writer kept it past the wait, or the file is
    // read-only): nothing may be read or written then.
    [[nodiscard]] const Status &began() const { return m_began; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_began;
    bool m_open = false;
};

} // namespace st
