#include "storage/AuditTrail.h"

#include "storage/RowVersion.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace st {

namespace {
// Who is changing what in this connection: the user the audit rows name and the current action's id.
const QString kSessionContext = QStringLiteral("session_context");
} // namespace

QString takeAuditActionSql(const QSqlDatabase &db)
{
    // Under the write lock the first row of a transaction is written under, so max() is this
    // connection's to take. Rolled back with the transaction (temp tables are transactional too).
    // Unqualified: a trigger may not name the database of the table it writes (only temp has it).
    return QStringLiteral("UPDATE session_context SET action_id = "
                          "(SELECT coalesce(max(action_id), 0) + 1 FROM %1) WHERE action_id IS NULL")
        .arg(dialectOf(db).storedTable(QStringLiteral("audit_log")));
}

QString actionIdSql(const QSqlDatabase &db)
{
    return QStringLiteral("(SELECT action_id FROM %1)").arg(dialectOf(db).connectionTable(kSessionContext));
}

void startAuditAction(const QSqlDatabase &db)
{
    // Only connections opened through Database have the trail; the migrations and bare connections of
    // tests run before or without it. A failed reset cannot be reported from a transaction's
    // constructor; its only effect would be two actions shown as one.
    QSqlQuery probe(db);
    const SqlDialect &dialect = dialectOf(db);
    if (!probe.exec(dialect.connectionTableExists(kSessionContext)) || !probe.next())
        return;
    QSqlQuery reset(db);
    (void)reset.exec(QStringLiteral("UPDATE %1 SET action_id = NULL").arg(dialect.connectionTable(kSessionContext)));
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
    auto q = sql::run(db, dialectOf(db).columnNames(), {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q.value().next()) {
        // A record's version stamp is bookkeeping: moving it on alone is no change to log.
        if (const QString c = q.value().value(0).toString(); !isRowStampColumn(c))
            columns << c;
    }
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

QString anyColumnChanged(const SqlDialect &dialect, const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << dialect.differs(QStringLiteral("OLD.\"%1\"").arg(c), QStringLiteral("NEW.\"%1\"").arg(c));
    return parts.join(QStringLiteral(" OR "));
}

Status installFor(const QSqlDatabase &db, const QString &table)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    const QString oldRow = jsonOfRow(db, columns.value(), QStringLiteral("OLD"));
    const QString newRow = jsonOfRow(db, columns.value(), QStringLiteral("NEW"));
    const SqlDialect &dialect = dialectOf(db);
    const QString insertLog = takeAuditActionSql(db) + QStringLiteral("; ") + QStringLiteral(
        "INSERT INTO audit_log(user, table_name, row_id, operation, before, after, action_id) "
        "VALUES ((SELECT user FROM ") + dialect.connectionTable(kSessionContext) + QStringLiteral("), '%1', %2, '%3', %4, %5, ")
        + actionIdSql(db) + QStringLiteral(")");
    const QString newKey = QStringLiteral("NEW.") + dialect.rowKey();
    const QString oldKey = QStringLiteral("OLD.") + dialect.rowKey();

    // Table names come from auditedTables(), never from input, so formatting them in is safe.
    const auto trigger = [&](const QString &operation, const QString &event, const QString &when, const QString &body) {
        return dialect.createConnectionTrigger(QStringLiteral("audit_%1_%2").arg(table, operation), event, table, when,
                                               body + QStringLiteral(";"));
    };
    const QStringList statements{
        trigger(QStringLiteral("insert"), QStringLiteral("AFTER INSERT"), {},
                insertLog.arg(table, newKey, QStringLiteral("insert"), QStringLiteral("NULL"), newRow)),
        trigger(QStringLiteral("update"), QStringLiteral("AFTER UPDATE"), anyColumnChanged(dialect, columns.value()),
                insertLog.arg(table, newKey, QStringLiteral("update"), oldRow, newRow)),
        trigger(QStringLiteral("delete"), QStringLiteral("AFTER DELETE"), {},
                insertLog.arg(table, oldKey, QStringLiteral("delete"), oldRow, QStringLiteral("NULL"))),
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
    const SqlDialect &dialect = dialectOf(db);
    if (!dialect.hasConnectionTriggers())
        return {}; // the engine logs no change by itself yet: see docs/team-database.md
    const QString context = dialect.connectionTable(kSessionContext);
    if (auto done = sql::exec(db, dialect.createConnectionTable(kSessionContext, QStringLiteral("user TEXT NOT NULL, action_id INTEGER"))); !done)
        return done;
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM %1").arg(context)); !done)
        return done;
    if (auto done = sql::exec(db, QStringLiteral("INSERT INTO %1(user) VALUES (?)").arg(context), {user}); !done)
        return done;
    for (const QString &table : auditedTables()) {
        if (auto done = installFor(db, table); !done)
            return done;
    }
    return {};
}

} // namespace st
