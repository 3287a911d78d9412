#include "main/ResolutionTablePage.h"

#include "models/ResolutionTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace st {

ResolutionTablePage::ResolutionTablePage(ResolutionTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ResolutionTableModel::SortRole);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResolutionTableModel::Date, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // Column widths follow the data after every reload (an import can bring longer symbols).
    connect(&m_model, &QAbstractItemModel::modelReset, m_view, [this] {
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(ResolutionTableModel::Triggers,
                               qMin(m_view->columnWidth(ResolutionTableModel::Triggers), 260));
    });
}

QList<qint64> ResolutionTablePage::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows)
        ids << proxyIndex.data(ResolutionTableModel::IdRole).toLongLong();
    return ids;
}

QString ResolutionTablePage::selectionAsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(index.row(), c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace st
