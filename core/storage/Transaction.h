#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

// RAII write guard, rolled back unless commit() is called. The outermost guard on a connection is a
// plain transaction; a guard opened inside another transaction is a SAVEPOINT, so a repository
// method that guards its own rows can run inside a larger import transaction.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the savepoint could not be opened (locked or read-only database).
    [[nodiscard]] const Status &began() const { return m_began; }
    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    Status m_began;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace st
