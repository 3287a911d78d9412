#include "domain/MeasureRecord.h"

#include <algorithm>

namespace st {

MeasureFact MeasureRecord::fact() const
{
    MeasureFact f;
    f.id = id;
    f.resolutionId = resolutionId;
    f.symbol = resolution;
    f.resolutionDate = resolutionDate;
    f.adopted = adopted;
    f.typeCode = typeCode;
    f.typeHasCap = typeHasCap;
    f.stateCode = stateCode;
    f.action = action;
    f.effectiveFrom = effectiveFrom;
    f.effectiveTo = effectiveTo;
    f.changesId = changesId;
    f.cap = cap;
    f.contested = contested;
    return f;
}

QString MeasureRecord::changesText() const
{
    if (changesId == 0 || !changes)
        return {};
    return changes->paragraph.isEmpty() ? changes->resolution : changes->resolution + QLatin1Char(' ') + changes->paragraph;
}

QList<MeasureFact> factsInTimeOrder(const QList<MeasureRecord> &records)
{
    QList<MeasureFact> facts;
    facts.reserve(records.size());
    for (const MeasureRecord &r : records)
        facts.append(r.fact());
    const auto start = [](const MeasureFact &f) { return f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate; };
    std::sort(facts.begin(), facts.end(), [&](const MeasureFact &a, const MeasureFact &b) {
        return start(a) != start(b) ? start(a) < start(b) : a.id < b.id;
    });
    return facts;
}

} // namespace st
