#pragma once

#include "common/Result.h"
#include "storage/AuditLogRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace st {

// The audit log (written by the triggers of storage/AuditTrail) as one entry per user action, newest
// first, read in pages as the view scrolls: a long-used database holds many thousands of changes.
// A filter keeps the actions that wrote at least one matching row.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Record, Row, Operation, Rows, Label, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TableRole, RowIdRole };

    explicit AuditLogModel(const Database &db, QObject *parent = nullptr);

    [[nodiscard]] const AuditFilter &filter() const { return m_filter; }
    ::st::Status setFilter(const AuditFilter &filter); // re-reads from the newest change
    ::st::Status reload();

    [[nodiscard]] const AuditEntry &entryAt(int row) const { return m_rows.at(row); }
    // The rows action `actionId` wrote, main record first, at most `limit` of them.
    Result<QList<AuditRow>> rowsOf(qint64 actionId, int limit = 200) const;
    // One written row's columns in table order, before and after (`auditId` as in AuditRow::id).
    Result<QList<AuditFieldChange>> changesOf(qint64 auditId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Rows read at a time (the first page on reload, then one per fetchMore).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    // "Resolution", "Measure", ... for a table name.
    static QString recordName(const QString &table);
    // "Added", "Changed", "Deleted" for an audit operation.
    static QString operationText(const QString &operation);

private:
    Result<QList<AuditEntry>> page(qint64 beforeId) const;

    const Database &m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = false;
    int m_pageSize = 500;
};

} // namespace st
