#pragma once

#include "interchange/DatasetImporter.h"

namespace st {

// The sourced DPRK dataset compiled into the app (resources/data/un-sanctions.json), loaded into a new
// database through the same importer users have.
QByteArray bundledDatasetJson();
Result<ImportSummary> loadBundledDataset(const Database &db);

} // namespace st
