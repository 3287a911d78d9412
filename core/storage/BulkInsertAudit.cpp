#include "storage/BulkInsertAudit.h"

#include "storage/AuditTrail.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

BulkInsertAudit::BulkInsertAudit(QSqlDatabase db, QString table, QString user)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_user(std::move(user))
{
}

Status BulkInsertAudit::begin()
{
    if (!dialectOf(m_db).hasConnectionTriggers())
        return {}; // nothing to set aside: the engine logs no row by itself yet (AuditTrail)
    // The trigger's name follows AuditTrail's pattern (audit_<table>_insert); the table is ours.
    return sql::exec(m_db, dialectOf(m_db).dropConnectionTrigger(QStringLiteral("audit_%1_insert").arg(m_table)));
}

Status BulkInsertAudit::finish(qint64 firstId, qint64 lastId)
{
    if (!dialectOf(m_db).hasConnectionTriggers())
        return {};
    if (lastId >= firstId) {
        // The row as the trigger writes it: every column by name, in table order.
        const SqlDialect &dialect = dialectOf(m_db);
        auto columns = sql::collect(m_db, dialect.columnNames(), {m_table},
                                    [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!columns)
            return columns.error();
        QStringList parts;
        for (const QString &column : columns.value())
            parts << QStringLiteral("'%1'").arg(column) << QStringLiteral("\"%1\"").arg(column);
        const QString statement = QStringLiteral(
            "INSERT INTO audit_log(user, table_name, row_id, operation, before, after, action_id) "
            "SELECT (SELECT user FROM %4), ?, %5, 'insert', NULL, %1, %3 "
            "FROM %2 WHERE %5 BETWEEN ? AND ? ORDER BY %5")
                                      .arg(dialect.jsonObject(parts), dialect.storedTable(m_table), actionIdSql(m_db),
                                           dialect.connectionTable(QStringLiteral("session_context")), dialect.rowKey());
        // The rows join the action of the import they belong to.
        if (auto done = sql::exec(m_db, takeAuditActionSql(m_db)); !done)
            return done;
        if (auto done = sql::exec(m_db, statement, {m_table, firstId, lastId}); !done)
            return done;
    }
    return installAuditTrail(m_db, m_user); // re-creates what begin() set aside
}

} // namespace st
