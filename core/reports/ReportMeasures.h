#pragma once

#include "domain/MeasureFact.h"
#include "reports/ReportContent.h"

#include <QHash>

namespace st {

class SourceRegister;

// What the measure sections need beside the facts: names, categories, paragraphs and sources.
struct MeasureLookup {
    const QHash<QString, MeasureType> &types;
    const QHash<qint64, const Measure *> &measures;
};

// The measures that applied on `day`, by category (in measureCategories() order), then type name.
// `facts` are those known on `day` (adopted or proposed by then).
QList<ReportInForceGroup> inForceGroups(const QList<MeasureFact> &facts, const QDate &day,
                                        const MeasureLookup &lookup, SourceRegister &sources);

// The history of every cap type (has_cap, or any measure with a cap), by type name: the steps that
// applied, caps superseded before they took effect, and caps proposed in vetoed drafts.
QList<ReportCapHistory> capHistories(const QList<MeasureFact> &facts, const QString &stateCode,
                                     const MeasureLookup &lookup, SourceRegister &sources);

} // namespace st
