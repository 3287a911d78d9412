#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

// Holds the database's write lock for a whole import, from its first statement (BEGIN IMMEDIATE):
// designation ids are handed out from max(id), so no other writer may slip in between. A failed
// import rolls back with ROLLBACK, which leaves every byte of the file as it was. When the caller
// has a transaction open already, it does nothing and the caller's transaction decides.
class WriteLock {
public:
    explicit WriteLock(QSqlDatabase db);
    ~WriteLock(); // rolls back unless committed
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace st
