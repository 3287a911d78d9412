#include "storage/TeamRoles.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

namespace st {

namespace {

// The relations of the schema a role lacks a right on: for both roles SELECT on every table and
// view; for editors also INSERT, UPDATE and DELETE on every table but audit_log and the schema stamp,
// and moving on every id sequence but audit_log's.
QString missingRights(const QString &role, bool editor)
{
    QString rights = QStringLiteral("(c.relkind IN ('r', 'v') AND NOT has_table_privilege('%1', c.oid, 'SELECT'))").arg(role);
    if (editor) {
        rights += QStringLiteral(" OR (c.relkind = 'r' AND c.relname NOT IN ('audit_log', 'sanctions_tracker_schema') AND NOT ("
                                 "has_table_privilege('%1', c.oid, 'INSERT') AND has_table_privilege('%1', c.oid, 'UPDATE') "
                                 "AND has_table_privilege('%1', c.oid, 'DELETE')))"
                                 " OR (c.relkind = 'S' AND c.relname <> 'audit_log_id_seq' "
                                 "AND NOT has_sequence_privilege('%1', c.oid, 'USAGE, UPDATE'))").arg(role);
    }
    return QStringLiteral("SELECT count(*) FROM pg_class c WHERE c.relnamespace = to_regnamespace(current_schema()) "
                          "AND c.relkind IN ('r', 'v', 'S') AND (%1)").arg(rights);
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &role)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = CAST(? AS text)"), {role});
    if (!found)
        return found.error();
    return found.value().toInt() > 0;
}

Status grantTo(const QSqlDatabase &db, const QString &role, bool editor)
{
    auto exists = roleExists(db, role);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return {};
    auto missing = sql::scalar(db, missingRights(role, editor));
    if (!missing)
        return missing.error();
    if (missing.value().toInt() == 0)
        return {};
    auto schema = sql::scalar(db, QStringLiteral("SELECT quote_ident(current_schema())"));
    if (!schema)
        return schema.error();
    const QString where = schema.value().toString();
    // Role and schema names are ours or quoted by the server; nothing here comes from input.
    QStringList statements{QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(where, role),
                           QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(where, role)};
    if (editor) {
        auto tables = sql::collect(db, dialectOf(db).rowTableNames(), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!tables)
            return tables.error();
        for (const QString &table : tables.value()) {
            if (table == QLatin1String("audit_log"))
                continue;
            statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.%2 TO %3").arg(where, table, role);
        }
        // An import gives new designations ids itself, then moves the table's id sequence past them
        // (SqlDialect::followExplicitIds), which takes UPDATE on it.
        auto sequences = sql::collect(db, QStringLiteral(
            "SELECT quote_ident(c.relname) FROM pg_class c WHERE c.relkind = 'S' AND c.relname <> 'audit_log_id_seq' "
            "AND c.relnamespace = to_regnamespace(current_schema())"), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!sequences)
            return sequences.error();
        for (const QString &sequence : sequences.value())
            statements << QStringLiteral("GRANT USAGE, UPDATE ON SEQUENCE %1.%2 TO %3").arg(where, sequence, role);
    }
    Transaction tx(db, Transaction::ReadModifyWrite, WriteWait{});
    if (!tx.began())
        return tx.began();
    for (const QString &s : statements) {
        if (auto done = sql::exec(db, s); !done)
            return done;
    }
    return tx.commit();
}

} // namespace

Status grantTeamRoles(const QSqlDatabase &db)
{
    if (auto done = grantTo(db, QLatin1String(kReaderRole), false); !done)
        return done;
    return grantTo(db, QLatin1String(kEditorRole), true);
}

} // namespace st
