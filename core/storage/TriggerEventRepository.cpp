#include "storage/TriggerEventRepository.h"

#include "storage/FastRows.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QObject>

namespace st {

namespace {

const QString kSelectEvent = QStringLiteral(
    "SELECT e.id, s.code, e.occurred_on, e.local_date, e.kind, e.description, e.source, e.note ");

// From a QueryRow or a DirectRow (storage/FastRows.h), the event's columns from `offset` on.
template <class Row>
TriggerEvent eventFrom(const Row &r, int offset = 0)
{
    TriggerEvent e;
    e.id = r.integer(offset + 0);
    e.stateCode = r.text(offset + 1);
    e.date = r.date(offset + 2);
    e.localDate = r.date(offset + 3);
    e.kind = r.template code<EventKind>(offset + 4).value_or(EventKind::Other);
    e.description = r.text(offset + 5);
    e.source = r.text(offset + 6);
    e.note = r.text(offset + 7);
    return e;
}

TriggerEvent eventFrom(const QSqlQuery &q) { return eventFrom(QueryRow{q}); }

} // namespace

Result<QList<TriggerEvent>> TriggerEventRepository::all() const
{
    return sql::collect(m_db, kSelectEvent + QStringLiteral(
        "FROM trigger_events e JOIN states s ON s.id = e.state_id ORDER BY e.occurred_on, e.id"), {},
                        [](const QSqlQuery &row) { return eventFrom(row); });
}

Result<QHash<qint64, QList<TriggerEvent>>> TriggerEventRepository::byResolution() const
{
    QHash<qint64, QList<TriggerEvent>> out;
    // Through SQLite's own interface where it can: the timeline of all states reads every link.
    auto done = forEachFastRow(m_db, QStringLiteral("SELECT t.resolution_id, e.id, s.code, e.occurred_on, e.local_date, "
                                                    " e.kind, e.description, e.source, e.note "
                                                    "FROM resolution_triggers t JOIN trigger_events e ON e.id = t.event_id "
                                                    " JOIN states s ON s.id = e.state_id ORDER BY t.resolution_id, t.position"), {},
                               [&out](const auto &row) { out[row.integer(0)].append(eventFrom(row, 1)); });
    if (!done)
        return done.error();
    return out;
}

Result<QList<TriggerEvent>> TriggerEventRepository::forResolution(qint64 resolutionId) const
{
    return sql::collect(m_db, kSelectEvent + QStringLiteral(
        "FROM resolution_triggers t JOIN trigger_events e ON e.id = t.event_id "
        " JOIN states s ON s.id = e.state_id WHERE t.resolution_id = ? ORDER BY t.position"), {resolutionId},
                        [](const QSqlQuery &row) { return eventFrom(row); });
}

Result<qint64> TriggerEventRepository::upsert(const TriggerEvent &e) const
{
    auto stateId = StateRepository(m_db).idOf(e.stateCode);
    if (!stateId)
        return stateId.error();
    const QString upsert = dialectOf(m_db).upsertTail({QStringLiteral("state_id"), QStringLiteral("occurred_on"), QStringLiteral("kind"), QStringLiteral("description")},
                                                      {QStringLiteral("local_date"), QStringLiteral("source"), QStringLiteral("note")});
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO trigger_events(state_id, occurred_on, local_date, kind, description, source, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) %1 RETURNING id").arg(upsert),
        {stateId.value(), sql::dateText(e.date), sql::orNull(e.localDate), toCode(e.kind), e.description,
         e.source, sql::orNull(e.note)});
}

Status TriggerEventRepository::setTriggers(qint64 resolutionId, const QList<qint64> &eventIds) const
{
    auto existing = sql::collect(m_db, QStringLiteral("SELECT event_id FROM resolution_triggers "
                                                      "WHERE resolution_id = ? ORDER BY position"), {resolutionId},
                                 [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!existing)
        return existing.error();
    if (existing.value() == eventIds)
        return {};
    if (auto done = sql::exec(m_db, QStringLiteral("DELETE FROM resolution_triggers WHERE resolution_id = ?"),
                              {resolutionId}); !done)
        return done;
    for (int i = 0; i < eventIds.size(); ++i) {
        if (auto done = sql::exec(m_db, QStringLiteral("INSERT INTO resolution_triggers(resolution_id, event_id, "
                                                       "position) VALUES (?, ?, ?)"), {resolutionId, eventIds[i], i});
            !done)
            return done;
    }
    return {};
}

Result<std::optional<TriggerEvent>> TriggerEventRepository::findById(qint64 id) const
{
    auto q = sql::run(m_db, kSelectEvent + QStringLiteral(
        "FROM trigger_events e JOIN states s ON s.id = e.state_id WHERE e.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TriggerEvent>();
    return std::optional<TriggerEvent>(eventFrom(q.value()));
}

Result<qint64> TriggerEventRepository::idOfKey(const TriggerEvent &e) const
{
    auto id = sql::scalar(m_db, QStringLiteral(
        "SELECT e.id FROM trigger_events e JOIN states s ON s.id = e.state_id "
        "WHERE s.code = ? AND e.occurred_on = ? AND e.kind = ? AND e.description = ?"),
        {e.stateCode, sql::dateText(e.date), toCode(e.kind), e.description});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{Error::Code::NotFound, QObject::tr("No such trigger event.")};
    return id.value().toLongLong();
}

Status TriggerEventRepository::update(qint64 id, const TriggerEvent &e) const
{
    auto stateId = StateRepository(m_db).idOf(e.stateCode);
    if (!stateId)
        return stateId.error();
    return sql::exec(m_db, QStringLiteral(
        "UPDATE trigger_events SET state_id = ?, occurred_on = ?, local_date = ?, kind = ?, description = ?, "
        " source = ?, note = ? WHERE id = ?"),
        {stateId.value(), sql::dateText(e.date), sql::orNull(e.localDate), toCode(e.kind), e.description,
         e.source, sql::orNull(e.note), id});
}

Status TriggerEventRepository::remove(qint64 id) const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM trigger_events WHERE id = ?"), {id});
}

} // namespace st
