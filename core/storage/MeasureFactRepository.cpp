#include "storage/MeasureFactRepository.h"

#include "common/InOrder.h"
#include "storage/MeasureRepository.h"
#include "storage/MeasureShare.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "domain/Vocabulary.h"

#include <QHash>
#include <QSqlQuery>

#include <utility>

namespace st {

namespace {

// Sorts `facts` by the day each took effect (its own date, else its resolution's), then id.
void putInOrderOfEffect(QList<MeasureFact> &facts)
{
    putInOrder(facts, [](const MeasureFact &f) {
        return std::pair((f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate).toJulianDay(), f.id);
    });
}

} // namespace

Result<QList<MeasureFact>> MeasureFactRepository::forState(const QString &stateCode) const
{
    return MeasureRepository(m_db).facts(QStringLiteral("WHERE (CAST(? AS TEXT) IS NULL OR s.code = ?) "
                                                        "ORDER BY coalesce(m.effective_from, r.adopted_on), m.id"),
                                         {sql::orNull(stateCode), sql::orNull(stateCode)});
}

Result<QList<MeasureFact>> MeasureFactRepository::timingForState(const QString &stateCode) const
{
    const QVariantList values{sql::orNull(stateCode), sql::orNull(stateCode)};
    const QString where = QStringLiteral("WHERE (CAST(? AS TEXT) IS NULL OR m.state_id = (SELECT id FROM states WHERE code = ?)) ");
    // Counted first so the list is allocated once: growing it would hold two copies at its peak.
    // All states, or a state with a large share of the measures, is read in the table's order.
    auto share = measureShare(m_db, where, values);
    if (!share)
        return share.error();
    const QString measures = QStringLiteral("measures m");
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT m.id, m.resolution_id, r.adopted_on, r.status = 'adopted', t.code, t.has_cap, s.code, m.action, "
        " m.effective_from, m.effective_to, m.changes_measure_id, m.cap_value "
        "FROM %1 JOIN resolutions r ON r.id = m.resolution_id "
        " JOIN states s ON s.id = m.state_id JOIN measure_types t ON t.id = m.type_id ")
        .arg(share.value().mostOfTheTable ? dialectOf(m_db).inTableOrder(measures) : measures) + where, values);
    if (!q)
        return q.error();
    QList<MeasureFact> out;
    out.reserve(share.value().kept);
    // Type and state codes repeat on every row: one shared string each instead of one per measure.
    QHash<QString, QString> codes;
    const auto shared = [&codes](const QString &code) {
        auto it = codes.constFind(code);
        return it != codes.constEnd() ? *it : *codes.insert(code, code);
    };
    QSqlQuery &r = q.value();
    while (r.next()) {
        MeasureFact f;
        f.id = r.value(0).toLongLong();
        f.resolutionId = r.value(1).toLongLong();
        f.resolutionDate = sql::dateFrom(r.value(2));
        f.adopted = r.value(3).toBool();
        f.typeCode = shared(r.value(4).toString());
        f.typeHasCap = r.value(5).toBool();
        f.stateCode = shared(r.value(6).toString());
        f.action = fromCode<MeasureAction>(r.value(7).toString()).value_or(MeasureAction::Introduces);
        f.effectiveFrom = sql::dateFrom(r.value(8));
        f.effectiveTo = sql::dateFrom(r.value(9));
        f.changesId = r.value(10).toLongLong();
        if (!r.value(11).isNull())
            f.cap = Cap{r.value(11).toDouble(), {}, {}};
        out.append(std::move(f));
    }
    // In the order the facts took effect (as forState() gives them), sorted here rather than in SQL:
    // a million rows sort several times faster in memory than in SQLite's sorter.
    putInOrderOfEffect(out);
    return out;
}

} // namespace st
