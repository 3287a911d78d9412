#include "storage/MeasureFactRepository.h"

#include "storage/MeasureRepository.h"
#include "storage/Sql.h"
#include "domain/Vocabulary.h"

#include <QHash>
#include <QSqlQuery>

namespace st {

Result<QList<MeasureFact>> MeasureFactRepository::forState(const QString &stateCode) const
{
    return MeasureRepository(m_db).facts(QStringLiteral("WHERE (? IS NULL OR s.code = ?) "
                                                        "ORDER BY coalesce(m.effective_from, r.adopted_on), m.id"),
                                         {sql::orNull(stateCode), sql::orNull(stateCode)});
}

Result<QList<MeasureFact>> MeasureFactRepository::timingForState(const QString &stateCode) const
{
    const QVariantList values{sql::orNull(stateCode), sql::orNull(stateCode)};
    const QString where = QStringLiteral("WHERE (? IS NULL OR m.state_id = (SELECT id FROM states WHERE code = ?)) ");
    // Counted first so the list is allocated once: growing it would hold two copies at its peak.
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM measures m ") + where, values);
    if (!count)
        return count.error();
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT m.id, m.resolution_id, r.adopted_on, r.status = 'adopted', t.code, t.has_cap, s.code, m.action, "
        " m.effective_from, m.effective_to, m.changes_measure_id, m.cap_value "
        "FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
        " JOIN states s ON s.id = m.state_id JOIN measure_types t ON t.id = m.type_id ") + where +
        QStringLiteral("ORDER BY coalesce(m.effective_from, r.adopted_on), m.id"), values);
    if (!q)
        return q.error();
    QList<MeasureFact> out;
    out.reserve(count.value().toInt());
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
    return out;
}

} // namespace st
