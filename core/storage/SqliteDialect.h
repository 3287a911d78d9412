#pragma once

#include "storage/SqlDialect.h"

namespace st {

// SQLite 3.40 as Qt's QSQLITE driver offers it (FTS5, JSON1, temp triggers, VACUUM INTO).
class SqliteDialect final : public SqlDialect {
public:
    QString beginWrite() const override;
    QString setLockWait(int milliseconds) const override;
    bool isLockBusy(const QSqlError &error) const override;
    bool isAlreadyInTransaction(const QSqlError &error) const override;
    QString enforceForeignKeys() const override;
    QString concurrentReadersJournal() const override;
    QString upsertTail(const QStringList &conflictColumns, const QStringList &updatedColumns) const override;
    QString jsonArrayRows() const override;
    QString jsonField(const QString &expression, const QString &key) const override;
    QString jsonObject(const QStringList &keysAndValues) const override;
    QString fullTextRowids(const QString &table) const override;
    QString createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                    const QString &when, const QString &body) const override;
    QString dropConnectionTrigger(const QString &name) const override;
    QString copyToFile() const override;
};

} // namespace st
