#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace st {

class Database;

// What the browser's tables share: the ordered ids of every row that matches (one cheap query per
// filter change, sort or keystroke), the row of an id, sorting by a column, the count of all rows and
// the last query's failure. A subclass runs its own id query in requery() and hands the result to
// showIds(); it reads the rows of a page at a time itself (PageCache), dropped in clearRows().
class WindowedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Checks the index and answers IdRole; every other role of a cell is the subclass's cellData().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    // The role every browser answers with the row's record id; a subclass's own roles follow it.
    static constexpr int IdRole = Qt::UserRole + 1;

    [[nodiscard]] qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    [[nodiscard]] int rowOfId(qint64 id) const;
    [[nodiscard]] const QList<qint64> &ids() const { return m_ids; }
    // Rows in the database, whatever the filter.
    [[nodiscard]] int totalCount() const { return m_total; }
    // Why the last query failed, if it did (the view keeps its previous rows).
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_lastError; }

signals:
    // The set or order of rows changed (filter, sort, reload).
    void rowsRequeried();

protected:
    WindowedTableModel(const Database &db, int columns, int sortColumn, QObject *parent);

    // Runs the id query for the current filter and sort; on success calls showIds().
    virtual ::st::Status requery() = 0;
    // Forgets the rows read so far: the ids they belong to changed.
    virtual void clearRows() = 0;
    // A cell's value for `role` (never IdRole); `row` and `column` are in range.
    virtual QVariant cellData(int row, int column, int role) const = 0;
    // A column's header, translated.
    virtual QString columnHeader(int column) const = 0;

    // Shows `ids` in this order (a model reset).
    void showIds(QList<qint64> ids);
    // After a reload: `total` rows in the database, and queries may run from now on.
    void setLoaded(int total);
    [[nodiscard]] bool loaded() const { return m_loaded; }
    // What lastError() reports: the failure of the last query, none after a success.
    void setLastError(std::optional<Error> error) { m_lastError = std::move(error); }
    // Makes `next` the filter kept in `current` and runs the id query; when the query fails the
    // previous filter stays, so the filter controls and the rows keep agreeing. Nothing runs when the
    // filter is unchanged and the last query succeeded, or before the first reload().
    template <typename Filter>
    ::st::Status replaceFilter(Filter &current, const Filter &next)
    {
        if (next == current && !lastError())
            return {};
        const Filter previous = current;
        current = next;
        if (!loaded())
            return {};
        auto done = requery();
        if (!done)
            current = previous;
        return done;
    }
    // The outcome of an id query, passed on: a failure becomes lastError() and a log line (the view
    // keeps its previous rows); a success clears lastError(). `what` names the rows ("measures").
    Result<QList<qint64>> checkedIds(Result<QList<qint64>> ids, const char *what);

    const Database &m_db;

private:
    int m_columns;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    int m_total = 0;
    std::optional<Error> m_lastError;
    bool m_loaded = false; // queries wait for the first reload()
    mutable QHash<qint64, int> m_rowOfId; // built on first use after each query
};

} // namespace st
