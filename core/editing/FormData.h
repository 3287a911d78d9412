#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QList>

namespace st {

class Database;

// What the forms offer to pick from, read when a form opens.
struct FormCatalog {
    QList<SanctionedState> states;   // by code
    QList<MeasureType> measureTypes; // by code
    QList<Regime> regimes;           // by code
    QList<Resolution> resolutions;   // by date, then symbol
    QList<TriggerEvent> events;      // by date

    [[nodiscard]] const Resolution *resolution(const QString &symbol) const;
    [[nodiscard]] const Resolution *resolution(qint64 id) const;
    [[nodiscard]] const MeasureType *measureType(const QString &code) const;
};
Result<FormCatalog> loadFormCatalog(const Database &db);

// The version of a stored record (storage/RowVersion.h), read before the record itself so that a
// save in between makes the form's save ask rather than overwrite.
Result<qint64> loadVersion(const Database &db, const QString &table, qint64 id);
// One stored record for an edit form; NotFound when it is no longer there.
Result<Resolution> loadResolution(const Database &db, qint64 id);
Result<QList<qint64>> loadTriggerIds(const Database &db, qint64 resolutionId); // in link order
Result<Measure> loadMeasure(const Database &db, qint64 id);
Result<QList<Measure>> loadMeasuresOf(const Database &db, qint64 resolutionId);
Result<TriggerEvent> loadEvent(const Database &db, qint64 id);
Result<SanctionedState> loadState(const Database &db, qint64 id);
Result<MeasureType> loadMeasureType(const Database &db, qint64 id);

// What a measure may change: the state's measures of the type adopted before `before`.
Result<QList<Measure>> lineageCandidates(const Database &db, const QString &stateCode, const QString &typeCode,
                                         const QDate &before);

} // namespace st
