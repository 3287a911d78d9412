#include "designations/DesignationFilterModel.h"

#include "designations/DesignationTableModel.h"

namespace st {

DesignationFilterModel::DesignationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DesignationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

// Qt 6.4 has no begin/endFilterChange(); invalidateFilter() re-runs filterAcceptsRow for every row.
void DesignationFilterModel::setListType(const QString &listType)
{
    if (listType == m_listType)
        return;
    m_listType = listType;
    invalidateFilter();
}

void DesignationFilterModel::setKind(const QString &kindCode)
{
    if (kindCode == m_kind)
        return;
    m_kind = kindCode;
    invalidateFilter();
}

void DesignationFilterModel::setListedBetween(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void DesignationFilterModel::setSearchText(const QString &text)
{
    const QString needle = foldForSearch(text.trimmed());
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void DesignationFilterModel::setShowDelisted(bool show)
{
    if (show == m_showDelisted)
        return;
    m_showDelisted = show;
    invalidateFilter();
}

bool DesignationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = DesignationTableModel;
    if (!m_listType.isEmpty() && index.data(M::ListTypeRole).toString() != m_listType)
        return false;
    if (!m_kind.isEmpty() && index.data(M::KindRole).toString() != m_kind)
        return false;
    if (!m_showDelisted && index.data(M::DelistedRole).toBool())
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate listed = index.data(M::ListedOnRole).toDate();
        if ((m_from.isValid() && listed < m_from) || (m_to.isValid() && listed > m_to))
            return false;
    }
    return m_needle.isEmpty() || index.data(M::SearchTextRole).toString().contains(m_needle);
}

} // namespace st
