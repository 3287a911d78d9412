#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace st {

// Writes the audit log of rows inserted in bulk with one statement instead of one trigger call per
// row. The audit trail's per-row INSERT trigger (storage/AuditTrail) is set aside while the rows go
// in, then the same audit rows (user, table, row id, 'insert', the row as JSON) are written for
// them all at once and the trigger is put back. For 100,000 designations this halves the cost of
// auditing them, and the audit log cannot tell the difference (tst_designations_import checks it).
// Runs inside the caller's transaction: if the import fails, the rollback puts the trigger back too.
class BulkInsertAudit {
public:
    BulkInsertAudit(QSqlDatabase db, QString table, QString user);

    // Sets the table's insert trigger aside; call before the first row.
    Status begin();
    // Audits the rows with rowid in [firstId, lastId] as inserted and restores the trigger.
    Status finish(qint64 firstId, qint64 lastId);

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_user;
};

} // namespace st
