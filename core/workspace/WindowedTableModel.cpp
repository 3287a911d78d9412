#include "workspace/WindowedTableModel.h"

#include "common/Log.h"

namespace st {

WindowedTableModel::WindowedTableModel(const Database &db, int columns, int sortColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_columns(columns)
    , m_sortColumn(sortColumn)
{
}

Result<QList<qint64>> WindowedTableModel::checkedIds(Result<QList<qint64>> ids, const char *what)
{
    if (!ids) {
        setLastError(ids.error());
        qCWarning(lcStorage) << what << "query failed:" << ids.error().fullText();
        return ids;
    }
    setLastError(std::nullopt);
    return ids;
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        (void)requery(); // a failure is kept in lastError() and the rows stay as they were
}

int WindowedTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int WindowedTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_columns; }

QVariant WindowedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns)
        return {};
    if (role == IdRole)
        return idAt(index.row());
    return cellData(index.row(), index.column(), role);
}

QVariant WindowedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
        return {};
    return columnHeader(section);
}

int WindowedTableModel::rowOfId(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids[i], i);
    }
    return m_rowOfId.value(id, -1);
}

void WindowedTableModel::showIds(QList<qint64> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    clearRows();
    m_rowOfId.clear();
    endResetModel();
    emit rowsRequeried();
}

void WindowedTableModel::setLoaded(int total)
{
    m_total = total;
    m_loaded = true;
}

} // namespace st
