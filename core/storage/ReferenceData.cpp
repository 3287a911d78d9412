#include "storage/ReferenceData.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QObject>

namespace st {

Result<qint64> idByKey(const QSqlDatabase &db, const QString &statement, const QString &key, const QString &what)
{
    auto id = sql::scalar(db, statement, {key});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{Error::Code::NotFound, QObject::tr("Unknown %1 \"%2\".").arg(what, key)};
    return id.value().toLongLong();
}

// ---- states

Result<QList<SanctionedState>> StateRepository::all() const
{
    return sql::collect(m_db, QStringLiteral("SELECT id, code, name FROM states ORDER BY code"), {},
                        [](const QSqlQuery &r) {
                            return SanctionedState{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString()};
                        });
}

Result<qint64> StateRepository::upsert(const SanctionedState &state) const
{
    return sql::returningId(m_db,
                            QStringLiteral("INSERT INTO states(code, name) VALUES (?, ?) %1 RETURNING id")
                                .arg(dialectOf(m_db).upsertTail({QStringLiteral("code")}, {QStringLiteral("name")})),
                            {state.code, state.name});
}

Result<qint64> StateRepository::idOf(const QString &code) const
{
    return idByKey(m_db, QStringLiteral("SELECT id FROM states WHERE code = ?"), code, QObject::tr("state"));
}

Status StateRepository::update(qint64 id, const SanctionedState &state) const
{
    return sql::exec(m_db, QStringLiteral("UPDATE states SET code = ?, name = ? WHERE id = ?"),
                     {state.code, state.name, id});
}

Status StateRepository::remove(qint64 id) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM states WHERE id = ?"), {id});
}

// ---- measure types

Result<QList<MeasureType>> MeasureTypeRepository::all() const
{
    return sql::collect(m_db, QStringLiteral("SELECT id, code, name, category, has_cap, description "
                                             "FROM measure_types ORDER BY code"), {}, [](const QSqlQuery &r) {
        return MeasureType{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                           r.value(4).toBool(), r.value(5).toString()};
    });
}

Result<qint64> MeasureTypeRepository::upsert(const MeasureType &type) const
{
    return sql::returningId(m_db,
                            QStringLiteral("INSERT INTO measure_types(code, name, category, has_cap, description) "
                                           "VALUES (?, ?, ?, ?, ?) %1 RETURNING id")
                                .arg(dialectOf(m_db).upsertTail({QStringLiteral("code")},
                                                                {QStringLiteral("name"), QStringLiteral("category"),
                                                                 QStringLiteral("has_cap"), QStringLiteral("description")})),
                            {type.code, type.name, type.category, type.hasCap ? 1 : 0, sql::text(type.description)});
}

Result<qint64> MeasureTypeRepository::idOf(const QString &code) const
{
    return idByKey(m_db, QStringLiteral("SELECT id FROM measure_types WHERE code = ?"), code,
                   QObject::tr("measure type"));
}

Status MeasureTypeRepository::update(qint64 id, const MeasureType &type) const
{
    return sql::exec(m_db, QStringLiteral("UPDATE measure_types SET code = ?, name = ?, category = ?, has_cap = ?, "
                                          "description = ? WHERE id = ?"),
                     {type.code, type.name, type.category, type.hasCap ? 1 : 0, sql::text(type.description), id});
}

Status MeasureTypeRepository::remove(qint64 id) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM measure_types WHERE id = ?"), {id});
}

// ---- regimes

Result<QList<Regime>> RegimeRepository::all() const
{
    return sql::collect(m_db, QStringLiteral("SELECT g.id, g.code, g.name, s.code, r.symbol, g.un_list_type, g.source "
                                             "FROM regimes g JOIN states s ON s.id = g.state_id "
                                             "LEFT JOIN resolutions r ON r.id = g.established_by ORDER BY g.code"),
                        {}, [](const QSqlQuery &r) {
                            return Regime{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                          r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                                          r.value(6).toString()};
                        });
}

Result<qint64> RegimeRepository::upsert(const Regime &regime) const
{
    auto stateId = StateRepository(m_db).idOf(regime.stateCode);
    if (!stateId)
        return stateId.error();
    return sql::returningId(m_db,
                            QStringLiteral("INSERT INTO regimes(code, name, state_id, un_list_type, source) "
                                           "VALUES (?, ?, ?, ?, ?) %1 RETURNING id")
                                .arg(dialectOf(m_db).upsertTail({QStringLiteral("code")},
                                                                {QStringLiteral("name"), QStringLiteral("state_id"),
                                                                 QStringLiteral("un_list_type"), QStringLiteral("source")})),
                            {regime.code, regime.name, stateId.value(), sql::orNull(regime.unListType),
                             sql::orNull(regime.source)});
}

Status RegimeRepository::setEstablishedBy(const QString &regimeCode, const QString &resolutionSymbol) const
{
    QVariant resolutionId;
    if (!resolutionSymbol.isEmpty()) {
        auto id = idByKey(m_db, QStringLiteral("SELECT id FROM resolutions WHERE symbol = ?"), resolutionSymbol,
                          QObject::tr("resolution"));
        if (!id)
            return id.error();
        resolutionId = id.value();
    }
    return sql::exec(m_db, QStringLiteral("UPDATE regimes SET established_by = ? WHERE code = ?"),
                     {resolutionId, regimeCode});
}

Result<qint64> RegimeRepository::idOf(const QString &code) const
{
    return idByKey(m_db, QStringLiteral("SELECT id FROM regimes WHERE code = ?"), code, QObject::tr("regime"));
}

} // namespace st
