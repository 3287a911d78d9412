#include "storage/MeasureRepository.h"

#include "storage/DisputeRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QObject>

namespace st {

namespace {

const QString kSelectMeasure = QStringLiteral(
    "SELECT m.id, r.symbol, m.position, s.code, t.code, m.action, m.description, m.paragraph, "
    " m.cap_value, m.cap_unit, m.cap_period, m.effective_from, m.effective_to, m.changes_measure_id, "
    " cr.symbol, ct.code, c.paragraph, m.source, m.note "
    "FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
    " JOIN states s ON s.id = m.state_id JOIN measure_types t ON t.id = m.type_id "
    " LEFT JOIN measures c ON c.id = m.changes_measure_id "
    " LEFT JOIN resolutions cr ON cr.id = c.resolution_id "
    " LEFT JOIN measure_types ct ON ct.id = c.type_id ");

Measure measureFrom(const QSqlQuery &r)
{
    Measure m;
    m.id = r.value(0).toLongLong();
    m.resolution = r.value(1).toString();
    m.position = r.value(2).toInt();
    m.stateCode = r.value(3).toString();
    m.typeCode = r.value(4).toString();
    m.action = fromCode<MeasureAction>(r.value(5).toString()).value_or(MeasureAction::Introduces);
    m.description = r.value(6).toString();
    m.paragraph = r.value(7).toString();
    if (!r.value(8).isNull())
        m.cap = Cap{r.value(8).toDouble(), r.value(9).toString(), r.value(10).toString()};
    m.effectiveFrom = sql::dateFrom(r.value(11));
    m.effectiveTo = sql::dateFrom(r.value(12));
    if (!r.value(13).isNull()) {
        m.changesId = r.value(13).toLongLong();
        m.changes = MeasureRef{r.value(14).toString(), r.value(15).toString(), r.value(16).toString()};
    }
    m.source = r.value(17).toString();
    m.note = r.value(18).toString();
    return m;
}

// A measure's contested status travels with it (export, report, detail pane).
Status attachDisputes(const QSqlDatabase &db, QList<Measure> &measures)
{
    auto disputes = DisputeRepository(db).all();
    if (!disputes)
        return disputes.error();
    if (disputes.value().isEmpty())
        return {};
    for (Measure &m : measures)
        m.disputes = disputes.value().value(m.id);
    return {};
}

} // namespace

Result<QList<Measure>> MeasureRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_db, kSelectMeasure + where, values);
    if (!q)
        return q.error();
    QList<Measure> out;
    while (q.value().next())
        out.append(measureFrom(q.value()));

    // A lineage reference names its target's paragraph only when resolve() needs it to pick that one.
    for (Measure &m : out) {
        if (!m.changes)
            continue;
        MeasureRef bare{m.changes->resolution, m.changes->type, {}};
        auto picked = resolve(bare, m.stateCode);
        if (picked && picked.value() == m.changesId)
            m.changes = bare;
    }
    if (auto done = attachDisputes(m_db, out); !done)
        return done.error();
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

Result<QList<Measure>> MeasureRepository::forState(const QString &stateCode) const
{
    auto q = sql::run(m_db, kSelectMeasure + QStringLiteral("WHERE s.code = ? ORDER BY r.adopted_on, r.symbol, m.position"),
                      {stateCode});
    if (!q)
        return q.error();
    QList<Measure> out;
    while (q.value().next())
        out.append(measureFrom(q.value()));
    if (auto done = attachDisputes(m_db, out); !done)
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
    return QVariantList{stateId.value(), typeId.value(), toCode(m.action), m.description, sql::orNull(m.paragraph),
                        capValue, capUnit, capPeriod, sql::orNull(m.effectiveFrom), sql::orNull(m.effectiveTo),
                        m.source, sql::orNull(m.note)};
}

Result<qint64> MeasureRepository::upsertAt(qint64 resolutionId, const Measure &m) const
{
    auto columns = columnValues(m);
    if (!columns)
        return columns.error();
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO measures(resolution_id, position, state_id, type_id, action, description, paragraph, "
        " cap_value, cap_unit, cap_period, effective_from, effective_to, source, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(resolution_id, position) DO UPDATE SET "
        " state_id = excluded.state_id, type_id = excluded.type_id, action = excluded.action, "
        " description = excluded.description, paragraph = excluded.paragraph, cap_value = excluded.cap_value, "
        " cap_unit = excluded.cap_unit, cap_period = excluded.cap_period, "
        " effective_from = excluded.effective_from, effective_to = excluded.effective_to, "
        " source = excluded.source, note = excluded.note RETURNING id"),
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
        "WHERE r.symbol = ? AND t.code = ? AND s.code = ? AND (? IS NULL OR m.paragraph = ?) "
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
        " resolution_id = ?, state_id = ?, type_id = ?, action = ?, description = ?, paragraph = ?, "
        " cap_value = ?, cap_unit = ?, cap_period = ?, effective_from = ?, effective_to = ?, "
        " source = ?, note = ? WHERE id = ?"),
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
