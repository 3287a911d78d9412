#pragma once

#include "common/Result.h"

#include <QString>

namespace st {

class Database;

// Writes a consistent copy of `db` to `target` (File ▸ Save a Copy As…): a whole, compacted SQLite
// file, taken in one read transaction, so a copy made while the app runs is never half-written. An
// existing `target` is replaced only once the copy is complete; `db` itself is never changed. A team
// database on a server is copied into the file row for row (EngineCopy.h).
Status saveDatabaseCopy(const Database &db, const QString &target);

} // namespace st
