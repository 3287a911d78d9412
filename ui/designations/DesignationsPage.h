#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace st {

class Database;
class DateFilterEdit;
class DesignationFilterModel;
class DesignationTableModel;

// The Designations view: every designation of the UN Consolidated List, filtered by UN list, kind
// and listing dates, and searched by name, alias or original-script name.
class DesignationsPage : public QWidget {
    Q_OBJECT
public:
    explicit DesignationsPage(const Database &db, QWidget *parent = nullptr);

    // Re-reads the designations (after an import); keeps the filters. False when they could not be read.
    bool reload();

    [[nodiscard]] DesignationTableModel &model() const { return *m_model; }
    [[nodiscard]] DesignationFilterModel &filter() const { return *m_filter; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *listBox() const { return m_list; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QString countText() const;
    // Whether the database holds any designation (none before the first UN list import).
    [[nodiscard]] bool isEmpty() const;
    // "Last import: List of 26 Sep 2024, imported …"; its tooltip lists every import with its SHA-256.
    [[nodiscard]] QLabel *lastImportLabel() const { return m_lastImport; }

    // Narrows the view to one UN list's designations of one day (what a resolution listed), with
    // delisted ones included and any search cleared.
    void showListedOn(const QString &listType, const QDate &day);

private:
    QWidget *makeFilterBar();
    void fillListBox();
    void applyFilters();
    void updateCount();
    void showImportLog();

    const Database &m_db;
    DesignationTableModel *m_model;
    DesignationFilterModel *m_filter;
    QComboBox *m_list = nullptr;
    QComboBox *m_kind = nullptr;
    DateFilterEdit *m_from = nullptr;
    DateFilterEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_delisted = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_lastImport = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace st
