#include "storage/Transaction.h"

#include "storage/AuditTrail.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <atomic>

namespace st {

namespace {

std::atomic<int> s_counter{0};

// BEGIN succeeds only when no transaction is open on the connection: that is how a guard learns it
// is the outermost one. Its failure inside a transaction is expected, so it is not logged.
bool beginOutermost(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("BEGIN"));
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("st_tx_%1").arg(++s_counter))
{
    // The outermost guard uses BEGIN/COMMIT/ROLLBACK: rolling back a savepoint and then releasing it
    // would commit an empty write transaction, which still rewrites the file header (its change
    // counter), and a refused change must leave the file byte for byte as it was.
    m_outermost = beginOutermost(m_db);
    m_began = m_outermost ? Status{} : sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_done = !m_began.ok();
    // One outermost transaction is one user action: its audit rows share an action id.
    if (m_outermost)
        startAuditAction(m_db);
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Best effort: the statements are valid, and there is nothing better to do in a destructor.
    if (m_outermost) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    (void)sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_began)
        return m_began;
    Status status = sql::exec(m_db, m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (status)
        m_done = true;
    return status;
}

} // namespace st
