#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace st {

class ResolutionTableModel;

// The table of resolutions, sortable, on the core model.
class ResolutionTablePage : public QWidget {
    Q_OBJECT
public:
    explicit ResolutionTablePage(ResolutionTableModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    // Row ids of the selected resolutions, in view order.
    [[nodiscard]] QList<qint64> selectedIds() const;
    // Tab-separated rows of the selection (with a header row), for the clipboard.
    [[nodiscard]] QString selectionAsText() const;

private:
    ResolutionTableModel &m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace st
