#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace st {

// Fast inserts of many generated rows (the synthetic dataset): multi-row INSERT statements of a few
// hundred rows each, every value bound, so 200,000 rows take seconds. Callers run it inside one
// Transaction. Table and column names come from code, never from input.
class BulkRepository {
public:
    explicit BulkRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit BulkRepository(const Database &db) : BulkRepository(db.connection()) {}

    Status insert(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) const;
    // The largest value of `column` in `table` (its row id by default), 0 when it is empty.
    Result<qint64> maxOf(const QString &table, const QString &column = QStringLiteral("id")) const;
    // Refreshes the planner's statistics and merges the full-text indexes after a bulk load.
    Status optimize() const;

private:
    QSqlDatabase m_db;
};

} // namespace st
