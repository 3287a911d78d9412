#include "storage/WriteLock.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::WriteLock) };

// The connection's usual busy timeout (Database::open), restored once the lock is taken.
constexpr int kUsualBusyTimeoutMs = 3000;
// The first try is short, so the user hears at once that the app waits and for whom.
constexpr int kFirstTryMs = 200;

enum class Outcome { Locked, Busy, InTransaction, Failed };

Outcome beginImmediate(const QSqlDatabase &db, int timeoutMs, QString &detail)
{
    QSqlQuery pragma(db);
    (void)pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeoutMs)); // a number we made
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Outcome::Locked;
    const QSqlError e = begin.lastError();
    detail = e.text();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the lock.
    if (e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6"))
        return Outcome::Busy;
    if (e.databaseText().contains(QLatin1String("within a transaction")))
        return Outcome::InTransaction;
    return Outcome::Failed;
}

} // namespace

WriteLock::WriteLock(const Database &db) : WriteLock(db.connection(), db.writeWait()) {}

WriteLock::WriteLock(QSqlDatabase db, const WriteWait &wait) : m_db(std::move(db))
{
    QString detail;
    Outcome outcome = beginImmediate(m_db, std::min(kFirstTryMs, wait.limitMs), detail);
    if (outcome == Outcome::Busy && wait.limitMs > kFirstTryMs) {
        if (wait.onWait)
            wait.onWait();
        outcome = beginImmediate(m_db, wait.limitMs - kFirstTryMs, detail);
    }
    QSqlQuery restore(m_db);
    (void)restore.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kUsualBusyTimeoutMs));
    switch (outcome) {
    case Outcome::Locked:
        m_open = true;
        startAuditAction(m_db); // the import it guards is one user action
        break;
    case Outcome::InTransaction:
        break; // the caller's transaction holds the lock and decides
    case Outcome::Busy: {
        // Counted apart: lupdate misses a string whose tr() arguments hold a division.
        const int seconds = wait.limitMs / 1000;
        m_began = Error{Error::Code::Storage,
                        Tr::tr("Another program (perhaps another Sanctions Tracker) kept writing to the database "
                               "for more than %n second(s); try again when it has finished.",
                               nullptr, seconds),
                        detail};
        break;
    }
    case Outcome::Failed:
        m_began = Error{Error::Code::Storage, Tr::tr("The database cannot be changed."), detail};
        break;
    }
}

WriteLock::~WriteLock()
{
    if (m_open)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK")); // best effort: nothing better to do here
}

Status WriteLock::commit()
{
    if (!m_open)
        return m_began;
    Status done = sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = !done.ok();
    return done;
}

} // namespace st
