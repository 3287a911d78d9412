#include "storage/ServerAudit.h"

#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/TeamRoles.h"
#include "storage/Transaction.h"

namespace st {

namespace {

// The function's comment says which form of it is installed; a later form is a new revision, put in
// place by the owner's next connection.
const QString kFunction = QStringLiteral("sanctions_tracker_audit_row");
const QString kRevision = QStringLiteral("sanctions-tracker audit 1");

// One function for every table: the row as JSON in column order (like SQLite's json_object over the
// columns) without the version stamp (RowVersion.h: bookkeeping, not content; an update that only
// moves it on is not logged, as on SQLite), its id, or for a link without one (a resolution's sources, states and
// triggers) the resolution it belongs to. The action id is taken once per transaction, under the
// writers' advisory lock (PostgresDialect::beginWrite), as max + 1 the way SQLite's triggers take it,
// and kept in a transaction-local setting for the transaction's next rows.
QString functionStatement(const QString &schema)
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = %2, pg_temp AS $body$\n"
        "DECLARE\n"
        "  action bigint := nullif(current_setting('sanctions_tracker.action_id', true), '')::bigint;\n"
        "  old_row text;\n"
        "  new_row text;\n"
        "  key_of json;\n"
        "BEGIN\n"
        "  IF action IS NULL THEN\n"
        "    PERFORM pg_advisory_xact_lock(%3);\n"
        "    SELECT coalesce(max(action_id), 0) + 1 INTO action FROM audit_log;\n"
        "    PERFORM set_config('sanctions_tracker.action_id', action::text, true);\n"
        "  END IF;\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        "    SELECT json_object_agg(e.key, e.value ORDER BY e.n)::text INTO old_row\n"
        "      FROM json_each(row_to_json(OLD)) WITH ORDINALITY AS e(key, value, n) WHERE e.key NOT IN (%4);\n"
        "  END IF;\n"
        "  IF TG_OP <> 'DELETE' THEN\n"
        "    SELECT json_object_agg(e.key, e.value ORDER BY e.n)::text INTO new_row\n"
        "      FROM json_each(row_to_json(NEW)) WITH ORDINALITY AS e(key, value, n) WHERE e.key NOT IN (%4);\n"
        "  END IF;\n"
        "  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF; -- only the version stamp moved\n"
        "  key_of := coalesce(new_row, old_row)::json;\n"
        "  INSERT INTO audit_log(\"user\", table_name, row_id, operation, before, after, action_id)\n"
        "  VALUES (session_user, TG_TABLE_NAME,\n"
        "          coalesce((key_of ->> 'id')::bigint, (key_of ->> 'resolution_id')::bigint),\n"
        "          lower(TG_OP), old_row, new_row, action);\n"
        "  RETURN NULL;\n"
        "END\n"
        "$body$")
        .arg(kFunction, schema)
        .arg(kApplicationId)
        .arg(QStringLiteral("'row_version', 'changed_by', 'changed_at'"));
}

QStringList triggerStatements(const QString &table)
{
    // Table names come from auditedTables(), never from input.
    return {
        QStringLiteral("CREATE OR REPLACE TRIGGER sanctions_tracker_audit_change AFTER INSERT OR DELETE ON %1 "
                       "FOR EACH ROW EXECUTE FUNCTION %2()").arg(table, kFunction),
        // An UPDATE that changes nothing writes no row, as on SQLite.
        QStringLiteral("CREATE OR REPLACE TRIGGER sanctions_tracker_audit_update AFTER UPDATE ON %1 "
                       "FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION %2()").arg(table, kFunction),
    };
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << QLatin1Char('\'') + n + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

// True when this connection's user owns audit_log and may write (not a read-only session): only the
// owner creates server objects.
Result<bool> mayInstall(const QSqlDatabase &db)
{
    auto may = sql::scalar(db, QStringLiteral(
        "SELECT pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('audit_log')), 'MEMBER') "
        " AND current_setting('transaction_read_only') = 'off'"));
    if (!may)
        return may.error();
    return may.value().toBool();
}

// True when the function is this revision and every audited table has both triggers.
Result<bool> installed(const QSqlDatabase &db, const QStringList &tables)
{
    auto current = sql::scalar(db, QStringLiteral(
        "SELECT coalesce(obj_description(to_regprocedure('%1()'), 'pg_proc') = '%2', false) "
        " AND (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
        "      AND tgname IN ('sanctions_tracker_audit_change', 'sanctions_tracker_audit_update') "
        "      AND tgrelid IN (SELECT to_regclass(t) FROM unnest(ARRAY[%3]) AS t)) = %4")
                                              .arg(kFunction, kRevision, quotedList(tables))
                                              .arg(tables.size() * 2));
    if (!current)
        return current.error();
    return current.value().toBool();
}

} // namespace

Status installServerAudit(const QSqlDatabase &db, const QStringList &tables)
{
    auto may = mayInstall(db);
    if (!may)
        return may.error();
    if (!may.value())
        return {}; // an editor's or reader's connection: the owner's installs them
    auto upToDate = installed(db, tables);
    if (!upToDate)
        return upToDate.error();
    if (!upToDate.value()) {
        // Under the writers' lock, so two owner connections opening at once do not race on the catalogue.
        Transaction tx(db, Transaction::ReadModifyWrite, WriteWait{});
        if (!tx.began())
            return tx.began();
        auto schema = sql::scalar(db, QStringLiteral("SELECT quote_ident(current_schema())"));
        if (!schema)
            return schema.error();
        QStringList statements{functionStatement(schema.value().toString()),
                               QStringLiteral("COMMENT ON FUNCTION %1() IS '%2'").arg(kFunction, kRevision),
                               // Only the triggers call it.
                               QStringLiteral("REVOKE ALL ON FUNCTION %1() FROM PUBLIC").arg(kFunction)};
        for (const QString &table : tables)
            statements << triggerStatements(table);
        for (const QString &s : statements) {
            if (auto done = sql::exec(db, s); !done)
                return done;
        }
        if (auto done = tx.commit(); !done)
            return done;
    }
    return grantTeamRoles(db);
}

} // namespace st
