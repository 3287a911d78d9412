#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace st {

// The two roles of a team database (docs/team-database.md): readers browse, report and export;
// editors also edit and import. The server enforces them through its grants; the app only reads them
// to grey out what the account may not do (DatabaseAccess.h).
inline constexpr const char *kReaderRole = "sanctions_reader";
inline constexpr const char *kEditorRole = "sanctions_editor";

// Run by the owner's connection (ServerAudit): grants each role that exists its rights on every table
// of the schema (readers SELECT; editors also INSERT, UPDATE, DELETE, but never on audit_log, which
// only the server's audit triggers write). Changes nothing when the grants are already in place or the
// roles do not exist; SQLite has neither roles nor grants.
Status grantTeamRoles(const QSqlDatabase &db);

} // namespace st
