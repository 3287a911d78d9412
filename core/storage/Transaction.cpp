#include "storage/Transaction.h"

#include "storage/Sql.h"

#include <atomic>

namespace st {

namespace {
std::atomic<int> s_counter{0};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("st_tx_%1").arg(++s_counter))
{
    m_began = sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_done = !m_began.ok();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Best effort: the statements are valid, and there is nothing better to do in a destructor.
    (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    (void)sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_began)
        return m_began;
    Status status = sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
    if (status)
        m_done = true;
    return status;
}

} // namespace st
