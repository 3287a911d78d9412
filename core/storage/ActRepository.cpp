#include "storage/ActRepository.h"

#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

Result<QList<Act>> ActRepository::all() const { return select(QString(), {}); }

Result<QList<Act>> ActRepository::forState(const QString &stateCode) const
{
    return select(QStringLiteral("WHERE s.code = ?"), {stateCode});
}

// `where` is one of this class's own clauses; values are bound.
Result<QList<Act>> ActRepository::select(const QString &where, const QVariantList &values) const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT a.id, a.kind, a.issued_on, a.symbol, a.title, g.code, a.summary, a.source, a.source_note "
        "FROM acts a LEFT JOIN regimes g ON g.id = a.regime_id LEFT JOIN states s ON s.id = g.state_id %1 "
        "ORDER BY a.issued_on, a.kind, a.title").arg(where), values, [](const QSqlQuery &r) {
        Act a;
        a.id = r.value(0).toLongLong();
        a.kind = fromCode<ActKind>(r.value(1).toString()).value_or(ActKind::PresidentialStatement);
        a.date = sql::dateFrom(r.value(2));
        a.symbol = r.value(3).toString();
        a.title = r.value(4).toString();
        a.regimeCode = r.value(5).toString();
        a.summary = r.value(6).toString();
        a.source = r.value(7).toString();
        a.sourceNote = r.value(8).toString();
        return a;
    });
}

Result<qint64> ActRepository::upsert(const Act &a) const
{
    QVariant regimeId;
    if (!a.regimeCode.isEmpty()) {
        auto id = RegimeRepository(m_db).idOf(a.regimeCode);
        if (!id)
            return id.error();
        regimeId = id.value();
    }
    const QString upsert = dialectOf(m_db).upsertTail(
        {QStringLiteral("kind"), QStringLiteral("issued_on"), QStringLiteral("title")},
        {QStringLiteral("symbol"), QStringLiteral("regime_id"), QStringLiteral("summary"), QStringLiteral("source"),
         QStringLiteral("source_note")});
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO acts(kind, issued_on, symbol, title, regime_id, summary, source, source_note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) %1 RETURNING id").arg(upsert),
        {toCode(a.kind), sql::dateText(a.date), sql::orNull(a.symbol), a.title, regimeId, a.summary, a.source,
         sql::orNull(a.sourceNote)});
}

} // namespace st
