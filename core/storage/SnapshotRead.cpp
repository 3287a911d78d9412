#include "storage/SnapshotRead.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

SnapshotRead::SnapshotRead(const Database &db) : SnapshotRead(db.connection()) {}

SnapshotRead::SnapshotRead(QSqlDatabase db) : m_db(std::move(db))
{
    m_began = sql::exec(m_db, dialectOf(m_db).beginSnapshotRead());
}

SnapshotRead::~SnapshotRead()
{
    if (m_began)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace st
