#pragma once

#include "common/Result.h"
#include "domain/Dataset.h"

#include <QByteArray>

namespace st {

class Database;

struct ImportSummary {
    int states = 0;
    int measureTypes = 0;
    int regimes = 0;
    int resolutionsAdded = 0;
    int resolutionsUpdated = 0;
    int measures = 0;
    int triggerEvents = 0;
    int designations = 0;
    int acts = 0; // statements, Committee decisions and reports

    [[nodiscard]] QString text() const;
};

// Merges an interchange file into the database, all or nothing: records are matched by their natural
// keys (code, symbol, reference number) and added or updated; nothing is deleted except measures a
// re-imported resolution no longer has. On any problem the database is exactly as it was.
Result<ImportSummary> importDatasetJson(const Database &db, const QByteArray &json);

// The same for a Dataset already in memory (already checked).
Result<ImportSummary> importDataset(const Database &db, const Dataset &dataset);

} // namespace st
