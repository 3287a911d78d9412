#pragma once

#include "common/Result.h"

namespace st {

class Database;

// Reads every page of the file (SQLite's quick_check: b-trees, free list, record formats; not the
// slower cross-check of indexes against tables). A damaged page that no query happens to read shows
// only here: an export reads the records, not the audit log or the search index, and would otherwise
// succeed on a file that needs restoring. The Error names what SQLite found, at most five problems.
Status checkPagesReadable(const Database &db);

} // namespace st
