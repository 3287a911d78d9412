#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>

namespace st {

class MeasureRepository {
public:
    explicit MeasureRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every measure, ordered as the interchange format nests them: by resolution date, symbol, position.
    Result<QList<Measure>> all() const;
    Result<QList<Measure>> forResolution(qint64 resolutionId) const;

    // Inserts or updates the measure at (resolution, position), keeping an existing row's id so
    // lineage links from later measures survive an edit. Lineage itself is set with setChanges().
    Result<qint64> upsertAt(qint64 resolutionId, const Measure &measure) const;
    // Deletes the resolution's measures at `fromPosition` and after (a re-import with fewer measures).
    Status removeFrom(qint64 resolutionId, int fromPosition) const;
    Status setChanges(qint64 measureId, qint64 changesMeasureId) const;

    // The measure a lineage reference names, for `state`: among `ref.resolution`'s measures of
    // `ref.type` (and `ref.paragraph` when given) the one that took effect last.
    Result<qint64> resolve(const MeasureRef &ref, const QString &stateCode) const;

    Result<int> count() const;

private:
    Result<QList<Measure>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace st
