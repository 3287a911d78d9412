#pragma once

#include "common/Result.h"
#include "storage/BrowserRepository.h"

namespace st {

class Database;

// The vocabularies the workspace's pickers offer: states (with how many resolutions concern each) and
// measure types, both by name.
struct WorkspaceLists {
    QList<StateChoice> states;
    QList<MeasureType> measureTypes;
};

Result<WorkspaceLists> loadWorkspaceLists(const Database &db);

// Measure types in the order every picker shows them (filters and forms alike): by name.
void sortMeasureTypesForDisplay(QList<MeasureType> &types);

} // namespace st
