#include "storage/FullTextRepository.h"

#include "common/IdLists.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <algorithm>

namespace st {

Result<QList<qint64>> FullTextRepository::sortedIds(const QString &statement, const QVariantList &values) const
{
    auto ids = sql::collect(m_db, statement, values, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    // FTS5 hands its rowids in order and PostgreSQL need not: sort, and drop the repeats of a UNION ALL.
    QList<qint64> sorted = std::move(ids).value();
    idlists::sortUnique(sorted);
    return sorted;
}

Result<QList<qint64>> FullTextRepository::measuresMatching(const QStringList &terms) const
{
    QList<qint64> matching;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const SqlDialect &dialect = dialectOf(m_db);
        auto ids = sortedIds(dialect.fullTextRowids(QStringLiteral("measure_text")), {dialect.fullTextPrefixQuery(terms[i])});
        if (!ids)
            return ids.error();
        matching = i == 0 ? std::move(ids).value() : idlists::intersection(matching, ids.value());
    }
    return matching;
}

Result<QList<qint64>> FullTextRepository::resolutionsMatchingOwnText(const QString &term) const
{
    const SqlDialect &dialect = dialectOf(m_db);
    // Bound twice: one term, two indexes.
    const QString statement =
        dialect.fullTextRowids(QStringLiteral("resolution_text")) +
        QStringLiteral(" UNION ALL SELECT rt.resolution_id FROM resolution_triggers rt WHERE rt.event_id IN (%1)")
            .arg(dialect.fullTextRowids(QStringLiteral("trigger_event_text")));
    const QString query = dialect.fullTextPrefixQuery(term);
    return sortedIds(statement, {query, query});
}

Result<QList<MeasureOwner>> FullTextRepository::measureOwners() const
{
    // No ORDER BY: SQLite then reads an index holding both columns instead of every measure's row.
    auto owners = sql::collect(m_db, QStringLiteral("SELECT id, resolution_id FROM measures"), {},
                               [](const QSqlQuery &q) { return MeasureOwner{q.value(0).toLongLong(), q.value(1).toLongLong()}; });
    if (!owners)
        return owners.error();
    QList<MeasureOwner> sorted = std::move(owners).value();
    std::sort(sorted.begin(), sorted.end(), [](const MeasureOwner &a, const MeasureOwner &b) { return a.measureId < b.measureId; });
    return sorted;
}

} // namespace st
