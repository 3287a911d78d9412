#include "storage/Transaction.h"

#include "storage/AuditTrail.h"
#include "storage/ConnectionLoss.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace st {

namespace {

// The context keeps the name of the class this message was first written for, so its translations apply.
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::WriteLock) };

std::atomic<int> s_counter{0};

// The connection's usual busy timeout (Database::open), restored once the write lock is taken.
constexpr int kUsualBusyTimeoutMs = 3000;
// The first try for the write lock is short, so the user hears at once that the app waits and for whom.
constexpr int kFirstTryMs = 200;

// SQLite's BEGIN succeeds only when no transaction is open on the connection: that is how a guard
// learns it is the outermost one. Its failure inside a transaction is expected, so it is not logged.
// PostgreSQL only warns about a second BEGIN but refuses a SAVEPOINT outside a transaction.
bool beginOutermost(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("BEGIN"));
}

bool insideTransaction(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SAVEPOINT st_probe")))
        return false;
    (void)probe.exec(QStringLiteral("RELEASE st_probe"));
    return true;
}

enum class Outcome { Locked, Busy, InTransaction, Lost, Failed };

Outcome beginWrite(const QSqlDatabase &db, int timeoutMs, QString &detail)
{
    const SqlDialect &dialect = dialectOf(db);
    QSqlQuery wait(db);
    (void)wait.exec(dialect.setLockWait(timeoutMs));
    if (!dialect.beginRefusedInTransaction() && insideTransaction(db))
        return Outcome::InTransaction;
    QSqlQuery begin(db);
    QSqlError e;
    bool refused = false; // by the result, not the error: on a closed connection exec() fails with no error set
    const QStringList statements = dialect.beginWrite();
    for (qsizetype i = 0; i < statements.size() && !refused; ++i) {
        if (!begin.exec(statements[i])) {
            refused = true;
            e = begin.lastError();
            if (i > 0) // the transaction began but its lock was not had: give it back
                (void)QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    if (!refused)
        return Outcome::Locked;
    detail = e.text();
    if (dialect.isLockBusy(e))
        return Outcome::Busy;
    if (dialect.isAlreadyInTransaction(e))
        return Outcome::InTransaction;
    if (isLostConnection(db, e))
        return Outcome::Lost;
    return Outcome::Failed;
}

// A change about to start on a connection the server dropped: nothing of it has run, so it may start
// over on a new connection, unless another guard of this thread still holds the old one (its change
// went with the old session, and this one must not commit without it).
bool mayStartOver(const QSqlDatabase &db) { return !hasOpenGuard(db.connectionName()); }

} // namespace

Transaction::Transaction(const Database &db) : Transaction(db.connection()) {}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("st_tx_%1").arg(++s_counter))
{
    // The outermost guard uses BEGIN/COMMIT/ROLLBACK: rolling back a savepoint and then releasing it
    // would commit an empty write transaction, which still rewrites the file header (its change
    // counter), and a refused change must leave the file byte for byte as it was.
    begin();
    if (!m_began && m_began.error().code == Error::Code::ConnectionLost && mayStartOver(m_db)) {
        if (Status reopened = reopenConnection(m_db); reopened)
            begin();
        else
            m_began = reopened;
    }
    m_done = !m_began.ok();
    if (!m_done) {
        guardOpened(m_db.connectionName());
        m_guarding = true;
    }
    // One outermost transaction is one user action: its audit rows share an action id.
    if (m_scope == Scope::Outermost)
        startAuditAction(m_db);
}

void Transaction::begin()
{
    if (dialectOf(m_db).beginRefusedInTransaction())
        m_scope = beginOutermost(m_db) ? Scope::Outermost : Scope::Savepoint;
    else
        m_scope = insideTransaction(m_db) || !beginOutermost(m_db) ? Scope::Savepoint : Scope::Outermost;
    m_began = m_scope == Scope::Outermost ? Status{} : sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::Transaction(const Database &db, Kind kind) : Transaction(db.connection(), kind, db.writeWait()) {}

Transaction::Transaction(QSqlDatabase db, Kind, const WriteWait &wait) : m_db(std::move(db))
{
    QString detail;
    Outcome outcome = beginWrite(m_db, std::min(kFirstTryMs, wait.limitMs), detail);
    Status reopened;
    if (outcome == Outcome::Lost && mayStartOver(m_db)) {
        reopened = reopenConnection(m_db);
        if (reopened)
            outcome = beginWrite(m_db, std::min(kFirstTryMs, wait.limitMs), detail);
    }
    if (outcome == Outcome::Busy && wait.limitMs > kFirstTryMs) {
        if (wait.onWait)
            wait.onWait();
        outcome = beginWrite(m_db, wait.limitMs - kFirstTryMs, detail);
    }
    QSqlQuery restore(m_db);
    (void)restore.exec(dialectOf(m_db).setLockWait(kUsualBusyTimeoutMs));
    m_done = outcome != Outcome::Locked;
    if (outcome == Outcome::Locked || outcome == Outcome::InTransaction) {
        guardOpened(m_db.connectionName());
        m_guarding = true;
    }
    switch (outcome) {
    case Outcome::Locked:
        m_scope = Scope::Outermost;
        startAuditAction(m_db); // the import it guards is one user action
        break;
    case Outcome::InTransaction:
        m_scope = Scope::Joined; // the caller's transaction holds the lock and decides
        break;
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
    case Outcome::Lost: // the reason the new connection could not be had, else the old one's loss
        if (reopened)
            m_began = connectionLostError(m_db, detail);
        else
            m_began = reopened;
        break;
    case Outcome::Failed:
        m_began = Error{Error::Code::Storage, Tr::tr("The database cannot be changed."), detail};
        break;
    }
}

Transaction::~Transaction()
{
    if (m_guarding)
        guardClosed(m_db.connectionName());
    if (m_done)
        return;
    // Best effort: the statements are valid, and there is nothing better to do in a destructor.
    if (m_scope == Scope::Outermost) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    (void)sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_began || m_scope == Scope::Joined)
        return m_began;
    // Open windows on other machines refresh when this commits (ChangeWatch); sent inside the
    // transaction, so a rollback takes the announcement with it.
    if (const QString announce = dialectOf(m_db).announceChange(); m_scope == Scope::Outermost && !announce.isEmpty()) {
        if (Status sent = sql::exec(m_db, announce); !sent)
            return sent;
    }
    Status status = sql::exec(m_db, m_scope == Scope::Outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (status)
        m_done = true;
    return status;
}

} // namespace st
