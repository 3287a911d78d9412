#pragma once

#include "common/Result.h"
#include "domain/KnownRecords.h"

namespace st {

class Database;

// The codes, dates and measure keys an interchange file may refer to without carrying them. Read
// under the import's write lock (Transaction::ReadModifyWrite), so they cannot change before the write.
Result<KnownRecords> loadKnownRecords(const Database &db);

} // namespace st
