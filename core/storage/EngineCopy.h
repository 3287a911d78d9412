#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace st {

class Database;

// A whole database copied from one engine to the other (or to the same engine), row for row:
// `sanctions-tracker --copy-to` / `--copy-from` (docs/team-database.md). Every table of rows is
// copied with its ids — resolutions, measures, events, designations with their names and details,
// acts, disputes, the UN list's import log and the audit log — so the JSON export of both is the same
// to the byte, History shows the same changes, and ids others refer to keep their meaning.
struct TableCopied {
    QString table;
    qint64 rows = 0;
};

struct CopySummary {
    QList<TableCopied> tables; // in the order they were written
    [[nodiscard]] qint64 rows() const;
};

enum class ExistingRows {
    Refuse,  // a target that holds any row is left as it was, with an error
    Replace, // its rows are deleted first, in the same transaction
};

// Reads `source` in one snapshot and writes `target` in one transaction: all or nothing. A target that
// already holds rows is refused (Error::Code::Conflict) unless `existing` is Replace. Both must be at
// the same schema version (Database::open brings them there). `source` is never written to.
Result<CopySummary> copyWholeDatabase(const Database &source, const Database &target, ExistingRows existing);

} // namespace st
