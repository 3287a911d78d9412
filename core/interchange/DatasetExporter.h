#pragma once

#include "common/Result.h"
#include "domain/Dataset.h"

#include <QByteArray>

namespace st {

class Database;

// Reads the whole database into a Dataset, in the interchange format's stable order.
Result<Dataset> exportDataset(const Database &db);
Result<QByteArray> exportDatasetJson(const Database &db);

} // namespace st
