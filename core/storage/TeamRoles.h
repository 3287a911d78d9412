#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace st {

class Database;

// The two roles of a team database (docs/team-database.md): readers browse, report and export;
// editors also edit and import. The server enforces them through its grants; the app only reads them
// to grey out what the account may not do.
inline constexpr const char *kReaderRole = "sanctions_reader";
inline constexpr const char *kEditorRole = "sanctions_editor";

// Run by the owner's connection (ServerAudit): grants each role that exists its rights on every table
// of the schema (readers SELECT; editors also INSERT, UPDATE, DELETE, but never on audit_log, which
// only the server's audit triggers write). Changes nothing when the grants are already in place or the
// roles do not exist; SQLite has neither roles nor grants.
Status grantTeamRoles(const QSqlDatabase &db);

// What the account behind `db` may do with the data.
struct DatabaseAccess {
    bool mayChange = true; // edit and import: false for a reader of a team database
    QString account;       // the server's name for the account; empty on SQLite
};
Result<DatabaseAccess> accessOf(const Database &db);

// For a greyed-out action's tooltip: whose account may only read, and whom to ask.
QString readOnlyAccountMessage(const QString &account);
// For a change the server refused (SQLSTATE 42501, insufficient privilege): the same, and that nothing
// was changed (the refused statement's transaction is rolled back).
QString changeRefusedMessage(const QString &account);

} // namespace st
