#include "workspace/ResolutionTablePage.h"

#include "workspace/BrowserTable.h"
#include "workspace/DateFilterEdit.h"
#include "workspace/ResolutionBrowserModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

ResolutionTablePage::ResolutionTablePage(ResolutionBrowserModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_from(makeDateFilterEdit(this))
    , m_to(makeDateFilterEdit(this))
    , m_clear(new QToolButton(this))
    , m_view(new QTableView(this))
{
    setUpMeasureTypeBox(m_type);
    m_type->setToolTip(tr("Only resolutions with a measure of this type"));
    m_status->addItem(tr("Any outcome"), QString());
    m_status->addItem(tr("Adopted"), toCode(ResolutionStatus::Adopted));
    m_status->addItem(tr("Vetoed drafts"), toCode(ResolutionStatus::Vetoed));
    // Short, so the filter bar still fits a 1024-pixel screen; the tooltip says what it means.
    m_status->addItem(tr("Not adopted"), toCode(ResolutionStatus::NotAdopted));
    m_status->setItemData(m_status->count() - 1, tr("Drafts that got fewer than nine votes in favour, without a veto"),
                          Qt::ToolTipRole);
    m_from->setToolTip(tr("Adopted (or vetoed) on or after this day"));
    m_to->setToolTip(tr("Adopted (or vetoed) on or before this day"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear this tab's filters"));
    m_clear->setAutoRaise(true);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 4, 4, 2);
    filters->addWidget(m_type, 2);
    filters->addWidget(m_status, 1);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);

    setUpBrowserTable(m_view, &m_model, ResolutionBrowserModel::Date, {16, 12, 8, 7, 10, 8, 24, 20});

    stackFiltersOverTable(this, filters, m_view);

    auto changed = [this] {
        if (!m_quiet)
            emit filtersChanged();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clearFilters();
        emit filtersChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_quiet)
                    emit resolutionActivated(m_model.idAt(current.row()));
            });
}

void ResolutionTablePage::setMeasureTypes(const QList<std::pair<QString, QString>> &types)
{
    fillMeasureTypeBox(m_type, types);
}

void ResolutionTablePage::writeFilter(ResolutionFilter &filter) const
{
    filter.measureTypeCode = m_type->currentData().toString();
    filter.status = fromCode<ResolutionStatus>(m_status->currentData().toString());
    filter.from = dateFilterValue(m_from);
    filter.to = dateFilterValue(m_to);
}

void ResolutionTablePage::showFilter(const ResolutionFilter &filter)
{
    m_quiet = true;
    m_type->setCurrentIndex(std::max(0, m_type->findData(filter.measureTypeCode)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.status ? toCode(*filter.status) : QString())));
    setDateFilterValue(m_from, filter.from);
    setDateFilterValue(m_to, filter.to);
    m_quiet = false;
}

void ResolutionTablePage::clearFilters() { showFilter({}); }

void ResolutionTablePage::selectResolution(qint64 id)
{
    const int row = m_model.rowOfId(id);
    m_quiet = true;
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_model.index(row, 0);
        if (m_view->selectionModel()->currentIndex().row() != row || !m_view->selectionModel()->isRowSelected(row))
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_quiet = false;
}

QList<qint64> ResolutionTablePage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << m_model.idAt(row);
    return ids;
}

QString ResolutionTablePage::selectionAsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model.columnCount(); ++c)
        header << m_model.headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < m_model.columnCount(); ++c)
            cells << m_model.index(row, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace st
