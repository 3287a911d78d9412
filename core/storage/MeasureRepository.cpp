#include "storage/MeasureRepository.h"

#include "common/InOrder.h"
#include "domain/MeasureTexts.h"
#include "storage/DisputeRepository.h"
#include "storage/MeasureShare.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QObject>
#include <QSqlRecord>

#include <tuple>

namespace st {

namespace {

// The one query behind every read of measures, its columns named so that each is mapped by name
// (QSqlRecord::indexOf once per query), never by position: a column added here cannot shift another.
// The facts are the light part (200,000 of them for the timeline at scale); a record adds the prose,
// the names and the lineage target.
const QString kFactColumns = QStringLiteral(
    "SELECT m.id AS id, m.resolution_id AS resolution_id, r.symbol AS symbol, r.adopted_on AS resolution_date, "
    " r.status AS status, s.code AS state, t.code AS type, t.has_cap AS type_has_cap, m.action AS action, "
    " m.effective_from AS effective_from, m.effective_to AS effective_to, m.changes_measure_id AS changes_id, "
    " m.cap_value AS cap_value, m.cap_unit AS cap_unit, m.cap_period AS cap_period, "
    " EXISTS (SELECT 1 FROM measure_disputes d WHERE d.measure_id = m.id) AS contested ");
QString recordColumns()
{
    QString texts;
    for (const MeasureText &t : measureTexts())
        texts += QStringLiteral(" m.%1 AS %1,").arg(QLatin1String(t.column));
    return QStringLiteral(
        ", m.position AS position, t.name AS type_name, m.description AS description, m.paragraph AS paragraph, "
        " %1 m.source AS source, m.note AS note, c.resolution_id AS changes_resolution_id, "
        " cr.symbol AS changes_symbol, ct.code AS changes_type, c.paragraph AS changes_paragraph ").arg(texts);
}
const QString &recordColumnsOnce()
{
    static const QString columns = recordColumns();
    return columns;
}

// The columns a save writes besides the resolution and position, in the order columnValues() gives
// their values.
const QStringList &writtenColumns()
{
    static const QStringList columns = [] {
        QStringList c{QStringLiteral("state_id"), QStringLiteral("type_id"), QStringLiteral("action"),
                      QStringLiteral("description"), QStringLiteral("paragraph")};
        for (const MeasureText &t : measureTexts())
            c << QLatin1String(t.column);
        return c + QStringList{QStringLiteral("cap_value"), QStringLiteral("cap_unit"), QStringLiteral("cap_period"),
                               QStringLiteral("effective_from"), QStringLiteral("effective_to"),
                               QStringLiteral("source"), QStringLiteral("note")};
    }();
    return columns;
}
// `measures` is the measures table as aliased m: "measures m", or that read in the table's order.
QString fromMeasures(const QString &measures)
{
    return QStringLiteral("FROM %1 JOIN resolutions r ON r.id = m.resolution_id "
                          " JOIN states s ON s.id = m.state_id JOIN measure_types t ON t.id = m.type_id ").arg(measures);
}
const QString kMeasures = QStringLiteral("measures m");
const QString kFrom = fromMeasures(kMeasures);
const QString kChangesJoin = QStringLiteral(
    " LEFT JOIN measures c ON c.id = m.changes_measure_id "
    " LEFT JOIN resolutions cr ON cr.id = c.resolution_id "
    " LEFT JOIN measure_types ct ON ct.id = c.type_id ");

// Where each named column sits in one query's result; -1 for one the query does not select.
struct FactColumns {
    explicit FactColumns(const QSqlRecord &r)
        : id(r.indexOf(QStringLiteral("id"))), resolutionId(r.indexOf(QStringLiteral("resolution_id")))
        , symbol(r.indexOf(QStringLiteral("symbol"))), resolutionDate(r.indexOf(QStringLiteral("resolution_date")))
        , status(r.indexOf(QStringLiteral("status"))), state(r.indexOf(QStringLiteral("state")))
        , type(r.indexOf(QStringLiteral("type"))), typeHasCap(r.indexOf(QStringLiteral("type_has_cap")))
        , action(r.indexOf(QStringLiteral("action"))), effectiveFrom(r.indexOf(QStringLiteral("effective_from")))
        , effectiveTo(r.indexOf(QStringLiteral("effective_to"))), changesId(r.indexOf(QStringLiteral("changes_id")))
        , capValue(r.indexOf(QStringLiteral("cap_value"))), capUnit(r.indexOf(QStringLiteral("cap_unit")))
        , capPeriod(r.indexOf(QStringLiteral("cap_period"))), contested(r.indexOf(QStringLiteral("contested")))
    {
    }
    int id, resolutionId, symbol, resolutionDate, status, state, type, typeHasCap, action, effectiveFrom,
        effectiveTo, changesId, capValue, capUnit, capPeriod, contested;
};

struct RecordColumns : FactColumns {
    explicit RecordColumns(const QSqlRecord &r)
        : FactColumns(r), position(r.indexOf(QStringLiteral("position")))
        , typeName(r.indexOf(QStringLiteral("type_name"))), description(r.indexOf(QStringLiteral("description")))
        , paragraph(r.indexOf(QStringLiteral("paragraph"))), source(r.indexOf(QStringLiteral("source"))), note(r.indexOf(QStringLiteral("note")))
        , changesResolutionId(r.indexOf(QStringLiteral("changes_resolution_id")))
        , changesSymbol(r.indexOf(QStringLiteral("changes_symbol"))), changesType(r.indexOf(QStringLiteral("changes_type")))
        , changesParagraph(r.indexOf(QStringLiteral("changes_paragraph")))
    {
        for (const MeasureText &t : measureTexts())
            texts.append(r.indexOf(QLatin1String(t.column)));
    }
    int position, typeName, description, paragraph, source, note, changesResolutionId, changesSymbol,
        changesType, changesParagraph;
    QList<int> texts; // measureTexts(), in its order
};

std::optional<Cap> capFrom(const QSqlQuery &q, const FactColumns &c)
{
    if (q.value(c.capValue).isNull())
        return std::nullopt;
    return Cap{q.value(c.capValue).toDouble(), q.value(c.capUnit).toString(), q.value(c.capPeriod).toString()};
}

ResolutionStatus statusFrom(const QSqlQuery &q, const FactColumns &c)
{
    return fromCode<ResolutionStatus>(q.value(c.status).toString()).value_or(ResolutionStatus::Adopted);
}

MeasureAction actionFrom(const QSqlQuery &q, const FactColumns &c)
{
    return fromCode<MeasureAction>(q.value(c.action).toString()).value_or(MeasureAction::Introduces);
}

MeasureFact factFrom(const QSqlQuery &q, const FactColumns &c)
{
    MeasureFact f;
    f.id = q.value(c.id).toLongLong();
    f.resolutionId = q.value(c.resolutionId).toLongLong();
    f.symbol = q.value(c.symbol).toString();
    f.resolutionDate = sql::dateFrom(q.value(c.resolutionDate));
    f.adopted = statusFrom(q, c) == ResolutionStatus::Adopted;
    f.typeCode = q.value(c.type).toString();
    f.typeHasCap = q.value(c.typeHasCap).toBool();
    f.stateCode = q.value(c.state).toString();
    f.action = actionFrom(q, c);
    f.effectiveFrom = sql::dateFrom(q.value(c.effectiveFrom));
    f.effectiveTo = sql::dateFrom(q.value(c.effectiveTo));
    f.changesId = q.value(c.changesId).toLongLong();
    f.cap = capFrom(q, c);
    f.contested = q.value(c.contested).toBool();
    return f;
}

MeasureRecord recordFrom(const QSqlQuery &q, const RecordColumns &c)
{
    MeasureRecord m;
    m.id = q.value(c.id).toLongLong();
    m.resolution = q.value(c.symbol).toString();
    m.position = q.value(c.position).toInt();
    m.stateCode = q.value(c.state).toString();
    m.typeCode = q.value(c.type).toString();
    m.action = actionFrom(q, c);
    m.description = q.value(c.description).toString();
    m.paragraph = q.value(c.paragraph).toString();
    for (qsizetype i = 0; i < c.texts.size(); ++i)
        m.*(measureTexts()[std::size_t(i)].member) = q.value(c.texts[i]).toString();
    m.cap = capFrom(q, c);
    m.effectiveFrom = sql::dateFrom(q.value(c.effectiveFrom));
    m.effectiveTo = sql::dateFrom(q.value(c.effectiveTo));
    if (!q.value(c.changesId).isNull()) {
        m.changesId = q.value(c.changesId).toLongLong();
        m.changes = MeasureRef{q.value(c.changesSymbol).toString(), q.value(c.changesType).toString(),
                               q.value(c.changesParagraph).toString()};
    }
    m.source = q.value(c.source).toString();
    m.note = q.value(c.note).toString();
    m.resolutionId = q.value(c.resolutionId).toLongLong();
    m.resolutionDate = sql::dateFrom(q.value(c.resolutionDate));
    m.status = statusFrom(q, c);
    m.adopted = m.status == ResolutionStatus::Adopted;
    m.contested = q.value(c.contested).toBool();
    m.typeName = q.value(c.typeName).toString();
    m.typeHasCap = q.value(c.typeHasCap).toBool();
    m.changesResolutionId = q.value(c.changesResolutionId).toLongLong();
    return m;
}

// A measure's contested status travels with it (export, report, detail pane).
template<typename M>
Status attachDisputes(const QSqlDatabase &db, QList<M> &measures)
{
    auto disputes = DisputeRepository(db).all();
    if (!disputes)
        return disputes.error();
    if (disputes.value().isEmpty())
        return {};
    for (M &m : measures)
        m.disputes = disputes.value().value(m.id);
    return {};
}

} // namespace

Result<QList<MeasureRecord>> MeasureRepository::records(const QString &where, const QVariantList &values) const
{
    return records(kMeasures, where, values, 0);
}

Result<QList<MeasureRecord>> MeasureRepository::records(const QString &measures, const QString &where,
                                                        const QVariantList &values, qint64 expected) const
{
    auto q = sql::run(m_db, kFactColumns + recordColumnsOnce() + fromMeasures(measures) + kChangesJoin + where, values);
    if (!q)
        return q.error();
    QList<MeasureRecord> out;
    out.reserve(expected);
    const RecordColumns columns(q.value().record());
    while (q.value().next())
        out.append(recordFrom(q.value(), columns));
    return out;
}

Result<QList<MeasureFact>> MeasureRepository::facts(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_db, kFactColumns + kFrom + where, values);
    if (!q)
        return q.error();
    QList<MeasureFact> out;
    const FactColumns columns(q.value().record());
    while (q.value().next())
        out.append(factFrom(q.value(), columns));
    return out;
}

Result<QList<Measure>> MeasureRepository::select(const QString &where, const QVariantList &values) const
{
    auto read = records(where, values);
    if (!read)
        return read.error();
    QList<Measure> out;
    out.reserve(read.value().size());
    for (const MeasureRecord &r : read.value())
        out.append(r); // the measure as entered, without the reader's context

    // A lineage reference names its target's paragraph only when resolve() needs it to pick that one:
    // written without it, the reference must lead back to the same measure.
    auto bareTargets = bareReferenceTargets(where, values);
    if (!bareTargets)
        return bareTargets.error(); // a read that failed, not an answer: the reference's form would be a guess
    for (Measure &m : out) {
        if (m.changes && bareTargets.value().value(m.id) == m.changesId)
            m.changes = MeasureRef{m.changes->resolution, m.changes->type, {}};
    }
    if (auto done = attachDisputes(m_db, out); !done)
        return done.error();
    return out;
}

Result<QHash<qint64, qint64>> MeasureRepository::bareReferenceTargets(const QString &where, const QVariantList &values) const
{
    // What resolve() picks for each reference written without a paragraph (the target's resolution and
    // type, the referring measure's state), in one query for all the measures `where` selects, rather
    // than one query per measure: an export of 100,000 resolutions has hundreds of thousands of them.
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT m.id, (SELECT p.id FROM measures p JOIN resolutions pr ON pr.id = p.resolution_id "
        "              WHERE p.resolution_id = c.resolution_id AND p.type_id = c.type_id AND p.state_id = m.state_id "
        "              ORDER BY coalesce(p.effective_from, pr.adopted_on) DESC, p.position DESC LIMIT 1) ")
        + fromMeasures(kMeasures) + QStringLiteral(" JOIN measures c ON c.id = m.changes_measure_id ") + where, values);
    if (!q)
        return q.error();
    QHash<qint64, qint64> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
    return out;
}

Result<QList<Measure>> MeasureRepository::all() const
{
    return select(QStringLiteral("ORDER BY r.adopted_on, r.symbol, m.position"), {});
}

Result<QList<Measure>> MeasureRepository::forResolution(qint64 resolutionId) const
{
    return select(QStringLiteral("WHERE m.resolution_id = ? ORDER BY m.position"), {resolutionId});
}

Result<QList<MeasureRecord>> MeasureRepository::forState(const QString &stateCode) const
{
    // A state with a large share of the measures is read in the table's order rather than looked up row
    // by row through the state index, and sorted here rather than in SQLite's sorter, which carries every
    // column of these wide rows: the busiest synthetic state's 25,064 measures (an eighth of 194,883)
    // took 0.30-0.41 s that way and 0.20 s in table order in the sqlite3 shell. A small state still goes
    // through the index. Symbols compare by UTF-16 code unit here (they are ASCII: "S/RES/1718 (2006)").
    const QString where = QStringLiteral("WHERE m.state_id = (SELECT id FROM states WHERE code = ?) ");
    auto share = measureShare(m_db, where, {stateCode});
    if (!share)
        return share.error();
    auto out = records(share.value().mostOfTheTable ? dialectOf(m_db).inTableOrder(kMeasures) : kMeasures, where,
                       {stateCode}, share.value().kept);
    if (!out)
        return out.error();
    putInOrder(out.value(), [](const MeasureRecord &m) { return std::tuple(m.resolutionDate.toJulianDay(), m.resolution, m.position); });
    if (auto done = attachDisputes(m_db, out.value()); !done)
        return done.error();
    return out;
}

Result<QVariantList> MeasureRepository::columnValues(const Measure &m) const
{
    auto stateId = StateRepository(m_db).idOf(m.stateCode);
    if (!stateId)
        return stateId.error();
    auto typeId = MeasureTypeRepository(m_db).idOf(m.typeCode);
    if (!typeId)
        return typeId.error();
    const QVariant capValue = m.cap ? QVariant(m.cap->value) : QVariant();
    const QVariant capUnit = m.cap ? sql::orNull(m.cap->unit) : QVariant();
    const QVariant capPeriod = m.cap ? sql::orNull(m.cap->period) : QVariant();
    QVariantList values{stateId.value(), typeId.value(), toCode(m.action), m.description, sql::orNull(m.paragraph)};
    for (const MeasureText &t : measureTexts())
        values << sql::orNull(m.*(t.member));
    return values + QVariantList{capValue, capUnit, capPeriod, sql::orNull(m.effectiveFrom), sql::orNull(m.effectiveTo),
                                 m.source, sql::orNull(m.note)};
}

Result<qint64> MeasureRepository::upsertAt(qint64 resolutionId, const Measure &m) const
{
    auto columns = columnValues(m);
    if (!columns)
        return columns.error();
    const QStringList &written = writtenColumns();
    const QString upsert = dialectOf(m_db).upsertTail({QStringLiteral("resolution_id"), QStringLiteral("position")}, written);
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO measures(resolution_id, position, %1) VALUES (?, ?%2) %3 RETURNING id")
        .arg(written.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(written.size()), upsert),
        QVariantList{resolutionId, m.position} + columns.value());
}

Status MeasureRepository::removeFrom(qint64 resolutionId, int fromPosition) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM measures WHERE resolution_id = ? AND position >= ?"),
                     {resolutionId, fromPosition});
}

Status MeasureRepository::setChanges(qint64 measureId, qint64 changesMeasureId) const
{
    return sql::exec(m_db, QStringLiteral("UPDATE measures SET changes_measure_id = ? WHERE id = ?"),
                     {sql::orNull(changesMeasureId), measureId});
}

Result<qint64> MeasureRepository::resolve(const MeasureRef &ref, const QString &stateCode) const
{
    auto id = sql::scalar(m_db, QStringLiteral(
        "SELECT m.id FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
        " JOIN measure_types t ON t.id = m.type_id JOIN states s ON s.id = m.state_id "
        "WHERE r.symbol = ? AND t.code = ? AND s.code = ? AND (CAST(? AS TEXT) IS NULL OR m.paragraph = ?) "
        "ORDER BY coalesce(m.effective_from, r.adopted_on) DESC, m.position DESC LIMIT 1"),
        {ref.resolution, ref.type, stateCode, sql::orNull(ref.paragraph), sql::orNull(ref.paragraph)});
    if (!id)
        return id.error();
    if (!id.value().isValid()) {
        QString what = QObject::tr("%1 has no %2 measure for %3").arg(ref.resolution, ref.type, stateCode);
        if (!ref.paragraph.isEmpty())
            what += QObject::tr(" in %1").arg(ref.paragraph);
        return Error{Error::Code::NotFound, QObject::tr("The earlier measure is not known: %1.").arg(what)};
    }
    return id.value().toLongLong();
}

Result<std::optional<Measure>> MeasureRepository::findById(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE m.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<Measure>() : std::optional<Measure>(found.value().first());
}

Result<qint64> MeasureRepository::insert(qint64 resolutionId, const Measure &measure) const
{
    auto next = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM measures "
                                                 "WHERE resolution_id = ?"), {resolutionId});
    if (!next)
        return next.error();
    Measure placed = measure;
    placed.position = next.value().toInt();
    return upsertAt(resolutionId, placed);
}

Status MeasureRepository::update(qint64 id, qint64 resolutionId, const Measure &m) const
{
    auto columns = columnValues(m);
    if (!columns)
        return columns.error();
    // A measure that moves to another resolution goes after that resolution's measures.
    return sql::exec(m_db, QStringLiteral(
        "UPDATE measures SET position = CASE WHEN resolution_id = ? THEN position ELSE "
        "  (SELECT coalesce(max(position) + 1, 0) FROM measures WHERE resolution_id = ?) END, "
        " resolution_id = ?, %1 = ? WHERE id = ?").arg(writtenColumns().join(QStringLiteral(" = ?, "))),
        QVariantList{resolutionId, resolutionId, resolutionId} + columns.value() + QVariantList{id});
}

Status MeasureRepository::remove(qint64 id) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM measures WHERE id = ?"), {id});
}

Result<QList<Measure>> MeasureRepository::earlierOf(const QString &stateCode, const QString &typeCode,
                                                    const QDate &before) const
{
    return select(QStringLiteral("WHERE s.code = ? AND t.code = ? AND r.adopted_on < ? "
                                 "ORDER BY r.adopted_on, r.symbol, m.position"),
                  {stateCode, typeCode, sql::dateText(before)});
}

Result<int> MeasureRepository::cappedCountOfType(const QString &typeCode) const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM measures m JOIN measure_types t ON t.id = m.type_id "
                                              "WHERE t.code = ? AND m.cap_value IS NOT NULL"), {typeCode});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<int> MeasureRepository::count() const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM measures"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace st
