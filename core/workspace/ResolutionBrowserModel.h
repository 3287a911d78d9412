#pragma once

#include "storage/BrowserRepository.h"
#include "storage/ResolutionRepository.h"
#include "workspace/PageCache.h"

#include <QAbstractTableModel>

#include <optional>

namespace st {

class Database;

// The resolution browser's table: the resolutions that match a ResolutionFilter, sorted in SQL.
// Windowed: a filter change or a keystroke runs one id query; rows are read a page at a time as the
// view scrolls to them, so 20,000 resolutions cost what the screen shows.
class ResolutionBrowserModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The columns first (what analysts scan), then kind and title.
    enum Column { Symbol, Date, Status, Vote, ChapterVii, Measures, Triggers, Kind, Title, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, KindRole };

    explicit ResolutionBrowserModel(const Database &db, QObject *parent = nullptr);

    [[nodiscard]] const ResolutionFilter &filter() const { return m_filter; }
    // Applies `filter` (nothing happens when it is the current one).
    ::st::Status setFilter(const ResolutionFilter &filter);
    // Re-reads everything from the database (after an import or an edit), keeping filter and sort.
    ::st::Status reload();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    [[nodiscard]] int rowOfId(qint64 id) const;
    [[nodiscard]] std::optional<ResolutionSummary> summaryAt(int row) const;
    [[nodiscard]] const QList<qint64> &ids() const { return m_ids; }
    // Resolutions in the database, whatever the filter.
    [[nodiscard]] int totalCount() const { return m_total; }
    // Why the last query failed, if it did (the view keeps its previous rows).
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_lastError; }

signals:
    // The set or order of rows changed (filter, sort, reload).
    void rowsRequeried();

private:
    ::st::Status requery();
    const ResolutionSummary *row(int index) const;
    QVariant display(const ResolutionSummary &r, int column) const;

    const Database &m_db;
    ResolutionFilter m_filter;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    int m_total = 0;
    std::optional<Error> m_lastError;
    bool m_loaded = false; // queries wait for the first reload()
    mutable PageCache<ResolutionSummary> m_cache;
    mutable QHash<qint64, int> m_rowOfId; // built on first use after each query
};

} // namespace st
