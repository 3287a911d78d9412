#pragma once

#include "editing/AuditValueNames.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace st {

class AuditLogModel;
struct AuditRow;
class Database;

// The audit log as a list of user actions (newest first: a save, an undo, an import), filtered by
// record (table and id) or by text, with the rows the selected action wrote, before and after side by
// side, changed values highlighted.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(const Database &db, QWidget *parent = nullptr);

    // Shows the history of one record: `table` as in audit_log ("resolutions"), `rowId` its id.
    void showRecord(const QString &table, qint64 rowId);
    // Re-reads the log (after any change), keeping the filter.
    void reload();

    [[nodiscard]] AuditLogModel *model() const { return m_model; }
    [[nodiscard]] QTableView *list() const { return m_list; }
    [[nodiscard]] QTreeWidget *details() const { return m_details; }
    [[nodiscard]] QComboBox *tableBox() const { return m_table; }
    [[nodiscard]] QLineEdit *rowEdit() const { return m_row; }
    [[nodiscard]] QLineEdit *textEdit() const { return m_text; }

private:
    void refreshNames();
    void applyFilter();
    void showSelected();
    // The fields of one written row, under `parent` (or at the top when null); false on a read error.
    bool addFields(QTreeWidgetItem *parent, const AuditRow &row);
    // Rows of one action listed in the details; an import's thousands are summed up after these.
    static constexpr int kRowsShown = 200;

    const Database &m_db;
    AuditValueNames m_names;
    AuditLogModel *m_model;
    QComboBox *m_table;
    QLineEdit *m_row;
    QLineEdit *m_text;
    QTableView *m_list;
    QTreeWidget *m_details;
    QLabel *m_status;
};

} // namespace st
