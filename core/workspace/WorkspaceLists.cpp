#include "workspace/WorkspaceLists.h"

#include "storage/Database.h"
#include "storage/ReferenceData.h"

#include <algorithm>

namespace st {

Result<WorkspaceLists> loadWorkspaceLists(const Database &db)
{
    auto states = BrowserRepository(db).states();
    if (!states)
        return states.error();
    auto types = MeasureTypeRepository(db).all();
    if (!types)
        return types.error();
    WorkspaceLists lists{std::move(states).value(), std::move(types).value()};
    sortMeasureTypesForDisplay(lists.measureTypes);
    return lists;
}

void sortMeasureTypesForDisplay(QList<MeasureType> &types)
{
    std::sort(types.begin(), types.end(),
              [](const MeasureType &a, const MeasureType &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

} // namespace st
