#include "storage/ResolutionRepository.h"

#include "storage/FastRows.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QObject>

namespace st {

namespace {

// The unit separator cannot occur in a URL or a state code, so lists travel in one column.
const QChar kListSeparator(0x1f);

QString selectResolution(const QSqlDatabase &db)
{
    const SqlDialect &dialect = dialectOf(db);
    const QString separator = dialect.character(kListSeparator.unicode());
    return QStringLiteral(
        "SELECT r.id, r.symbol, r.number, r.adopted_on, r.status, r.kind, g.code, r.title, "
        " r.votes_for, r.votes_against, r.votes_abstain, r.vetoed_by, r.chapter_vii, r.summary, r.note, %1, %2 "
        "FROM resolutions r LEFT JOIN regimes g ON g.id = r.regime_id ")
        .arg(dialect.joinedInOrder(QStringLiteral("s.code"), separator,
                                   QStringLiteral("FROM resolution_states rs JOIN states s ON s.id = rs.state_id "
                                                  "WHERE rs.resolution_id = r.id"),
                                   QStringLiteral("rs.position")),
             dialect.joinedInOrder(QStringLiteral("url"), separator,
                                   QStringLiteral("FROM resolution_sources WHERE resolution_id = r.id"),
                                   QStringLiteral("position")));
}

QStringList splitList(const QVariant &v)
{
    return v.isNull() ? QStringList() : v.toString().split(kListSeparator);
}

// NULL when the resolution names no regime.
Result<QVariant> regimeIdOf(const QSqlDatabase &db, const QString &regimeCode)
{
    if (regimeCode.isEmpty())
        return QVariant();
    auto id = RegimeRepository(db).idOf(regimeCode);
    if (!id)
        return id.error();
    return QVariant(id.value());
}

QVariant chapterValue(const Resolution &res)
{
    return res.chapterVii ? QVariant(*res.chapterVii ? 1 : 0) : QVariant();
}

std::optional<bool> optionalBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

Resolution resolutionFrom(const QSqlQuery &r)
{
    Resolution res;
    res.id = r.value(0).toLongLong();
    res.symbol = r.value(1).toString();
    if (!r.value(2).isNull())
        res.number = r.value(2).toInt();
    res.date = sql::dateFrom(r.value(3));
    res.status = fromCode<ResolutionStatus>(r.value(4).toString()).value_or(ResolutionStatus::Adopted);
    res.kind = fromCode<ResolutionKind>(r.value(5).toString()).value_or(ResolutionKind::Other);
    res.regimeCode = r.value(6).toString();
    res.title = r.value(7).toString();
    res.votes = {r.value(8).toInt(), r.value(9).toInt(), r.value(10).toInt()};
    res.vetoedBy = r.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    res.chapterVii = optionalBool(r.value(12));
    res.summary = r.value(13).toString();
    res.note = r.value(14).toString();
    res.states = splitList(r.value(15));
    res.sources = splitList(r.value(16));
    return res;
}

} // namespace

Result<QList<Resolution>> ResolutionRepository::all() const
{
    return sql::collect(m_db, selectResolution(m_db) + QStringLiteral("ORDER BY r.adopted_on, r.symbol"), {},
                        [](const QSqlQuery &row) { return resolutionFrom(row); });
}

Result<QList<Resolution>> ResolutionRepository::forState(const QString &stateCode) const
{
    return sql::collect(m_db, selectResolution(m_db) + QStringLiteral(
        "WHERE EXISTS (SELECT 1 FROM resolution_states rs JOIN states s ON s.id = rs.state_id "
        " WHERE rs.resolution_id = r.id AND s.code = ?) ORDER BY r.adopted_on, r.symbol"), {stateCode},
                        [](const QSqlQuery &row) { return resolutionFrom(row); });
}

Result<std::optional<Resolution>> ResolutionRepository::findBySymbol(const QString &symbol) const
{
    auto q = sql::run(m_db, selectResolution(m_db) + QStringLiteral("WHERE r.symbol = ?"), {symbol});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Resolution>();
    return std::optional<Resolution>(resolutionFrom(q.value()));
}

namespace {

QString selectSummary(const QSqlDatabase &db, ResolutionRepository::TriggerText triggerText)
{
    const QString triggers = triggerText == ResolutionRepository::TriggerText::Left
                                 ? QStringLiteral("NULL")
                                 : dialectOf(db).joinedInOrder(
                                       QStringLiteral("e.kind || ' ' || coalesce(e.local_date, e.occurred_on) || ' ' || e.occurred_on"),
                                       QStringLiteral("'; '"),
                                       QStringLiteral("FROM resolution_triggers t JOIN trigger_events e ON e.id = t.event_id "
                                                      "WHERE t.resolution_id = r.id"),
                                       QStringLiteral("t.position"));
    return QStringLiteral(
        "SELECT r.id, r.symbol, r.number, r.adopted_on, r.status, r.kind, r.votes_for, r.votes_against, "
        " r.votes_abstain, r.chapter_vii, r.title, "
        " (SELECT count(*) FROM measures m WHERE m.resolution_id = r.id), %1 "
        "FROM resolutions r ").arg(triggers);
}

Result<QList<ResolutionSummary>> summariesWhere(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                                                ResolutionRepository::TriggerText triggerText =
                                                    ResolutionRepository::TriggerText::Included)
{
    // Through SQLite's own interface where it can: the timeline of all states reads 100,000 of them.
    QList<ResolutionSummary> out;
    const Status read = forEachFastRow(db, selectSummary(db, triggerText) + where, values, [&out](const auto &r) {
        ResolutionSummary s;
        s.id = r.integer(0);
        s.symbol = r.text(1);
        if (!r.isNull(2))
            s.number = int(r.integer(2));
        s.date = r.date(3);
        s.status = r.template code<ResolutionStatus>(4).value_or(ResolutionStatus::Adopted);
        s.kind = r.template code<ResolutionKind>(5).value_or(ResolutionKind::Other);
        s.votes = {int(r.integer(6)), int(r.integer(7)), int(r.integer(8))};
        if (!r.isNull(9))
            s.chapterVii = r.integer(9) != 0;
        s.title = r.text(10);
        s.measureCount = int(r.integer(11));
        s.triggers = r.text(12);
        out.append(std::move(s));
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace

Result<QList<ResolutionSummary>> ResolutionRepository::summaries(const QString &stateCode, TriggerText triggerText) const
{
    return summariesWhere(m_db, QStringLiteral(
        "WHERE CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM resolution_states rs "
        " JOIN states s ON s.id = rs.state_id WHERE rs.resolution_id = r.id AND s.code = ?) "
        "ORDER BY r.adopted_on, r.symbol"), {sql::orNull(stateCode), sql::orNull(stateCode)}, triggerText);
}

Result<QList<ResolutionSummary>> ResolutionRepository::summariesOf(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<ResolutionSummary>();
    QString marks(ids.size() * 2 - 1, QLatin1Char(','));
    QVariantList values;
    values.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks[i * 2] = QLatin1Char('?');
        values << ids[i];
    }
    return summariesWhere(m_db, QStringLiteral("WHERE r.id IN (%1)").arg(marks), values);
}

Result<qint64> ResolutionRepository::upsert(const Resolution &res) const
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();

    auto regimeId = regimeIdOf(m_db, res.regimeCode);
    if (!regimeId)
        return regimeId.error();
    const QVariant chapter = chapterValue(res);
    const QString upsert = dialectOf(m_db).upsertTail(
        {QStringLiteral("symbol")},
        {QStringLiteral("number"), QStringLiteral("adopted_on"), QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("regime_id"), QStringLiteral("title"), QStringLiteral("votes_for"), QStringLiteral("votes_against"), QStringLiteral("votes_abstain"), QStringLiteral("vetoed_by"), QStringLiteral("chapter_vii"), QStringLiteral("summary"), QStringLiteral("note")});
    auto newId = sql::returningId(m_db, QStringLiteral(
        "INSERT INTO resolutions(symbol, number, adopted_on, status, kind, regime_id, title, votes_for, "
        " votes_against, votes_abstain, vetoed_by, chapter_vii, summary, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) %1 RETURNING id").arg(upsert),
        {res.symbol, res.number ? QVariant(*res.number) : QVariant(), sql::dateText(res.date), toCode(res.status),
         toCode(res.kind), regimeId.value(), res.title, res.votes.inFavour, res.votes.against, res.votes.abstaining,
         sql::text(res.vetoedBy.join(QLatin1Char(' '))), chapter, sql::text(res.summary), sql::orNull(res.note)});
    if (!newId)
        return newId.error();
    const qint64 id = newId.value();
    if (auto done = replaceChildren(id, res); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return id;
}

Status ResolutionRepository::replaceChildren(qint64 id, const Resolution &res) const
{
    QVariantList stateIds;
    for (const QString &code : res.states) {
        auto stateId = StateRepository(m_db).idOf(code);
        if (!stateId)
            return stateId.error();
        stateIds << stateId.value();
    }
    QVariantList urls;
    for (const QString &url : res.sources)
        urls << url;
    if (auto done = replaceList(id, QStringLiteral("resolution_states"), QStringLiteral("state_id"), stateIds); !done)
        return done;
    return replaceList(id, QStringLiteral("resolution_sources"), QStringLiteral("url"), urls);
}

// Rewrites a resolution's ordered child list only when it differs, so a merge of unchanged data
// leaves no trace in the audit log.
Status ResolutionRepository::replaceList(qint64 id, const QString &table, const QString &column,
                                         const QVariantList &values) const
{
    // `table` and `column` are ours (see upsert), never input.
    auto existing = sql::collect(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE resolution_id = ? ORDER BY position")
                                           .arg(column, table), {id}, [](const QSqlQuery &q) { return q.value(0); });
    if (!existing)
        return existing.error();
    if (existing.value() == values)
        return {};
    if (auto done = sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE resolution_id = ?").arg(table), {id}); !done)
        return done;
    for (int i = 0; i < values.size(); ++i) {
        auto done = sql::exec(m_db, QStringLiteral("INSERT INTO %1(resolution_id, position, %2) VALUES (?, ?, ?)")
                                        .arg(table, column), {id, i, values[i]});
        if (!done)
            return done;
    }
    return {};
}

Result<qint64> ResolutionRepository::idOf(const QString &symbol) const
{
    return idByKey(m_db, QStringLiteral("SELECT id FROM resolutions WHERE symbol = ?"), symbol,
                   QObject::tr("resolution"));
}

Status ResolutionRepository::remove(qint64 id) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM resolutions WHERE id = ?"), {id});
}

Result<std::optional<Resolution>> ResolutionRepository::findById(qint64 id) const
{
    auto q = sql::run(m_db, selectResolution(m_db) + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Resolution>();
    return std::optional<Resolution>(resolutionFrom(q.value()));
}

Status ResolutionRepository::update(qint64 id, const Resolution &res) const
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto regimeId = regimeIdOf(m_db, res.regimeCode);
    if (!regimeId)
        return regimeId.error();
    auto done = sql::exec(m_db, QStringLiteral(
        "UPDATE resolutions SET symbol = ?, number = ?, adopted_on = ?, status = ?, kind = ?, regime_id = ?, "
        " title = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, vetoed_by = ?, chapter_vii = ?, "
        " summary = ?, note = ? WHERE id = ?"),
        {res.symbol, res.number ? QVariant(*res.number) : QVariant(), sql::dateText(res.date), toCode(res.status),
         toCode(res.kind), regimeId.value(), res.title, res.votes.inFavour, res.votes.against, res.votes.abstaining,
         sql::text(res.vetoedBy.join(QLatin1Char(' '))), chapterValue(res), sql::text(res.summary),
         sql::orNull(res.note), id});
    if (!done)
        return done;
    if (auto replaced = replaceChildren(id, res); !replaced)
        return replaced;
    return tx.commit();
}

Result<qint64> ResolutionRepository::idOfNumber(int number) const
{
    return idByKey(m_db, QStringLiteral("SELECT id FROM resolutions WHERE number = ?"), QString::number(number),
                   QObject::tr("resolution number"));
}

Result<int> ResolutionRepository::count() const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM resolutions"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<int> ResolutionRepository::countForState(const QString &stateCode) const
{
    if (stateCode.isEmpty())
        return count();
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM resolution_states rs JOIN states s ON s.id = rs.state_id "
                                              "WHERE s.code = ?"),
                         {stateCode});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace st
