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

// The one unit of work: an RAII guard rolled back unless commit() is called. Two kinds:
//
// - Transaction(db): the outermost guard on a connection is a plain transaction; a guard opened
//   inside another transaction is a SAVEPOINT, so a repository method that guards its own rows can run
//   inside a larger import transaction.
// - Transaction(db, Transaction::ReadModifyWrite): holds the database's write lock from the first
//   statement (SQLite: BEGIN IMMEDIATE): what is read under it (stored designations, known codes,
//   max(id)) cannot change before the write, so no other writer may slip in between. When the database
//   is busy it waits (see WriteWait). A failed change rolls back with ROLLBACK, which leaves every byte
//   of the file as it was. Inside a transaction the caller already holds, it joins that one: the
//   caller's transaction decides.
//
// A team database's connection that the server dropped is opened again when an outermost guard
// starts (nothing of its change has run yet), never under an open guard (ConnectionLoss.h).
//
// Either way, one outermost transaction is one user action in the audit log.
class Transaction {
public:
    enum Kind { ReadModifyWrite };

    explicit Transaction(QSqlDatabase db);
    explicit Transaction(const Database &db);
    Transaction(const Database &db, Kind kind);
    Transaction(QSqlDatabase db, Kind kind, const WriteWait &wait);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // An Error when the transaction could not be opened (locked past the wait, or a read-only
    // database): nothing may be read or written then.
    [[nodiscard]] const Status &began() const { return m_began; }
    [[nodiscard]] Status commit();
    // A ReadModifyWrite guard opened inside the caller's transaction: its rollback is the caller's.
    [[nodiscard]] bool joinsCallersTransaction() const { return m_scope == Scope::Joined; }

private:
    enum class Scope { Outermost, Savepoint, Joined };

    // The plain guard's start: BEGIN when outermost, else a SAVEPOINT.
    void begin();

    QSqlDatabase m_db;
    QString m_name;
    Status m_began;
    Scope m_scope = Scope::Outermost;
    bool m_done = false;
    bool m_guarding = false; // counted as holding the connection (ConnectionLoss.h)
};

} // namespace st
