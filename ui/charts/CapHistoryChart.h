#pragma once

#include "analysis/CapHistory.h"

#include <QChart>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace st {

class CapHistoryLabels;

// The history of one quantitative cap as a step chart: the cap in force over time (a drop to zero is
// a full ban), periods when the measure applied without a figure as a dashed line, and caps adopted
// but replaced before they took effect as hollow markers with a note. Like TimelineChart it needs no
// view to draw.
class CapHistoryChart : public QChart {
    Q_OBJECT
public:
    explicit CapHistoryChart(QGraphicsItem *parent = nullptr);
    ~CapHistoryChart() override;

    void setHistory(const CapHistory &history, const QString &typeName);
    [[nodiscard]] const CapHistory &history() const { return m_history; }

    // For tests: the step line's points (x = Julian day), the hollow markers, and the notes shown.
    [[nodiscard]] QList<QPointF> stepPoints() const;
    [[nodiscard]] QScatterSeries *supersededSeries() const { return m_superseded; }
    [[nodiscard]] QStringList labelTexts() const;
    [[nodiscard]] qreal valueScale() const { return m_scale; }

private:
    friend class CapHistoryLabels;
    void relayout();

    CapHistory m_history;
    QString m_unit;
    qreal m_scale = 1;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QLineSeries *> m_runs;
    QList<QLineSeries *> m_unquantified;
    QScatterSeries *m_starts = nullptr;
    QScatterSeries *m_superseded = nullptr;
    CapHistoryLabels *m_labels;
};

} // namespace st
