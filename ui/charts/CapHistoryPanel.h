#pragma once

#include "domain/MeasureFact.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace st {

class CapHistoryChart;
class CapHistoryView;

// The cap history tab: pick a capped measure type (refined petroleum, crude oil, coal ...) and see
// how its cap on the state changed, from core's capHistory().
class CapHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit CapHistoryPanel(QWidget *parent = nullptr);

    // The capped types to offer (code, name) and the measures of the state to draw from.
    void setData(const QList<std::pair<QString, QString>> &cappedTypes, const QList<MeasureFact> &facts,
                 const QString &stateCode, const QString &stateName);
    [[nodiscard]] QString currentType() const;
    void setCurrentType(const QString &code);
    [[nodiscard]] CapHistoryChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override; // a new palette: the chart follows it

private:
    void redraw();

    QComboBox *m_type;
    QLabel *m_note;
    CapHistoryView *m_view;
    CapHistoryChart *m_chart;
    QList<MeasureFact> m_facts;
    QString m_stateCode;
    QString m_stateName;
};

} // namespace st
