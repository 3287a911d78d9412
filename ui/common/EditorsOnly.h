#pragma once

#include "storage/DatabaseAccess.h"

class QAction;

namespace st {

class Database;

// What the account behind `db` may do (a reader of a team database may not change it); an account
// whose rights cannot be read is taken as an editor, and the server still refuses what it may not do.
DatabaseAccess accessFor(const Database &db);

// For an action that changes data (edit, import): greyed out for an account that may only read, its
// tooltip and status tip saying why. Does nothing for an editor or on a file.
void keepForEditors(QAction *action, const DatabaseAccess &access);

} // namespace st
