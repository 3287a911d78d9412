#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace st {

// The audit log of a team database on PostgreSQL, kept by the server itself: one PL/pgSQL trigger
// function and, on every audited table, the triggers that call it. They write the same rows as
// SQLite's connection triggers (AuditTrail.h): table, row id, operation, the row before and after as
// JSON, one action id per transaction; the user is the server's `session_user`, the account that
// logged in, so no client can name someone else. The function runs with its owner's rights (SECURITY
// DEFINER): editors change the data tables but may not write audit_log themselves.
//
// Installed as server objects, not a numbered schema step: run after the migrations on every
// connection of the tables' owner; a connection that finds them up to date (or may not create them)
// changes nothing. Also grants the team roles their rights (TeamRoles.h) when the roles exist.
Status installServerAudit(const QSqlDatabase &db, const QStringList &tables);

} // namespace st
