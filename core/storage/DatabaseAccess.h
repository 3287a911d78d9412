#pragma once

#include "common/Result.h"

#include <QString>

namespace st {

class Database;

// What the account behind a database connection may do with the data. On a team database the
// server's grants decide (TeamRoles.h): a reader browses, reports and exports; an editor also edits and
// imports. The window greys out what the account may not do; the server refuses it anyway.
struct DatabaseAccess {
    bool mayChange = true; // edit and import
    QString account;       // the server's name for the account; empty on SQLite
};
Result<DatabaseAccess> accessOf(const Database &db);

// For a greyed-out action's tooltip: whose account may only read, and whom to ask.
QString readOnlyAccountMessage(const QString &account);
// For a change the server refused (SQLSTATE 42501, insufficient privilege): the same, and that nothing
// was changed (the refused statement's transaction is rolled back).
QString changeRefusedMessage(const QString &account);

} // namespace st
