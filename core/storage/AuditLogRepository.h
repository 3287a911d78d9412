#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace st {

// Which audit rows to list: one table, one record of it, and/or a text found in the record's values
// before or after the change (or in the user's name). Empty means "any".
struct AuditFilter {
    QString table;
    qint64 rowId = 0; // only with `table`
    QString text;
    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

// One user action (a form's save, an undo, an import): the rows it wrote, named by its main record
// (the edited resolution rather than the links rewritten with it).
struct AuditEntry {
    qint64 id = 0;       // the action's id (audit_log.action_id)
    QDateTime changedAt; // UTC, when its first row was written
    QString user;
    QString table;       // of the main record
    qint64 rowId = 0;
    QString operation;   // insert, update, delete: what happened to the main record
    QString label;       // the main record's symbol, code, description or name, for the list
    int rows = 1;        // audit rows the action wrote
};

// One row an action wrote, for the details.
struct AuditRow {
    qint64 id = 0; // audit_log.id
    QString table;
    qint64 rowId = 0;
    QString operation;
    QString label;
};

// One column of the changed row, before and after, for the side-by-side view.
struct AuditFieldChange {
    QString field;
    QVariant before; // invalid when the column had no value (or there was no row)
    QVariant after;
    [[nodiscard]] bool changed() const { return before != after; }
};

// Reads the audit log that the triggers of AuditTrail write, one entry per user action.
class AuditLogRepository {
public:
    explicit AuditLogRepository(const Database &db) : m_db(db.connection()) {}

    // The newest `limit` actions older than action `beforeId` (0: from the newest) with a row matching
    // `filter`.
    [[nodiscard]] Result<QList<AuditEntry>> actions(const AuditFilter &filter, qint64 beforeId, int limit) const;
    // The rows action `actionId` wrote, the record `filter` asks for first, at most `limit` of them.
    [[nodiscard]] Result<QList<AuditRow>> rowsOf(qint64 actionId, const AuditFilter &filter, int limit) const;
    // One written row's columns in table order, before and after.
    [[nodiscard]] Result<QList<AuditFieldChange>> changesOf(qint64 auditId) const;

private:
    QSqlDatabase m_db;
};

} // namespace st
