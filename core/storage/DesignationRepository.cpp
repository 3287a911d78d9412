#include "storage/DesignationRepository.h"

#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

Result<QList<Designation>> DesignationRepository::all() const
{
    return select(QString(), {});
}

Result<QList<Designation>> DesignationRepository::byResolution(qint64 resolutionId) const
{
    return select(QStringLiteral("WHERE d.resolution_id = ?"), {resolutionId});
}

Result<QHash<qint64, DesignationTally>> DesignationRepository::tallyByResolution() const
{
    QHash<qint64, DesignationTally> out;
    auto done = sql::forEachRow(m_db, QStringLiteral(
        "SELECT resolution_id, count(*) FILTER (WHERE kind = 'individual'), count(*) FILTER (WHERE kind = 'entity'), "
        " count(*) FILTER (WHERE delisted_on IS NOT NULL) "
        "FROM designations WHERE resolution_id IS NOT NULL GROUP BY resolution_id"), {}, [&out](const QSqlQuery &r) {
        out.insert(r.value(0).toLongLong(), {r.value(1).toInt(), r.value(2).toInt(), r.value(3).toInt()});
    });
    if (!done)
        return done.error();
    return out;
}

Result<QList<RegimeDesignationCount>> DesignationRepository::countsByRegime(const QString &stateCode,
                                                                           const QDate &day) const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT g.code, g.name, "
        " (SELECT count(*) FROM designations d WHERE d.regime_id = g.id AND d.kind = 'individual' "
        "   AND d.listed_on <= ? AND (d.delisted_on IS NULL OR d.delisted_on > ?)), "
        " (SELECT count(*) FROM designations d WHERE d.regime_id = g.id AND d.kind = 'entity' "
        "   AND d.listed_on <= ? AND (d.delisted_on IS NULL OR d.delisted_on > ?)) "
        "FROM regimes g JOIN states s ON s.id = g.state_id WHERE s.code = ? ORDER BY g.code"),
        {sql::dateText(day), sql::dateText(day), sql::dateText(day), sql::dateText(day), stateCode},
        [](const QSqlQuery &r) {
            return RegimeDesignationCount{r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(),
                                          r.value(3).toInt()};
        });
}

// `where` is one of this class's own clauses; values are bound.
Result<QList<Designation>> DesignationRepository::select(const QString &where, const QVariantList &values) const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT d.id, d.reference_number, d.kind, d.name, d.listed_on, g.code, s.code, r.symbol, "
        " d.un_list_type, d.delisted_on "
        "FROM designations d LEFT JOIN regimes g ON g.id = d.regime_id LEFT JOIN states s ON s.id = d.state_id "
        " LEFT JOIN resolutions r ON r.id = d.resolution_id %1 ORDER BY d.reference_number").arg(where), values,
                        [](const QSqlQuery &r) {
        Designation d;
        d.id = r.value(0).toLongLong();
        d.referenceNumber = r.value(1).toString();
        d.kind = fromCode<DesignationKind>(r.value(2).toString()).value_or(DesignationKind::Individual);
        d.name = r.value(3).toString();
        d.listedOn = sql::dateFrom(r.value(4));
        d.regimeCode = r.value(5).toString();
        d.stateCode = r.value(6).toString();
        d.resolution = r.value(7).toString();
        d.listType = r.value(8).toString();
        d.delistedOn = sql::dateFrom(r.value(9));
        return d;
    });
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
    const QString upsert = dialectOf(m_db).upsertTail(
        {QStringLiteral("reference_number")},
        {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("listed_on"), QStringLiteral("regime_id"), QStringLiteral("state_id"), QStringLiteral("resolution_id"), QStringLiteral("un_list_type"), QStringLiteral("delisted_on")});
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO designations(reference_number, kind, name, listed_on, regime_id, state_id, resolution_id, "
        " un_list_type, delisted_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) %1 RETURNING id").arg(upsert),
        {d.referenceNumber, toCode(d.kind), d.name, sql::dateText(d.listedOn), regimeId, stateId, resolutionId,
         sql::orNull(d.listType), sql::orNull(d.delistedOn)});
}

Result<int> DesignationRepository::count() const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM designations"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace st
