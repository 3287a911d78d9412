#include "storage/SqliteDialect.h"

#include "storage/Schema.h"

namespace st {

QStringList SqliteDialect::beginWrite() const { return {QStringLiteral("BEGIN IMMEDIATE")}; }

QString SqliteDialect::setLockWait(int milliseconds) const
{
    return QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds); // a number, never input
}

bool SqliteDialect::isLockBusy(const QSqlError &error) const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the lock.
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6");
}

bool SqliteDialect::isAlreadyInTransaction(const QSqlError &error) const
{
    return error.databaseText().contains(QLatin1String("within a transaction"));
}

SqlDialect::BrokenRule SqliteDialect::brokenRule(const QSqlError &error) const
{
    // Qt's driver reports SQLite's primary code (19, SQLITE_CONSTRAINT) for every rule; the text names it.
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return BrokenRule::UniqueKey;
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return BrokenRule::ForeignKey;
    return BrokenRule::None;
}

QString SqliteDialect::enforceForeignKeys() const { return QStringLiteral("PRAGMA foreign_keys = ON"); }
QString SqliteDialect::concurrentReadersJournal() const { return QStringLiteral("PRAGMA journal_mode = WAL"); }

QStringList SqliteDialect::migrationStatements(const MigrationStep &step) const { return step.statements; }

// PRAGMAs take no bound values; every number formatted in below is the app's own, never input.
QString SqliteDialect::readSchemaVersion() const { return QStringLiteral("PRAGMA user_version"); }
QString SqliteDialect::writeSchemaVersion(int version) const { return QStringLiteral("PRAGMA user_version = %1").arg(version); }
QString SqliteDialect::readApplicationId() const { return QStringLiteral("PRAGMA application_id"); }
QString SqliteDialect::writeApplicationId(int id) const { return QStringLiteral("PRAGMA application_id = %1").arg(id); }
QString SqliteDialect::countSchemaObjects() const { return QStringLiteral("SELECT count(*) FROM sqlite_schema"); }
QString SqliteDialect::tableNames() const { return QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"); }

QString SqliteDialect::rowTableNames() const
{
    return QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'");
}

QString SqliteDialect::columnNames() const { return QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"); }

QString SqliteDialect::singleColumnForeignKeys() const
{
    return QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?) "
                          "WHERE id IN (SELECT id FROM pragma_foreign_key_list(?) "
                          "GROUP BY id HAVING count(*) = 1) ORDER BY id");
}

QString SqliteDialect::joinTableColumns(const QString &tableExpression, const QString &alias) const
{
    return QStringLiteral("JOIN pragma_table_info(%1) %2").arg(tableExpression, alias);
}

QString SqliteDialect::columnOrder(const QString &alias) const { return alias + QStringLiteral(".cid"); }

QString SqliteDialect::rowKey() const { return QStringLiteral("rowid"); }
QString SqliteDialect::readSchemaCookie() const { return QStringLiteral("PRAGMA schema_version"); }
QString SqliteDialect::writeSchemaCookie(qint64 cookie) const { return QStringLiteral("PRAGMA schema_version = %1").arg(cookie); }
QString SqliteDialect::checkPages() const { return QStringLiteral("PRAGMA quick_check(5)"); }

QString SqliteDialect::jsonArrayRows() const { return QStringLiteral("SELECT value FROM json_each(?)"); }

// The UTF-8 bytes are bound as a BLOB, which the CAST makes text without converting anything (a newer
// SQLite would read a BLOB given to json_each() as its binary JSONB).
QString SqliteDialect::jsonArrayRowsOfUtf8() const
{
    return QStringLiteral("SELECT value FROM json_each(CAST(? AS TEXT))");
}

QString SqliteDialect::jsonField(const QString &expression, const QString &key) const
{
    return QStringLiteral("json_extract(%1, '$.%2')").arg(expression, key);
}

QString SqliteDialect::jsonObject(const QStringList &keysAndValues) const
{
    return QStringLiteral("json_object(%1)").arg(keysAndValues.join(QStringLiteral(", ")));
}

QString SqliteDialect::differs(const QString &a, const QString &b) const
{
    return QStringLiteral("%1 IS NOT %2").arg(a, b);
}

QString SqliteDialect::caseInsensitive(const QString &expression) const
{
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::character(int code) const { return QStringLiteral("char(%1)").arg(code); }

QString SqliteDialect::joinedInOrder(const QString &value, const QString &separator, const QString &fromWhere,
                                     const QString &orderBy) const
{
    // group_concat() has no ORDER BY before SQLite 3.44: it joins in the order an ordered sub-select
    // hands it the rows.
    return QStringLiteral("(SELECT group_concat(joined, %2) FROM (SELECT %1 AS joined %3 ORDER BY %4))")
        .arg(value, separator, fromWhere, orderBy);
}

QString SqliteDialect::fullTextRowids(const QString &table) const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table);
}

QString SqliteDialect::fullTextPrefixQuery(const QString &term) const { return ftsPrefixQuery(term); }

// 16 MiB (a negative cache_size counts KiB; the default is 2 MiB): enough for the pages a UN list
// import keeps changing (the ends of its tables, its designations' indexes), so that none is written
// to the WAL, read back and written again before the commit (BulkWriteCache.h).
QString SqliteDialect::enlargePageCache() const { return QStringLiteral("PRAGMA cache_size = -16384"); }

QString SqliteDialect::readPageCacheSetting() const { return QStringLiteral("PRAGMA cache_size"); }

QString SqliteDialect::writePageCacheSetting(qint64 setting) const
{
    return QStringLiteral("PRAGMA cache_size = %1").arg(setting);
}

QStringList SqliteDialect::afterBulkLoad() const
{
    QStringList statements;
    for (const QString &index : {QStringLiteral("resolution_text"), QStringLiteral("measure_text"),
                                 QStringLiteral("trigger_event_text")})
        statements << QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(index);
    return statements << QStringLiteral("ANALYZE");
}

QString ftsPrefixQuery(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QStringLiteral("\"*");
}

QString SqliteDialect::createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                               const QString &when, const QString &body) const
{
    // TEMP: the trigger lives in this connection only and never changes the file's schema.
    return QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 %2 ON main.%3 %4BEGIN %5 END")
        .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN %1 ").arg(when), body);
}

QString SqliteDialect::dropConnectionTrigger(const QString &name) const
{
    return QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(name);
}

QString SqliteDialect::connectionTable(const QString &name) const { return QStringLiteral("temp.") + name; }

QString SqliteDialect::createConnectionTable(const QString &name, const QString &columns) const
{
    return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1(%2)").arg(name, columns);
}

QString SqliteDialect::connectionTableExists(const QString &name) const
{
    return QStringLiteral("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = '%1'").arg(name);
}

QString SqliteDialect::storedTable(const QString &name) const { return QStringLiteral("main.") + name; }

QString SqliteDialect::copyToFile() const { return QStringLiteral("VACUUM INTO ?"); }

// The key quoted as a JSON path member, so that any column name reads as one key.
QString SqliteDialect::jsonFieldNamedBy(const QString &expression, const QString &keyExpression) const
{
    return QStringLiteral("json_extract(%1, '$.\"' || %2 || '\"')").arg(expression, keyExpression);
}

QString SqliteDialect::rowIdentity() const { return QStringLiteral("SELECT 'rowid' WHERE ? IS NOT NULL"); }

// SQLite stores what it is given: the text and numbers of the JSON go in as they are. "WHERE true"
// keeps an ON CONFLICT tail from being read as part of the SELECT (SQLite's rule).
QString SqliteDialect::selectFromJsonRows(const QString &, const QStringList &columns) const
{
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values << QStringLiteral("r ->> %1").arg(i);
    return QStringLiteral("SELECT %1 FROM batch WHERE true").arg(values.join(QStringLiteral(", ")));
}

// No accounts: whoever may write the file may change every table.
QString SqliteDialect::accountMayWrite() const { return QStringLiteral("SELECT '', ? IS NOT NULL"); }

// FTS5's shadow tables are the index of rows copied anyway: its triggers fill it again.
QString SqliteDialect::copiedTableNames() const
{
    return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                          "AND name NOT LIKE 'sqlite_%'");
}

} // namespace st
