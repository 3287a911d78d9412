#include "storage/DisputeRepository.h"

#include "storage/Sql.h"

namespace st {

Result<QHash<qint64, QList<Dispute>>> DisputeRepository::all() const
{
    QHash<qint64, QList<Dispute>> out;
    auto done = sql::forEachRow(m_db, QStringLiteral("SELECT measure_id, parties, view, source FROM measure_disputes "
                                                     "ORDER BY measure_id, position"), {}, [&out](const QSqlQuery &r) {
        out[r.value(0).toLongLong()].append(
            Dispute{r.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), r.value(2).toString(),
                    r.value(3).toString()});
    });
    if (!done)
        return done.error();
    return out;
}

Status DisputeRepository::setFor(qint64 measureId, const QList<Dispute> &disputes) const
{
    if (auto done = sql::exec(m_db, QStringLiteral("DELETE FROM measure_disputes WHERE measure_id = ?"), {measureId});
        !done)
        return done;
    for (qsizetype i = 0; i < disputes.size(); ++i) {
        const Dispute &d = disputes[i];
        if (auto done = sql::exec(m_db, QStringLiteral("INSERT INTO measure_disputes(measure_id, position, parties, "
                                                       "view, source) VALUES (?, ?, ?, ?, ?)"),
                                  {measureId, int(i), d.parties.join(QLatin1Char(' ')), d.view, d.source});
            !done)
            return done;
    }
    return {};
}

} // namespace st
