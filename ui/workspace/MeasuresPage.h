#pragma once

#include "storage/BrowserRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace st {

class MeasureBrowserModel;

// The Measures tab: every measure, filtered by type and action (the state and search text come from
// the workspace bar), and optionally only those in force on a chosen day.
class MeasuresPage : public QWidget {
    Q_OBJECT
public:
    explicit MeasuresPage(MeasureBrowserModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    void setMeasureTypes(const QList<std::pair<QString, QString>> &types);
    void writeFilter(MeasureFilter &filter) const;
    // The "in force on" day, null when the box is not ticked.
    [[nodiscard]] QDate inForceOn() const;
    void showFilter(const MeasureFilter &filter, const QDate &inForceOn);
    void clearFilters();
    // While the in-force intervals of a large state are worked out on a worker, the table is empty and
    // a line above it says why; false hides the line.
    void showWaitingForInForce(bool waiting);
    [[nodiscard]] QString waitingText() const;

signals:
    void filtersChanged();
    void inForceOnChanged(const QDate &day);
    // The analyst picked a measure: its resolution (or, from the Changes column, the earlier one's).
    void resolutionActivated(qint64 id);

private:
    MeasureBrowserModel &m_model;
    QComboBox *m_type;
    QComboBox *m_action;
    QCheckBox *m_inForce;
    QDateEdit *m_day;
    QTableView *m_view;
    QLabel *m_waiting;
    bool m_quiet = false;
};

} // namespace st
