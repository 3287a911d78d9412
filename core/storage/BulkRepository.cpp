#include "storage/BulkRepository.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

namespace {
// Qt's SQLite driver looks up each parameter by name when binding, which costs time proportional to
// the number of parameters: a few hundred values per statement is the sweet spot between that and the
// cost of preparing one statement per row.
constexpr int kMaxValuesPerStatement = 240;
} // namespace

Status BulkRepository::insert(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) const
{
    if (rows.isEmpty())
        return {};
    const int width = int(columns.size());
    const int rowsPerStatement = qMax(1, kMaxValuesPerStatement / width);
    QString tuple = QStringLiteral("(?");
    for (int c = 1; c < width; ++c)
        tuple += QStringLiteral(",?");
    tuple += QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));

    for (qsizetype start = 0; start < rows.size(); start += rowsPerStatement) {
        const qsizetype n = qMin<qsizetype>(rowsPerStatement, rows.size() - start);
        QString statement = head;
        statement.reserve(head.size() + n * (tuple.size() + 1));
        QVariantList values;
        values.reserve(n * width);
        for (qsizetype i = 0; i < n; ++i) {
            if (i > 0)
                statement += QLatin1Char(',');
            statement += tuple;
            const QVariantList &row = rows[start + i];
            Q_ASSERT(row.size() == width);
            values << row;
        }
        if (auto done = sql::exec(m_db, statement, values); !done)
            return done;
    }
    // Rows written with their ids leave a server's id sequence where it was: the next record a form
    // or an import adds would take an id these rows already hold.
    if (const QString follow = dialectOf(m_db).followExplicitIds(table);
        columns.contains(QStringLiteral("id")) && !follow.isEmpty())
        return sql::exec(m_db, follow);
    return {};
}

Result<qint64> BulkRepository::maxOf(const QString &table, const QString &column) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(%2), 0) FROM %1").arg(table, column));
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Status BulkRepository::optimize() const
{
    for (const QString &statement : dialectOf(m_db).afterBulkLoad()) {
        if (auto done = sql::exec(m_db, statement); !done)
            return done;
    }
    return {};
}

} // namespace st
