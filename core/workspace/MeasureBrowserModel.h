#pragma once

#include "analysis/InForce.h"
#include "storage/BrowserRepository.h"
#include "workspace/PageCache.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace st {

class Database;

// The measures view: every measure that matches a MeasureFilter and, when a day is set, only those in
// force on that day (core's InForce: effective dates and lineage). Windowed like the resolution
// browser. The in-force intervals of the filtered state are computed once and kept, so moving the
// "in force on" date is a pass over ids in memory, not a query.
class MeasureBrowserModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Resolution, Date, Status, State, Type, Action, Paragraph, Cap, EffectiveFrom, EffectiveTo, Changes,
                  Description, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResolutionIdRole, ChangesResolutionIdRole, AdoptedRole };

    explicit MeasureBrowserModel(const Database &db, QObject *parent = nullptr);

    [[nodiscard]] const MeasureFilter &filter() const { return m_filter; }
    ::st::Status setFilter(const MeasureFilter &filter);
    // Shows only the measures in force on `day`; a null date shows all.
    ::st::Status setInForceOn(const QDate &day);
    [[nodiscard]] QDate inForceOn() const { return m_inForceOn; }
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
    [[nodiscard]] std::optional<MeasureRow> rowAt(int row) const;
    [[nodiscard]] const QList<qint64> &ids() const { return m_ids; }
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_lastError; }

signals:
    void rowsRequeried();

private:
    ::st::Status queryBase();
    ::st::Status ensureIntervals();
    void applyInForce();
    const MeasureRow *row(int index) const;
    QVariant display(const MeasureRow &m, int column) const;

    const Database &m_db;
    MeasureFilter m_filter;
    QDate m_inForceOn;
    int m_sortColumn = Resolution;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_baseIds; // every filter but "in force on"
    QList<qint64> m_ids;     // what the view shows
    int m_total = 0;
    std::optional<Error> m_lastError;
    bool m_loaded = false; // queries wait for the first reload()
    // In-force intervals of the measures of each state looked at ("" = all states), loaded on first use
    // and kept until the data changes, so switching back to a state does not read its measures again.
    QHash<QString, QList<InForceInterval>> m_intervalsByState;
    mutable PageCache<MeasureRow> m_cache;
    mutable QHash<qint64, int> m_rowOfId;
};

} // namespace st
