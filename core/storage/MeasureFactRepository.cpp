#include "storage/MeasureFactRepository.h"

#include "storage/Sql.h"

#include <QHash>

namespace st {

Result<QList<MeasureFact>> MeasureFactRepository::forState(const QString &stateCode) const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT m.id, r.id, r.symbol, r.adopted_on, r.status = 'adopted', t.code, s.code, m.action, "
        " m.effective_from, m.effective_to, m.changes_measure_id, m.cap_value, m.cap_unit, m.cap_period, t.has_cap, "
        " EXISTS (SELECT 1 FROM measure_disputes d WHERE d.measure_id = m.id) "
        "FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
        " JOIN measure_types t ON t.id = m.type_id JOIN states s ON s.id = m.state_id "
        "WHERE (? IS NULL OR s.code = ?) "
        "ORDER BY coalesce(m.effective_from, r.adopted_on), m.id"),
        {sql::orNull(stateCode), sql::orNull(stateCode)});
    if (!q)
        return q.error();
    QList<MeasureFact> out;
    // All states hold ~200,000 measures at 20,000 synthetic resolutions: one shared copy of each symbol
    // and code instead of three new strings per measure (about a third of the list's memory).
    QHash<QString, QString> shared;
    const auto once = [&shared](const QString &text) {
        auto it = shared.constFind(text);
        return it != shared.cend() ? *it : *shared.insert(text, text);
    };
    QSqlQuery &r = q.value();
    while (r.next()) {
        MeasureFact f;
        f.id = r.value(0).toLongLong();
        f.resolutionId = r.value(1).toLongLong();
        f.symbol = once(r.value(2).toString());
        f.resolutionDate = sql::dateFrom(r.value(3));
        f.adopted = r.value(4).toBool();
        f.typeCode = once(r.value(5).toString());
        f.stateCode = once(r.value(6).toString());
        f.action = fromCode<MeasureAction>(r.value(7).toString()).value_or(MeasureAction::Introduces);
        f.effectiveFrom = sql::dateFrom(r.value(8));
        f.effectiveTo = sql::dateFrom(r.value(9));
        f.changesId = r.value(10).toLongLong();
        if (!r.value(11).isNull())
            f.cap = Cap{r.value(11).toDouble(), r.value(12).toString(), r.value(13).toString()};
        f.typeHasCap = r.value(14).toBool();
        f.contested = r.value(15).toBool();
        out.append(std::move(f));
    }
    return out;
}

} // namespace st
