#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <memory>

namespace st {

// Where the app keeps its database when --database is not given: the user's data directory.
QString defaultDatabasePath();

// Opens (or creates) the database; a new one is filled with the bundled dataset unless `empty`.
// When creation or filling fails, the new file is removed again: nothing half-made stays behind.
// `options` carries a team database's password when one was typed (TerminalPassword.h).
Result<std::unique_ptr<Database>> openAppDatabase(const QString &path, bool empty, const OpenOptions &options = {});

} // namespace st
