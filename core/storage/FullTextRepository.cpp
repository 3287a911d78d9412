#include "storage/FullTextRepository.h"

#include "common/IdLists.h"
#include "storage/FastRows.h"
#include "storage/SqlDialect.h"

#include <algorithm>

namespace st {

Result<QList<qint64>> FullTextRepository::sortedIds(const QString &statement, const QStringList &texts) const
{
    // Through SQLite's own interface where it can: a third of a million ids took 30-40 ms through
    // QSqlQuery, which makes a QVariant of every value.
    auto ids = fastIntegers(m_db, statement, QVariantList(texts.cbegin(), texts.cend()));
    if (!ids)
        return ids.error();
    // FTS5 hands its rowids in order and PostgreSQL need not: sort, and drop the repeats of a UNION ALL.
    QList<qint64> sorted = std::move(ids).value();
    idlists::sortUnique(sorted);
    return sorted;
}

Result<QList<qint64>> FullTextRepository::measuresMatching(const QStringList &terms) const
{
    const SqlDialect &dialect = dialectOf(m_db);
    return idlists::matchingEvery(terms, [&](const QString &term) {
        return sortedIds(dialect.fullTextRowids(QStringLiteral("measure_text")), {dialect.fullTextPrefixQuery(term)});
    });
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
    auto pairs = fastIntegers(m_db, QStringLiteral("SELECT id, resolution_id FROM measures"), {}, 2);
    if (!pairs)
        return pairs.error();
    QList<MeasureOwner> sorted;
    sorted.reserve(pairs.value().size() / 2);
    for (qsizetype i = 0; i + 1 < pairs.value().size(); i += 2)
        sorted.append({pairs.value()[i], pairs.value()[i + 1]});
    std::sort(sorted.begin(), sorted.end(), [](const MeasureOwner &a, const MeasureOwner &b) { return a.measureId < b.measureId; });
    return sorted;
}

} // namespace st
