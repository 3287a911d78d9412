#pragma once

#include "storage/SqlDialect.h"

namespace st {

// SQLite 3.40 as Qt's QSQLITE driver offers it (FTS5, JSON1, temp triggers, VACUUM INTO).
class SqliteDialect final : public SqlDialect {
public:
    QStringList beginWrite() const override;
    bool beginRefusedInTransaction() const override { return true; }
    bool preparesEveryStatement() const override { return true; }
    QString setLockWait(int milliseconds) const override;
    bool isLockBusy(const QSqlError &error) const override;
    bool isAlreadyInTransaction(const QSqlError &error) const override;
    bool isConnectionLost(const QSqlError &) const override { return false; } // a file has no connection to lose
    BrokenRule brokenRule(const QSqlError &error) const override;
    QString enforceForeignKeys() const override;
    QString concurrentReadersJournal() const override;
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
    QString rowKey() const override;
    QString readSchemaCookie() const override;
    QString writeSchemaCookie(qint64 cookie) const override;
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
    QString inTableOrder(const QString &tableAndAlias) const override { return tableAndAlias + QStringLiteral(" NOT INDEXED"); }
    QStringList afterBulkLoad() const override;
    QString enlargePageCache() const override;
    QString readPageCacheSetting() const override;
    QString writePageCacheSetting(qint64 setting) const override;
    QString createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                    const QString &when, const QString &body) const override;
    QString dropConnectionTrigger(const QString &name) const override;
    bool hasConnectionTriggers() const override { return true; }
    QString connectionTable(const QString &name) const override;
    QString createConnectionTable(const QString &name, const QString &columns) const override;
    QString connectionTableExists(const QString &name) const override;
    QString storedTable(const QString &name) const override;
    QString copyToFile() const override;
    QString jsonArrayIds() const override { return jsonArrayRows(); }
    QString jsonArrayRowsOfUtf8() const override;
    QVariant jsonArrayOfUtf8(const QByteArray &utf8) const override { return utf8; }
    QString accountOr() const override { return QStringLiteral("?"); }
    QString selectFromJsonRows(const QString &table, const QStringList &columns) const override;
    QString rowIdentity() const override;
    QString jsonFieldNamedBy(const QString &expression, const QString &keyExpression) const override;
    QString accountMayWrite() const override;
    QString changeChannel() const override { return {}; }
    QString announceChange() const override { return {}; }
    QString changeCounter() const override { return QStringLiteral("PRAGMA data_version"); }
    QString followExplicitIds(const QString &) const override { return {}; } // max(rowid) + 1
    QString copiedTableNames() const override;
    QString beginSnapshotRead() const override { return QStringLiteral("BEGIN"); } // WAL: one snapshot
};

// FTS5's query for words beginning with `term`: a quoted phrase with a prefix star ("petrol"*).
QString ftsPrefixQuery(const QString &term);

} // namespace st
