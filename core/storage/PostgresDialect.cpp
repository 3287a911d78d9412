#include "storage/PostgresDialect.h"

#include "storage/Schema.h"

namespace st {

namespace {

// Marks a database as ours (its presence) and carries the schema version (its comment), the way
// SQLite's file header carries application_id and user_version.
const QString kSchemaStamp = QStringLiteral("sanctions_tracker_schema");

} // namespace

// Every writer of the app takes this one lock first, so a read-modify-write sees no other writer's
// change between its read and its write: SQLite's BEGIN IMMEDIATE, on a shared server.
QStringList PostgresDialect::beginWrite() const
{
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId)};
}

QString PostgresDialect::setLockWait(int milliseconds) const
{
    return QStringLiteral("SET lock_timeout = %1").arg(milliseconds); // a number, never input
}

bool PostgresDialect::isLockBusy(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("55P03"); // lock_not_available
}

bool PostgresDialect::isAlreadyInTransaction(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("25001"); // active_sql_transaction
}

SqlDialect::BrokenRule PostgresDialect::brokenRule(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23505")) // unique_violation
        return BrokenRule::UniqueKey;
    if (state == QLatin1String("23503")) // foreign_key_violation
        return BrokenRule::ForeignKey;
    return BrokenRule::None;
}

bool PostgresDialect::isConnectionLost(const QSqlError &error) const
{
    // 57P01-57P03: the server ends the session (pg_terminate_backend, a shutdown or restart, a crash);
    // class 08: connection exceptions. A statement sent on a connection libpq already knows is closed
    // fails with no SQLSTATE, only libpq's own words.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("57P0")) || state.startsWith(QLatin1String("08")))
        return true;
    const QString text = error.text();
    for (const char *said : {"server closed the connection", "no connection to the server", "connection to server was lost",
                             "could not send data to server", "could not receive data from server",
                             "terminating connection"}) {
        if (text.contains(QLatin1String(said)))
            return true;
    }
    return false;
}

QStringList PostgresDialect::migrationStatements(const MigrationStep &step) const
{
    QStringList statements = postgresSchemaStep(step.version);
    if (statements.isEmpty()) {
        // A step added for SQLite alone must not be stamped as applied here: refuse, and say why.
        statements << QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'schema step %1 has no PostgreSQL rendering "
                                     "(core/storage/PostgresSchema.cpp)'; END $$")
                          .arg(step.version);
    }
    return statements;
}

QString PostgresDialect::readSchemaVersion() const
{
    return QStringLiteral("SELECT coalesce(obj_description(to_regclass('%1'), 'pg_class'), '0')::integer").arg(kSchemaStamp);
}

QString PostgresDialect::writeSchemaVersion(int version) const
{
    return QStringLiteral("COMMENT ON TABLE %1 IS '%2'").arg(kSchemaStamp).arg(version);
}

QString PostgresDialect::readApplicationId() const
{
    return QStringLiteral("SELECT CASE WHEN to_regclass('%1') IS NULL THEN 0 ELSE %2 END").arg(kSchemaStamp).arg(kApplicationId);
}

QString PostgresDialect::writeApplicationId(int id) const
{
    // The stamp table's name is the identity; there is one application id, the one asked for.
    Q_ASSERT(id == kApplicationId);
    Q_UNUSED(id);
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1()").arg(kSchemaStamp);
}

QString PostgresDialect::countSchemaObjects() const
{
    return QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE n.nspname = current_schema()");
}

QString PostgresDialect::tableNames() const
{
    return QStringLiteral("SELECT table_name::text FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
}

QString PostgresDialect::rowTableNames() const
{
    return tableNames() + QStringLiteral(" AND table_name <> '%1'").arg(kSchemaStamp);
}

QString PostgresDialect::columnNames() const
{
    return QStringLiteral("SELECT column_name::text FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name = CAST(? AS text) "
                          "ORDER BY ordinal_position");
}

QString PostgresDialect::singleColumnForeignKeys() const
{
    // The table is bound twice, as SQLite's pragma form needs; the second only confirms it.
    return QStringLiteral(
        "SELECT a.attname::text, p.relname::text, pa.attname::text, "
        " CASE c.confdeltype WHEN 'n' THEN 'SET NULL' WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' "
        "  WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END "
        "FROM pg_constraint c JOIN pg_class p ON p.oid = c.confrelid "
        " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        " JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.conrelid = to_regclass(CAST(? AS text)) "
        " AND CAST(? AS text) IS NOT NULL ORDER BY c.oid");
}

QString PostgresDialect::joinTableColumns(const QString &tableExpression, const QString &alias) const
{
    return QStringLiteral("JOIN LATERAL (SELECT column_name::text AS name, ordinal_position AS position "
                          "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = %1) %2 ON true")
        .arg(tableExpression, alias);
}

// No hidden row key survives an update here (ctid moves), so rows are known by their primary key.
QString PostgresDialect::rowIdentity() const
{
    // The primary key, else the first UNIQUE key of NOT NULL columns (a measure's disputes).
    return QStringLiteral("WITH k AS (SELECT i.indexrelid, i.indrelid, i.indkey FROM pg_index i "
                          " WHERE i.indrelid = to_regclass(CAST(? AS text)) AND i.indisunique AND i.indexprs IS NULL "
                          "  AND i.indpred IS NULL AND NOT EXISTS (SELECT 1 FROM pg_attribute n WHERE n.attrelid = i.indrelid "
                          "   AND n.attnum = ANY(i.indkey) AND NOT n.attnotnull) "
                          " ORDER BY i.indisprimary DESC, i.indexrelid LIMIT 1) "
                          "SELECT a.attname::text FROM k JOIN pg_attribute a ON a.attrelid = k.indrelid AND a.attnum = ANY(k.indkey) "
                          "ORDER BY array_position(k.indkey::int2[], a.attnum)");
}

QString PostgresDialect::columnOrder(const QString &alias) const { return alias + QStringLiteral(".position"); }

// The server checksums and checks its own pages; a client has no pages to walk.
QString PostgresDialect::checkPages() const { return QStringLiteral("SELECT 'ok'"); }

QString PostgresDialect::jsonArrayRows() const
{
    return QStringLiteral("SELECT value FROM json_array_elements(CAST(? AS json))");
}

// The columns are typed here and JSON text is not a number: each array becomes a record of the
// table's own row type (json_populate_record converts every value to its column's type), once per row
// in the FROM list, and the columns are read from it.
QString PostgresDialect::selectFromJsonRows(const QString &table, const QStringList &columns) const
{
    QStringList fields, values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        fields << QStringLiteral("'%1', r -> %2").arg(columns[i]).arg(i);
        values << QStringLiteral("x.%1").arg(columns[i]);
    }
    return QStringLiteral("SELECT %1 FROM batch, LATERAL json_populate_record(CAST(NULL AS %2), json_build_object(%3)) AS x "
                          "WHERE true")
        .arg(values.join(QStringLiteral(", ")), table, fields.join(QStringLiteral(", ")));
}

QString PostgresDialect::jsonArrayIds() const
{
    return QStringLiteral("SELECT CAST(value AS bigint) AS value FROM json_array_elements_text(CAST(? AS json))");
}

QString PostgresDialect::jsonField(const QString &expression, const QString &key) const
{
    return QStringLiteral("(CAST(%1 AS json) ->> '%2')").arg(expression, key);
}

QString PostgresDialect::jsonObject(const QStringList &keysAndValues) const
{
    return QStringLiteral("CAST(json_build_object(%1) AS text)").arg(keysAndValues.join(QStringLiteral(", ")));
}

QString PostgresDialect::jsonFieldNamedBy(const QString &expression, const QString &keyExpression) const
{
    return QStringLiteral("(CAST(%1 AS json) ->> (%2))").arg(expression, keyExpression);
}

QString PostgresDialect::differs(const QString &a, const QString &b) const
{
    return QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
}

// SQLite's NOCASE folds ASCII letters and compares bytes; lower() under the byte order "C" is the
// same for every text without capitals outside ASCII.
QString PostgresDialect::caseInsensitive(const QString &expression) const
{
    return QStringLiteral("lower(%1) COLLATE \"C\"").arg(expression);
}

QString PostgresDialect::character(int code) const { return QStringLiteral("chr(%1)").arg(code); }

QString PostgresDialect::joinedInOrder(const QString &value, const QString &separator, const QString &fromWhere,
                                       const QString &orderBy) const
{
    return QStringLiteral("(SELECT string_agg(%1, %2 ORDER BY %4) %3)").arg(value, separator, fromWhere, orderBy);
}

// The views resolution_text, measure_text and trigger_event_text (PostgresSchema.cpp) give each row's
// id as `rowid` and its words as `document`, an expression a GIN index covers.
QString PostgresDialect::fullTextRowids(const QString &table) const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE document @@ to_tsquery('simple', CAST(? AS text))").arg(table);
}

QString PostgresDialect::fullTextPrefixQuery(const QString &term) const
{
    // FTS5's unicode61 tokenizer (remove_diacritics 2) matches "resolution" to "résolution"; the
    // documents drop their accents the same way (st_search_words), so the term does too.
    QString word;
    for (const QChar c : term.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            word += c.toLower();
    }
    // A term is one word of letters and digits (searchTerms), so nothing here is tsquery syntax.
    return word.isEmpty() ? QStringLiteral("''") : word + QStringLiteral(":*");
}

QString PostgresDialect::enlargePageCache() const { return {}; }

QString PostgresDialect::readPageCacheSetting() const { return {}; }

QString PostgresDialect::writePageCacheSetting(qint64) const { return {}; }

QStringList PostgresDialect::afterBulkLoad() const { return {QStringLiteral("ANALYZE")}; }

// The audit trail's connection triggers have no PostgreSQL form yet (hasConnectionTriggers() is
// false, so AuditTrail and BulkInsertAudit never ask for them); a statement that says so if run.
QString PostgresDialect::createConnectionTrigger(const QString &name, const QString &, const QString &,
                                                 const QString &, const QString &) const
{
    return QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'no connection trigger %1 on PostgreSQL'; END $$").arg(name);
}

QString PostgresDialect::dropConnectionTrigger(const QString &name) const
{
    return createConnectionTrigger(name, {}, {}, {}, {});
}

QString PostgresDialect::connectionTable(const QString &name) const { return QStringLiteral("pg_temp.") + name; }

QString PostgresDialect::createConnectionTable(const QString &name, const QString &columns) const
{
    return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1(%2)").arg(name, columns);
}

QString PostgresDialect::connectionTableExists(const QString &name) const
{
    return QStringLiteral("SELECT 1 WHERE to_regclass('pg_temp.%1') IS NOT NULL").arg(name);
}

// The grants decide (TeamRoles.h): a reader holds SELECT only. session_user is the account that logged
// in, the one the audit log names.
QString PostgresDialect::accountMayWrite() const
{
    return QStringLiteral("SELECT CAST(session_user AS text), bool_and(has_table_privilege(x.t, p)) "
                          "FROM (SELECT CAST(? AS text) AS t) x CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) AS p");
}

// One channel for the whole database: a window re-reads what it shows, whatever table changed.
QString PostgresDialect::changeChannel() const { return QStringLiteral("sanctions_tracker_changes"); }

// NOTIFY is delivered at COMMIT and dropped by ROLLBACK, so listeners hear only of committed changes;
// a transaction that got no transaction id wrote nothing.
QString PostgresDialect::announceChange() const
{
    return QStringLiteral("SELECT pg_notify('%1', '') WHERE pg_current_xact_id_if_assigned() IS NOT NULL")
        .arg(changeChannel());
}

QString PostgresDialect::followExplicitIds(const QString &table) const
{
    // Our own table name, never input; a table whose id is not generated has no sequence (NULL).
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
        .arg(table);
}

} // namespace st
