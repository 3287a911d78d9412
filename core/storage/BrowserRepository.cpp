#include "storage/BrowserRepository.h"

#include "storage/FastRows.h"
#include "storage/MeasureRepository.h"
#include "storage/MeasureShare.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QRegularExpression>

namespace st {

namespace {

constexpr int kMaxSearchTerms = 8;
constexpr int kMinTermLength = 2;

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

// A sort key that may be empty (no cap, no end date, Chapter VII not known, no trigger) puts the empty
// ones first in ascending order and last in descending on both engines: SQLite's default, which
// PostgreSQL reverses, so a team database showed them at the other end from a file.
QString directionWithEmpty(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST");
}

// The WHERE clause is assembled from constant fragments only; every value is bound.
struct Where {
    QStringList clauses;
    QVariantList values;
    void add(const QString &clause, const QVariantList &bound)
    {
        clauses << clause;
        values << bound;
    }
    [[nodiscard]] QString text() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

// Resolutions whose own text, one of whose measures, or one of whose trigger events matches the
// bound query (bound three times).
QString resolutionsMatching(const SqlDialect &dialect)
{
    return QStringLiteral("r.id IN (%1 UNION SELECT m.resolution_id FROM measures m WHERE m.id IN (%2) "
                          " UNION SELECT rt.resolution_id FROM resolution_triggers rt WHERE rt.event_id IN (%3))")
        .arg(dialect.fullTextRowids(QStringLiteral("resolution_text")),
             dialect.fullTextRowids(QStringLiteral("measure_text")),
             dialect.fullTextRowids(QStringLiteral("trigger_event_text")));
}

QString resolutionOrder(const SqlDialect &dialect, ResolutionSortKey key, Qt::SortOrder order)
{
    const QString dir = direction(order);
    QString first;
    switch (key) {
    case ResolutionSortKey::Date:
        return QStringLiteral(" ORDER BY r.adopted_on") + dir + QStringLiteral(", r.symbol") + dir;
    case ResolutionSortKey::StatusCode:
        first = QStringLiteral("r.status");
        break;
    case ResolutionSortKey::Kind:
        first = QStringLiteral("r.kind");
        break;
    case ResolutionSortKey::Vote:
        first = QStringLiteral("r.votes_for") + dir + QStringLiteral(", r.votes_against");
        break;
    case ResolutionSortKey::ChapterVii:
        first = QStringLiteral("r.chapter_vii");
        break;
    case ResolutionSortKey::Measures:
        first = QStringLiteral("(SELECT count(*) FROM measures m WHERE m.resolution_id = r.id)");
        break;
    case ResolutionSortKey::Triggers:
        first = QStringLiteral("(SELECT e.kind || ' ' || coalesce(e.local_date, e.occurred_on) FROM resolution_triggers t "
                               " JOIN trigger_events e ON e.id = t.event_id WHERE t.resolution_id = r.id "
                               " ORDER BY t.position LIMIT 1)");
        break;
    case ResolutionSortKey::Title:
        first = dialect.caseInsensitive(QStringLiteral("r.title"));
        break;
    }
    return QStringLiteral(" ORDER BY ") + first + directionWithEmpty(order) + QStringLiteral(", r.adopted_on, r.symbol");
}

QString measureOrder(const SqlDialect &dialect, MeasureSortKey key, Qt::SortOrder order)
{
    const QString dir = direction(order);
    QString first;
    switch (key) {
    case MeasureSortKey::Resolution:
        // Walks resolutions_by_date and the (resolution_id, position) key in order: no sort step.
        return QStringLiteral(" ORDER BY r.adopted_on") + dir + QStringLiteral(", r.id") + dir +
               QStringLiteral(", m.position") + dir;
    case MeasureSortKey::State:
        first = QStringLiteral("(SELECT code FROM states WHERE id = m.state_id)");
        break;
    case MeasureSortKey::Type:
        first = QStringLiteral("(SELECT name FROM measure_types WHERE id = m.type_id)");
        break;
    case MeasureSortKey::Action:
        first = QStringLiteral("m.action");
        break;
    case MeasureSortKey::Cap:
        first = QStringLiteral("m.cap_value");
        break;
    case MeasureSortKey::EffectiveFrom:
        first = QStringLiteral("coalesce(m.effective_from, r.adopted_on)");
        break;
    case MeasureSortKey::EffectiveTo:
        first = QStringLiteral("m.effective_to");
        break;
    case MeasureSortKey::Description:
        first = dialect.caseInsensitive(QStringLiteral("m.description"));
        break;
    }
    return QStringLiteral(" ORDER BY ") + first + directionWithEmpty(order) + QStringLiteral(", r.adopted_on, r.id, m.position");
}

Result<QList<qint64>> idsOf(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    // Through SQLite's own interface where it can: every measure's id for "All states" at 100,000 synthetic
    // resolutions (954,628) took 0.18 s as QVariants through QSqlQuery.
    return fastIntegers(db, statement, values);
}

QString placeholders(qsizetype n)
{
    QString text;
    text.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

} // namespace

QStringList searchTerms(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        // A single character matches nearly everything and is the slowest query there is: the first
        // keystroke of a word narrows nothing, the second does.
        if (word.size() < kMinTermLength)
            continue;
        const QString term = word.toLower();
        if (!terms.contains(term))
            terms << term;
        if (terms.size() == kMaxSearchTerms)
            break;
    }
    return terms;
}

Result<QList<StateChoice>> BrowserRepository::states() const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT s.code, s.name, (SELECT count(*) FROM resolution_states rs WHERE rs.state_id = s.id) "
        "FROM states s ORDER BY ") + dialectOf(m_db).caseInsensitive(QStringLiteral("s.name")), {},
                        [](const QSqlQuery &q) { return StateChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()}; });
}

Result<QList<qint64>> BrowserRepository::resolutionIds(const ResolutionFilter &filter, ResolutionSortKey key,
                                                      Qt::SortOrder order) const
{
    Where where;
    if (!filter.stateCode.isEmpty()) {
        where.add(QStringLiteral("r.id IN (SELECT rs.resolution_id FROM resolution_states rs "
                                 " WHERE rs.state_id = (SELECT id FROM states WHERE code = ?))"),
                  {filter.stateCode});
    }
    if (!filter.measureTypeCode.isEmpty()) {
        where.add(QStringLiteral("r.id IN (SELECT m.resolution_id FROM measures m "
                                 " WHERE m.type_id = (SELECT id FROM measure_types WHERE code = ?))"),
                  {filter.measureTypeCode});
    }
    if (filter.status)
        where.add(QStringLiteral("r.status = ?"), {toCode(*filter.status)});
    if (filter.from.isValid())
        where.add(QStringLiteral("r.adopted_on >= ?"), {sql::dateText(filter.from)});
    if (filter.to.isValid())
        where.add(QStringLiteral("r.adopted_on <= ?"), {sql::dateText(filter.to)});
    const SqlDialect &dialect = dialectOf(m_db);
    for (const QString &term : searchTerms(filter.search)) {
        const QString query = dialect.fullTextPrefixQuery(term);
        where.add(resolutionsMatching(dialect), {query, query, query});
    }
    return idsOf(m_db, QStringLiteral("SELECT r.id FROM resolutions r") + where.text() + resolutionOrder(dialect, key, order),
                 where.values);
}

namespace {

// The conditions of a measure filter but its search, on measures `m`.
Where measureConditions(const MeasureFilter &filter)
{
    Where where;
    if (!filter.stateCode.isEmpty())
        where.add(QStringLiteral("m.state_id = (SELECT id FROM states WHERE code = ?)"), {filter.stateCode});
    if (!filter.typeCode.isEmpty())
        where.add(QStringLiteral("m.type_id = (SELECT id FROM measure_types WHERE code = ?)"), {filter.typeCode});
    if (filter.action)
        where.add(QStringLiteral("m.action = ?"), {toCode(*filter.action)});
    return where;
}

// The search's words, each a condition on measures `m`.
void addMeasureSearch(Where &where, const SqlDialect &dialect, const QString &search)
{
    for (const QString &term : searchTerms(search)) {
        where.add(QStringLiteral("m.id IN (%1)").arg(dialect.fullTextRowids(QStringLiteral("measure_text"))),
                  {dialect.fullTextPrefixQuery(term)});
    }
}

} // namespace

Result<int> BrowserRepository::measureCount(const MeasureFilter &filter) const
{
    Where where = measureConditions(filter);
    addMeasureSearch(where, dialectOf(m_db), filter.search);
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM measures m") + where.text(), where.values);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<qint64>> BrowserRepository::measureIds(const MeasureFilter &filter, MeasureSortKey key,
                                                   Qt::SortOrder order) const
{
    Where where = measureConditions(filter);
    const SqlDialect &dialect = dialectOf(m_db);
    QString measures = QStringLiteral("measures m");
    // Without a condition SQLite walks two covering indexes in order; a state (or type, or action) that
    // keeps a large share of the measures is read in table order (MeasureShare).
    if (!where.clauses.isEmpty() && searchTerms(filter.search).isEmpty() && dialect.inTableOrder(measures) != measures) {
        auto share = measureShare(m_db, where.text(), where.values);
        if (!share)
            return share.error();
        if (share.value().mostOfTheTable)
            measures = dialect.inTableOrder(measures);
    }
    addMeasureSearch(where, dialect, filter.search);
    return idsOf(m_db,
                 QStringLiteral("SELECT m.id FROM %1 JOIN resolutions r ON r.id = m.resolution_id").arg(measures) +
                     where.text() + measureOrder(dialect, key, order),
                 where.values);
}

Result<QList<qint64>> BrowserRepository::measureIdsAmong(const MeasureFilter &filter, const QList<qint64> &among,
                                                        MeasureSortKey key, Qt::SortOrder order) const
{
    if (among.isEmpty())
        return QList<qint64>();
    Where where = measureConditions(filter);
    const SqlDialect &dialect = dialectOf(m_db);
    where.add(QStringLiteral("m.id IN (%1)").arg(dialect.jsonArrayIds()), {sql::idsJson(among)});
    addMeasureSearch(where, dialect, filter.search);
    return idsOf(m_db, QStringLiteral("SELECT m.id FROM measures m JOIN resolutions r ON r.id = m.resolution_id") +
                           where.text() + measureOrder(dialect, key, order),
                 where.values);
}

Result<QList<MeasureRecord>> BrowserRepository::measureRows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<MeasureRecord>();
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return MeasureRepository(m_db).records(QStringLiteral("WHERE m.id IN (%1)").arg(placeholders(ids.size())), values);
}

Result<QList<MeasureRecord>> BrowserRepository::measuresOfResolution(qint64 resolutionId) const
{
    return MeasureRepository(m_db).records(QStringLiteral("WHERE m.resolution_id = ? ORDER BY m.position"), {resolutionId});
}

Result<QList<LaterChange>> BrowserRepository::laterChanges(qint64 resolutionId) const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT m.changes_measure_id, m.id, r.id, r.symbol, r.adopted_on, r.status = 'adopted', m.action, "
        " m.paragraph FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
        "WHERE m.changes_measure_id IN (SELECT id FROM measures WHERE resolution_id = ?) "
        "ORDER BY r.adopted_on, r.symbol, m.position"), {resolutionId}, [](const QSqlQuery &r) {
        LaterChange c;
        c.changedMeasureId = r.value(0).toLongLong();
        c.measureId = r.value(1).toLongLong();
        c.resolutionId = r.value(2).toLongLong();
        c.symbol = r.value(3).toString();
        c.date = sql::dateFrom(r.value(4));
        c.adopted = r.value(5).toBool();
        c.action = fromCode<MeasureAction>(r.value(6).toString()).value_or(MeasureAction::Introduces);
        c.paragraph = r.value(7).toString();
        return c;
    });
}

} // namespace st
