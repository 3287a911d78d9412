#include "storage/FullTextRepository.h"

#include "common/IdLists.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"

#include <algorithm>

namespace st {

namespace {

// The first `columns` columns of every row, as integers, row after row in one list; `texts` bound in
// order. Through SQLite's own interface where it can (a third of a million ids took 30-40 ms through
// QSqlQuery, which makes a QVariant of every value), through Qt's SQL layer on a server.
Result<QList<qint64>> integerRows(const QSqlDatabase &db, const QString &statement, const QStringList &texts, int columns)
{
    auto direct = SqliteStatement::prepare(db, statement);
    if (!direct)
        return direct.error();
    if (direct.value()) {
        for (const QString &text : texts)
            direct.value()->text(text);
        return direct.value()->integers(columns);
    }
    QVariantList values;
    for (const QString &text : texts)
        values << text;
    QList<qint64> read;
    if (auto done = sql::forEachRow(db, statement, values, [&](const QSqlQuery &q) {
            for (int c = 0; c < columns; ++c)
                read.append(q.value(c).toLongLong());
        });
        !done)
        return done.error();
    return read;
}

} // namespace

Result<QList<qint64>> FullTextRepository::sortedIds(const QString &statement, const QStringList &texts) const
{
    auto ids = integerRows(m_db, statement, texts, 1);
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
    auto pairs = integerRows(m_db, QStringLiteral("SELECT id, resolution_id FROM measures"), {}, 2);
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
