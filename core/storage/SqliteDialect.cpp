#include "storage/SqliteDialect.h"

namespace st {

QString SqliteDialect::beginWrite() const { return QStringLiteral("BEGIN IMMEDIATE"); }

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

QString SqliteDialect::enforceForeignKeys() const { return QStringLiteral("PRAGMA foreign_keys = ON"); }
QString SqliteDialect::concurrentReadersJournal() const { return QStringLiteral("PRAGMA journal_mode = WAL"); }

QString SqliteDialect::upsertTail(const QStringList &conflictColumns, const QStringList &updatedColumns) const
{
    QStringList sets;
    for (const QString &column : updatedColumns)
        sets << QStringLiteral("%1 = excluded.%1").arg(column);
    return QStringLiteral("ON CONFLICT(%1) DO UPDATE SET %2")
        .arg(conflictColumns.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
}

QString SqliteDialect::jsonArrayRows() const { return QStringLiteral("SELECT value FROM json_each(?)"); }

QString SqliteDialect::jsonField(const QString &expression, const QString &key) const
{
    return QStringLiteral("json_extract(%1, '$.%2')").arg(expression, key);
}

QString SqliteDialect::jsonObject(const QStringList &keysAndValues) const
{
    return QStringLiteral("json_object(%1)").arg(keysAndValues.join(QStringLiteral(", ")));
}

QString SqliteDialect::fullTextRowids(const QString &table) const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table);
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

QString SqliteDialect::copyToFile() const { return QStringLiteral("VACUUM INTO ?"); }

const SqlDialect &dialectOf(const QSqlDatabase &db)
{
    // One line per engine: a PostgreSQL build adds `if (db.driverName() == "QPSQL") return postgres;`.
    Q_UNUSED(db);
    static const SqliteDialect sqlite;
    return sqlite;
}

} // namespace st
