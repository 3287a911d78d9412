#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/MeasureRecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace st {

class MeasureRepository {
public:
    explicit MeasureRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit MeasureRepository(const Database &db) : MeasureRepository(db.connection()) {}

    // Every measure, ordered as the interchange format nests them: by resolution date, symbol, position.
    Result<QList<Measure>> all() const;
    Result<QList<Measure>> forResolution(qint64 resolutionId) const;
    // Every measure of `stateCode` in all()'s order, with its disputes, for reports over thousands of
    // measures: lineage comes as `changesId` and an unabridged `changes` reference (no per-measure resolve()).
    Result<QList<MeasureRecord>> forState(const QString &stateCode) const;

    // The read model (MeasureRecord.h), one query mapped by column name. `where` may filter on m
    // (measures), r (its resolution), s (state) and t (type) and order the rows. Disputes are not
    // attached: `contested` says whether there are any.
    Result<QList<MeasureRecord>> records(const QString &where, const QVariantList &values) const;
    // The same query's light part only: the facts of in-force, lineage and cap computations.
    Result<QList<MeasureFact>> facts(const QString &where, const QVariantList &values) const;

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

    // For forms. insert() appends after the resolution's last measure; update() rewrites measure `id`
    // (it may move to another resolution, where it goes last); neither touches lineage (setChanges).
    Result<std::optional<Measure>> findById(qint64 id) const;
    Result<qint64> insert(qint64 resolutionId, const Measure &measure) const;
    Status update(qint64 id, qint64 resolutionId, const Measure &measure) const;
    Status remove(qint64 id) const;
    // The state's measures of a type adopted before `before`: what a new measure may change.
    Result<QList<Measure>> earlierOf(const QString &stateCode, const QString &typeCode, const QDate &before) const;
    // How many measures of the type carry a cap (a type that has them cannot drop its cap).
    Result<int> cappedCountOfType(const QString &typeCode) const;

private:
    // records() from `measures` (the table aliased m, perhaps read in its own order), with room for
    // `expected` rows.
    Result<QList<MeasureRecord>> records(const QString &measures, const QString &where, const QVariantList &values,
                                         qint64 expected) const;
    Result<QList<Measure>> select(const QString &where, const QVariantList &values) const;
    // Measure id -> the id resolve() gives its lineage reference without a paragraph, for each measure
    // `where` selects that changes another.
    Result<QHash<qint64, qint64>> bareReferenceTargets(const QString &where, const QVariantList &values) const;
    // The values a save binds, in the order of the written columns (MeasureRepository.cpp): the state,
    // type, action, description, paragraph, the measure's texts (MeasureTexts.h), cap, dates, source, note.
    Result<QVariantList> columnValues(const Measure &m) const;
    QSqlDatabase m_db;
};

} // namespace st
