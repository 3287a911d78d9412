#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

// Installs, for this connection only, TEMP triggers that write every insert, update and delete on the
// data tables into audit_log with the row before and after (JSON) and `user`. Being triggers, they
// catch every write path (forms, imports, undo) without each repository remembering to log; being
// TEMP, they live only in this app's connection and never change the file's schema.
Status installAuditTrail(const QSqlDatabase &db, const QString &user);

// The tables whose changes are audited.
QStringList auditedTables();

} // namespace st
