#pragma once

#include "storage/SqlDialect.h"

namespace st {

// PostgreSQL 15 as Qt's QPSQL driver offers it: a shared team database (docs/team-database.md).
// Full-text search is a `tsvector` expression behind a GIN index, read through views named like
// SQLite's FTS5 tables; writers take one advisory lock, as SQLite's BEGIN IMMEDIATE takes the file's.
class PostgresDialect final : public SqlDialect {
public:
    QStringList beginWrite() const override;
    bool beginRefusedInTransaction() const override { return false; }
    bool preparesEveryStatement() const override { return false; }
    QString setLockWait(int milliseconds) const override;
    bool isLockBusy(const QSqlError &error) const override;
    bool isAlreadyInTransaction(const QSqlError &error) const override;
    bool isConnectionLost(const QSqlError &error) const override;
    BrokenRule brokenRule(const QSqlError &error) const override;
    QString enforceForeignKeys() const override { return {}; }       // always enforced
    QString concurrentReadersJournal() const override { return {}; } // MVCC: readers never wait
    QStringList migrationStatements(const MigrationStep &step) const override;
    QString readSchemaVersion() const override;
    QString writeSchemaVersion(int version) const override;
    QString readApplicationId() const override;
    QString writeApplicationId(int id) const override;
    QString countSchemaObjects() const override;
    QString tableNames() const override;
    QString rowTableNames() const override;
    QString columnNames() const override;
    QString singleColumnForeignKeys() const override;
    QString joinTableColumns(const QString &tableExpression, const QString &alias) const override;
    QString columnOrder(const QString &alias) const override;
    QString rowKey() const override { return QStringLiteral("id"); }
    QString readSchemaCookie() const override { return {}; }
    QString writeSchemaCookie(qint64) const override { return {}; }
    QString checkPages() const override;
    QString jsonArrayRows() const override;
    QString jsonField(const QString &expression, const QString &key) const override;
    QString jsonObject(const QStringList &keysAndValues) const override;
    QString differs(const QString &a, const QString &b) const override;
    QString caseInsensitive(const QString &expression) const override;
    QString character(int code) const override;
    QString joinedInOrder(const QString &value, const QString &separator, const QString &fromWhere,
                          const QString &orderBy) const override;
    QString fullTextRowids(const QString &table) const override;
    QString fullTextPrefixQuery(const QString &term) const override;
    QString inTableOrder(const QString &tableAndAlias) const override { return tableAndAlias; }
    QStringList afterBulkLoad() const override;
    QString enlargePageCache() const override;
    QString readPageCacheSetting() const override;
    QString writePageCacheSetting(qint64 setting) const override;
    QString createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                    const QString &when, const QString &body) const override;
    QString dropConnectionTrigger(const QString &name) const override;
    bool hasConnectionTriggers() const override { return false; }
    QString connectionTable(const QString &name) const override;
    QString createConnectionTable(const QString &name, const QString &columns) const override;
    QString connectionTableExists(const QString &name) const override;
    QString storedTable(const QString &name) const override { return name; }
    QString copyToFile() const override { return {}; }
    QString accountMayWrite() const override;
    QString jsonArrayIds() const override;
    QString accountOr() const override { return QStringLiteral("coalesce(CAST(session_user AS text), CAST(? AS text))"); }
    QString selectFromJsonRows(const QString &table, const QStringList &columns) const override;
    QString rowIdentity() const override;
    QString jsonFieldNamedBy(const QString &expression, const QString &keyExpression) const override;
    QString changeChannel() const override;
    QString announceChange() const override;
    QString changeCounter() const override { return {}; }
    QString followExplicitIds(const QString &table) const override;
    QString copiedTableNames() const override { return rowTableNames(); }
    QString beginSnapshotRead() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
};

// The statements that apply schema step `version` on PostgreSQL (PostgresSchema.cpp); empty for a
// step that has no PostgreSQL rendering yet.
QStringList postgresSchemaStep(int version);

} // namespace st
