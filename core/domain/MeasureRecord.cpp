#include "domain/MeasureRecord.h"

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

} // namespace st
