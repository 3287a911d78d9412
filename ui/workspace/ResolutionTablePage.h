#pragma once

#include "storage/BrowserRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableView;
class QToolButton;

namespace st {

class ResolutionBrowserModel;

// The Resolutions tab of the browser: its own filters (measure type, status, date range) above the
// sortable table of resolutions. The table sits directly on the core model, which sorts and filters
// in SQL; the state and the search text come from the workspace bar.
class ResolutionTablePage : public QWidget {
    Q_OBJECT
public:
    explicit ResolutionTablePage(ResolutionBrowserModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    // Row ids of the selected resolutions, in view order.
    [[nodiscard]] QList<qint64> selectedIds() const;
    // Tab-separated rows of the selection (with a header row), for the clipboard.
    [[nodiscard]] QString selectionAsText() const;

    // The measure types the type filter offers (code, name).
    void setMeasureTypes(const QList<std::pair<QString, QString>> &types);
    // This page's part of the filter (measure type, status, dates), written into `filter`.
    void writeFilter(ResolutionFilter &filter) const;
    // Shows `filter` in the controls without emitting filtersChanged().
    void showFilter(const ResolutionFilter &filter);
    void clearFilters();

    // Makes `id` the current row if it is in the table (scrolling to it), else clears the selection.
    void selectResolution(qint64 id);

signals:
    void filtersChanged();
    // The analyst moved to another resolution (click or keyboard).
    void resolutionActivated(qint64 id);

private:
    ResolutionBrowserModel &m_model;
    QComboBox *m_type;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_clear;
    QTableView *m_view;
    bool m_quiet = false;
};

} // namespace st
