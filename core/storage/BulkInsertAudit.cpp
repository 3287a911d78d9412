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
    // The trigger's name follows AuditTrail's pattern (audit_<table>_insert); the table is ours.
    return sql::exec(m_db, dialectOf(m_db).dropConnectionTrigger(QStringLiteral("audit_%1_insert").arg(m_table)));
}

Status BulkInsertAudit::finish(qint64 firstId, qint64 lastId)
{
    if (lastId >= firstId) {
        // The row as the trigger writes it: every column by name, in table order.
        auto columns = sql::collect(m_db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {m_table},
                                    [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!columns)
            return columns.error();
        QStringList parts;
        for (const QString &column : columns.value())
            parts << QStringLiteral("'%1'").arg(column) << QStringLiteral("\"%1\"").arg(column);
        const QString statement = QStringLiteral(
            "INSERT INTO audit_log(user, table_name, row_id, operation, before, after, action_id) "
            "SELECT (SELECT user FROM temp.session_context), ?, rowid, 'insert', NULL, %1, %3 "
            "FROM main.%2 WHERE rowid BETWEEN ? AND ? ORDER BY rowid")
                                      .arg(dialectOf(m_db).jsonObject(parts), m_table, actionIdSql());
        // The rows join the action of the import they belong to.
        if (auto done = sql::exec(m_db, takeAuditActionSql()); !done)
            return done;
        if (auto done = sql::exec(m_db, statement, {m_table, firstId, lastId}); !done)
            return done;
    }
    return installAuditTrail(m_db, m_user); // re-creates what begin() set aside
}

} // namespace st
