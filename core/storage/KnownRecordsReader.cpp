#include "storage/KnownRecordsReader.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <functional>

namespace st {

Result<KnownRecords> loadKnownRecords(const Database &database)
{
    const QSqlDatabase db = database.connection();
    KnownRecords known;
    const QList<std::pair<QString, std::function<void(const QSqlQuery &)>>> reads{
        {QStringLiteral("SELECT code FROM states"), [&](const QSqlQuery &r) { known.states.insert(r.value(0).toString()); }},
        {QStringLiteral("SELECT code, has_cap FROM measure_types"),
         [&](const QSqlQuery &r) { known.measureTypeHasCap.insert(r.value(0).toString(), r.value(1).toBool()); }},
        {QStringLiteral("SELECT code FROM regimes"), [&](const QSqlQuery &r) { known.regimes.insert(r.value(0).toString()); }},
        {QStringLiteral("SELECT symbol, adopted_on, number FROM resolutions"),
         [&](const QSqlQuery &r) {
             known.resolutionDates.insert(r.value(0).toString(), sql::dateFrom(r.value(1)));
             if (!r.value(2).isNull())
                 known.resolutionNumbers.insert(r.value(2).toInt(), r.value(0).toString());
         }},
        {QStringLiteral("SELECT r.symbol, t.code, s.code, coalesce(m.paragraph, '') FROM measures m "
                        "JOIN resolutions r ON r.id = m.resolution_id JOIN measure_types t ON t.id = m.type_id "
                        "JOIN states s ON s.id = m.state_id"),
         [&](const QSqlQuery &r) {
             // With and without its paragraph: a lineage reference may name either.
             known.measureKeys.insert(measureKey(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                                 r.value(3).toString()));
             known.measureKeys.insert(measureKey(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), {}));
         }},
    };
    for (const auto &[statement, take] : reads) {
        if (auto done = sql::forEachRow(db, statement, {}, take); !done)
            return done.error();
    }
    return known;
}

} // namespace st
