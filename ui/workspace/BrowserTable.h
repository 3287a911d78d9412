#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QBoxLayout;
class QComboBox;
class QTableView;
class QWidget;

namespace st {

// What the resolution and measure browsers share, so both tables look and behave alike.

// Whole-row selection, alternating colours, dense rows, sorting done by the (windowed) model from
// `sortColumn` ascending, and fixed column widths in digits: measuring 20,000 rows' contents to size
// the columns would read them all.
void setUpBrowserTable(QTableView *view, QAbstractItemModel *model, int sortColumn,
                       std::initializer_list<int> widthsInDigits);

// The browser page's layout: its row of filters above its table, edge to edge.
void stackFiltersOverTable(QWidget *page, QBoxLayout *filters, QTableView *view);

// A "measure type" filter box: "Any measure type", then `types` as (code, name) pairs. Set up once
// with setUpMeasureTypeBox(); refilled after edits with fillMeasureTypeBox(), which keeps the choice
// when that type still exists. Signals are blocked while it refills.
void setUpMeasureTypeBox(QComboBox *box);
void fillMeasureTypeBox(QComboBox *box, const QList<std::pair<QString, QString>> &types);

} // namespace st
