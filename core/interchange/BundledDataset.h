#pragma once

#include "interchange/DatasetImporter.h"

namespace st {

// The sourced DPRK dataset compiled into the app (resources/data/un-sanctions.json), loaded into a new
// database through the same importer users have.
QByteArray bundledDatasetJson();
Result<ImportSummary> loadBundledDataset(const Database &db);
// The one rule for a database just created, a file or a team database alike: it gets the bundled
// dataset unless the user asked for an empty one (--empty). The error says the bundled data failed.
Status fillNewDatabase(const Database &db, bool empty);

} // namespace st
