#include "workspace/BrowserTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

namespace {

QString anyMeasureType() { return QCoreApplication::translate("st::BrowserTable", "Any measure type"); }

} // namespace

void stackFiltersOverTable(QWidget *page, QBoxLayout *filters, QTableView *view)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(view);
}

void setUpBrowserTable(QTableView *view, QAbstractItemModel *model, int sortColumn,
                       std::initializer_list<int> widthsInDigits)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    int column = 0;
    for (const int width : widthsInDigits)
        view->setColumnWidth(column++, width * digit);
}

void setUpMeasureTypeBox(QComboBox *box)
{
    box->addItem(anyMeasureType(), QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
}

void fillMeasureTypeBox(QComboBox *box, const QList<std::pair<QString, QString>> &types)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyMeasureType(), QString());
    for (const auto &[code, name] : types)
        box->addItem(name, code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace st
