#include "storage/AuditTrail.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace st {

QString takeAuditActionSql()
{
    // Under the write lock the first row of a transaction is written under, so max() is this
    // connection's to take. Rolled back with the transaction (temp tables are transactional too).
    // Unqualified: a trigger may not name the database of the table it writes (only temp has it).
    return QStringLiteral("UPDATE session_context SET action_id = "
                          "(SELECT coalesce(max(action_id), 0) + 1 FROM main.audit_log) WHERE action_id IS NULL");
}

QString actionIdSql() { return QStringLiteral("(SELECT action_id FROM temp.session_context)"); }

void startAuditAction(const QSqlDatabase &db)
{
    // Only connections opened through Database have the trail; the migrations and bare connections of
    // tests run before or without it. A failed reset cannot be reported from a transaction's
    // constructor; its only effect would be two actions shown as one.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'session_context'"))
        || !probe.next())
        return;
    QSqlQuery reset(db);
    (void)reset.exec(QStringLiteral("UPDATE temp.session_context SET action_id = NULL"));
}

QStringList auditedTables()
{
    return {QStringLiteral("states"),           QStringLiteral("measure_types"),
            QStringLiteral("regimes"),          QStringLiteral("resolutions"),
            QStringLiteral("resolution_sources"), QStringLiteral("resolution_states"),
            QStringLiteral("trigger_events"),   QStringLiteral("resolution_triggers"),
            QStringLiteral("measures"),         QStringLiteral("designations")};
}

namespace {

Result<QStringList> columnsOf(const QSqlDatabase &db, const QString &table)
{
    auto q = sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q.value().next())
        columns << q.value().value(0).toString();
    return columns;
}

// json_object('id', NEW.id, ...) for the given row alias (NEW or OLD).
QString jsonOfRow(const QSqlDatabase &db, const QStringList &columns, const QString &alias)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1'").arg(c) << QStringLiteral("%2.\"%1\"").arg(c, alias);
    return dialectOf(db).jsonObject(parts);
}

QString anyColumnChanged(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("OLD.\"%1\" IS NOT NEW.\"%1\"").arg(c);
    return parts.join(QStringLiteral(" OR "));
}

Status installFor(const QSqlDatabase &db, const QString &table)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    const QString oldRow = jsonOfRow(db, columns.value(), QStringLiteral("OLD"));
    const QString newRow = jsonOfRow(db, columns.value(), QStringLiteral("NEW"));
    const QString insertLog = takeAuditActionSql() + QStringLiteral("; ") + QStringLiteral(
        "INSERT INTO audit_log(user, table_name, row_id, operation, before, after, action_id) "
        "VALUES ((SELECT user FROM temp.session_context), '%1', %2, '%3', %4, %5, ") + actionIdSql() + QStringLiteral(")");

    // Table names come from auditedTables(), never from input, so formatting them in is safe.
    const SqlDialect &dialect = dialectOf(db);
    const auto trigger = [&](const QString &operation, const QString &event, const QString &when, const QString &body) {
        return dialect.createConnectionTrigger(QStringLiteral("audit_%1_%2").arg(table, operation), event, table, when,
                                               body + QStringLiteral(";"));
    };
    const QStringList statements{
        trigger(QStringLiteral("insert"), QStringLiteral("AFTER INSERT"), {},
                insertLog.arg(table, QStringLiteral("NEW.rowid"), QStringLiteral("insert"), QStringLiteral("NULL"), newRow)),
        trigger(QStringLiteral("update"), QStringLiteral("AFTER UPDATE"), anyColumnChanged(columns.value()),
                insertLog.arg(table, QStringLiteral("NEW.rowid"), QStringLiteral("update"), oldRow, newRow)),
        trigger(QStringLiteral("delete"), QStringLiteral("AFTER DELETE"), {},
                insertLog.arg(table, QStringLiteral("OLD.rowid"), QStringLiteral("delete"), oldRow, QStringLiteral("NULL"))),
    };
    for (const QString &s : statements) {
        if (auto done = sql::exec(db, s); !done)
            return done;
    }
    return {};
}

} // namespace

Status installAuditTrail(const QSqlDatabase &db, const QString &user)
{
    if (auto done = sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS session_context(user TEXT NOT NULL, action_id INTEGER)")); !done)
        return done;
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM temp.session_context")); !done)
        return done;
    if (auto done = sql::exec(db, QStringLiteral("INSERT INTO temp.session_context(user) VALUES (?)"), {user}); !done)
        return done;
    for (const QString &table : auditedTables()) {
        if (auto done = installFor(db, table); !done)
            return done;
    }
    return {};
}

} // namespace st
