#include "storage/MeasureFactRepository.h"

#include "common/InOrder.h"
#include "storage/MeasureRepository.h"
#include "storage/FastRows.h"
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

// Measure types and states by id: two small tables read once instead of joined to every measure, and
// one shared string for each code instead of one per measure.
struct TypesAndStates {
    QHash<qint64, std::pair<QString, bool>> types; // code, has_cap
    QHash<qint64, QString> states;

    static Result<TypesAndStates> read(const QSqlDatabase &db)
    {
        TypesAndStates known;
        if (auto done = sql::forEachRow(db, QStringLiteral("SELECT id, code, has_cap FROM measure_types"), {},
                                        [&](const QSqlQuery &q) {
                                            known.types.insert(q.value(0).toLongLong(),
                                                               {q.value(1).toString(), q.value(2).toBool()});
                                        });
            !done)
            return done.error();
        if (auto done = sql::forEachRow(db, QStringLiteral("SELECT id, code FROM states"), {},
                                        [&](const QSqlQuery &q) { known.states.insert(q.value(0).toLongLong(), q.value(1).toString()); });
            !done)
            return done.error();
        return known;
    }
};

// One measure's timing facts from a row of timingForState's query, in its column order.
template <class Row>
MeasureFact timingFact(const Row &row, const TypesAndStates &known)
{
    MeasureFact f;
    f.id = row.integer(0);
    f.resolutionId = row.integer(1);
    f.resolutionDate = row.date(2);
    f.adopted = row.integer(3) != 0;
    const auto type = known.types.value(row.integer(4));
    f.typeCode = type.first;
    f.typeHasCap = type.second;
    f.stateCode = known.states.value(row.integer(5));
    f.action = row.template code<MeasureAction>(6).value_or(MeasureAction::Introduces);
    f.effectiveFrom = row.date(7);
    f.effectiveTo = row.date(8);
    f.changesId = row.integer(9);
    if (!row.isNull(10))
        f.cap = Cap{row.real(10), {}, {}};
    return f;
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
    auto codes = TypesAndStates::read(m_db);
    if (!codes)
        return codes.error();
    const QString measures = QStringLiteral("measures m");
    const QString statement =
        QStringLiteral("SELECT m.id, m.resolution_id, r.adopted_on, r.status = 'adopted', m.type_id, m.state_id, "
                       " m.action, m.effective_from, m.effective_to, m.changes_measure_id, m.cap_value "
                       "FROM %1 JOIN resolutions r ON r.id = m.resolution_id ")
            .arg(share.value().mostOfTheTable ? dialectOf(m_db).inTableOrder(measures) : measures) + where;
    QList<MeasureFact> out;
    out.reserve(share.value().kept);
    // On SQLite through its own interface: a million rows through QSqlQuery made twelve QVariants and six
    // strings of each, two thirds of the time the first switch to All states took at 100,000 resolutions.
    const Status read = forEachFastRow(m_db, statement, values,
                                       [&](const auto &row) { out.append(timingFact(row, codes.value())); });
    if (!read)
        return read.error();
    // In the order the facts took effect (as forState() gives them), sorted here rather than in SQL:
    // a million rows sort several times faster in memory than in SQLite's sorter.
    putInOrderOfEffect(out);
    return out;
}

} // namespace st
