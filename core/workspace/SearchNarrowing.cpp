#include "workspace/SearchNarrowing.h"

namespace st {

QList<qint64> resolutionsOwning(const QList<qint64> &measures, const QList<MeasureOwner> &owners)
{
    // Both lists ascend by measure id: one pass over each.
    QList<qint64> resolutions;
    auto owner = owners.cbegin();
    for (qint64 measure : measures) {
        while (owner != owners.cend() && owner->measureId < measure)
            ++owner;
        if (owner == owners.cend())
            break;
        if (owner->measureId == measure)
            resolutions.append(owner->resolutionId);
    }
    idlists::sortUnique(resolutions);
    return resolutions;
}

} // namespace st
