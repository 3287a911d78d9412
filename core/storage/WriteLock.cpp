#include "unlist/WriteLock.h"

#include "storage/Sql.h"

namespace st {

WriteLock::WriteLock(QSqlDatabase db)
    : m_db(std::move(db))
    , m_open(sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")).ok())
{
}

WriteLock::~WriteLock()
{
    if (m_open)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK")); // best effort: nothing better to do here
}

Status WriteLock::commit()
{
    if (!m_open)
        return {};
    Status done = sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = !done.ok();
    return done;
}

} // namespace st
