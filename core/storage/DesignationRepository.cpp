#include "storage/DesignationRepository.h"

#include "storage/ReferenceData.h"
#include "storage/Sql.h"

namespace st {

Result<QList<Designation>> DesignationRepository::all() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT d.id, d.reference_number, d.kind, d.name, d.listed_on, g.code, s.code, r.symbol "
        "FROM designations d LEFT JOIN regimes g ON g.id = d.regime_id LEFT JOIN states s ON s.id = d.state_id "
        " LEFT JOIN resolutions r ON r.id = d.resolution_id ORDER BY d.reference_number"));
    if (!q)
        return q.error();
    QList<Designation> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Designation d;
        d.id = r.value(0).toLongLong();
        d.referenceNumber = r.value(1).toString();
        d.kind = fromCode<DesignationKind>(r.value(2).toString()).value_or(DesignationKind::Individual);
        d.name = r.value(3).toString();
        d.listedOn = sql::dateFrom(r.value(4));
        d.regimeCode = r.value(5).toString();
        d.stateCode = r.value(6).toString();
        d.resolution = r.value(7).toString();
        out.append(d);
    }
    return out;
}

Result<qint64> DesignationRepository::upsert(const Designation &d) const
{
    QVariant regimeId, stateId, resolutionId;
    if (!d.regimeCode.isEmpty()) {
        auto id = RegimeRepository(m_db).idOf(d.regimeCode);
        if (!id)
            return id.error();
        regimeId = id.value();
    }
    if (!d.stateCode.isEmpty()) {
        auto id = StateRepository(m_db).idOf(d.stateCode);
        if (!id)
            return id.error();
        stateId = id.value();
    }
    if (!d.resolution.isEmpty()) {
        auto id = idByKey(m_db, QStringLiteral("SELECT id FROM resolutions WHERE symbol = ?"), d.resolution,
                          QStringLiteral("resolution"));
        if (!id)
            return id.error();
        resolutionId = id.value();
    }
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO designations(reference_number, kind, name, listed_on, regime_id, state_id, resolution_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(reference_number) DO UPDATE SET kind = excluded.kind, "
        " name = excluded.name, listed_on = excluded.listed_on, regime_id = excluded.regime_id, "
        " state_id = excluded.state_id, resolution_id = excluded.resolution_id RETURNING id"),
        {d.referenceNumber, toCode(d.kind), d.name, sql::dateText(d.listedOn), regimeId, stateId, resolutionId});
}

Result<int> DesignationRepository::count() const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM designations"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace st
