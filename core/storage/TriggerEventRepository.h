#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace st {

class TriggerEventRepository {
public:
    explicit TriggerEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit TriggerEventRepository(const Database &db) : TriggerEventRepository(db.connection()) {}

    Result<QList<TriggerEvent>> all() const;
    // Events linked to each resolution, in link order, keyed by resolution id.
    Result<QHash<qint64, QList<TriggerEvent>>> byResolution() const;
    Result<QList<TriggerEvent>> forResolution(qint64 resolutionId) const;

    // Inserts or updates by natural key (state, date, kind, description): one event that led to two
    // resolutions is stored once.
    Result<qint64> upsert(const TriggerEvent &event) const;
    // Makes `eventIds` the resolution's triggers, in that order.
    Status setTriggers(qint64 resolutionId, const QList<qint64> &eventIds) const;

    // For forms: by row id, and the id of the event with the same natural key (NotFound when none),
    // so a new event that repeats a stored one is refused instead of silently merged.
    Result<std::optional<TriggerEvent>> findById(qint64 id) const;
    Result<qint64> idOfKey(const TriggerEvent &event) const;
    Status update(qint64 id, const TriggerEvent &event) const;
    Status remove(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace st
