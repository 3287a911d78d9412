#include "storage/BulkWriteCache.h"

#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace st {

// Best effort both ways: without the larger cache the import is slower, not wrong. So the statements
// go straight through QSqlQuery, outside sql::exec and the failures it can inject for the tests
// (tst_failure_paths refuses each of an operation's statements in turn and expects an error).
BulkWriteCache::BulkWriteCache(QSqlDatabase db) : m_db(std::move(db))
{
    const SqlDialect &dialect = dialectOf(m_db);
    if (dialect.enlargePageCache().isEmpty())
        return;
    QSqlQuery q(m_db);
    if (!q.exec(dialect.readPageCacheSetting()) || !q.next())
        return;
    const qint64 usual = q.value(0).toLongLong();
    if (q.exec(dialect.enlargePageCache()))
        m_usual = usual;
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_usual)
        (void)QSqlQuery(m_db).exec(dialectOf(m_db).writePageCacheSetting(*m_usual));
}

} // namespace st
