#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

// Installs, for this connection only, TEMP triggers (SqlDialect::createConnectionTrigger) that write every insert, update and delete on the
// data tables into audit_log with the row before and after (JSON) and `user`. Being triggers, they
// catch every write path (forms, imports, undo) without each repository remembering to log; being
// TEMP, they live only in this app's connection and never change the file's schema.
Status installAuditTrail(const QSqlDatabase &db, const QString &user);

// Every audit row carries the id of the user action that wrote it: all rows written in one outermost
// transaction (a form's save, an undo, an import) share one id, taken when the first of them is
// written. Transaction calls this when it begins, so the next row starts a new action. Does nothing on
// a connection without the audit trail.
void startAuditAction(const QSqlDatabase &db);

// The statements that log one row the way the triggers do: first (if this action has no id yet) take
// the next action id, then the INSERT, whose values end with `actionIdSql()`.
QString takeAuditActionSql(const QSqlDatabase &db);
QString actionIdSql(const QSqlDatabase &db);

// The tables whose changes are audited.
QStringList auditedTables();

} // namespace st
