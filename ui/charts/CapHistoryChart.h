#pragma once

#include "analysis/CapHistory.h"
#include "charts/ChartPalette.h"

#include <QChart>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace st {

class CapHistoryLabels;

// The history of one quantitative cap as a step chart on a common yearly rate (capPerYear): the cap
// in force over time (a drop to zero is a full ban); periods when the measure applied without a
// figure as shaded bands with a note, never at a height nobody stated; caps adopted but replaced
// before they took effect as hollow markers; caps proposed in vetoed drafts as crosses of their own.
// The time axis runs from the first cap to today and zooms and pans like the timeline. Like
// TimelineChart it needs no view to draw.
class CapHistoryChart : public QChart {
    Q_OBJECT
public:
    explicit CapHistoryChart(QGraphicsItem *parent = nullptr);
    ~CapHistoryChart() override;

    void setHistory(const CapHistory &history, const QString &typeName);
    // Paper colours by default; the panel passes its palette's surface (a dark desktop: a dark chart
    // whose notes, label boxes and hollow markers follow it).
    void setSurface(const chartstyle::Surface &surface);
    [[nodiscard]] const chartstyle::Surface &surface() const { return m_surface; }
    [[nodiscard]] const CapHistory &history() const { return m_history; }

    // Zoom by `factor` around the chart x position `chartX`; pan by pixels; back to the whole period.
    void zoomAt(qreal factor, qreal chartX);
    void panByPixels(qreal dx);
    void fitAll();
    // The tooltip for a point of the chart (item coordinates): the step, marker or band under it.
    [[nodiscard]] QString toolTipAt(const QPointF &chartPos) const;

    // For tests: the step line's points (x = Julian day, y = yearly rate / valueScale()), the hollow
    // and vetoed markers, the figureless bands (x from, x to), and the notes shown.
    [[nodiscard]] QList<QPointF> stepPoints() const;
    [[nodiscard]] QScatterSeries *supersededSeries() const { return m_superseded; }
    [[nodiscard]] QScatterSeries *vetoedSeries() const { return m_vetoed; }
    [[nodiscard]] QList<std::pair<qreal, qreal>> figurelessBands() const;
    [[nodiscard]] QStringList labelTexts() const;
    [[nodiscard]] QList<QRectF> labelRects() const; // item coordinates, in the order of labelTexts()
    [[nodiscard]] qreal valueScale() const { return m_scale; }
    [[nodiscard]] QString valueAxisTitle() const;
    [[nodiscard]] std::pair<qreal, qreal> timeRange() const;

private:
    friend class CapHistoryLabels;
    void relayout();
    void setTimeRange(qreal from, qreal to);
    void updateTicks();
    [[nodiscard]] qreal chartXOf(qreal x) const;

    // Colours that follow the surface: series, markers' fill.
    void applySurfaceToSeries();

    CapHistory m_history;
    chartstyle::Surface m_surface = chartstyle::paperSurface();
    QString m_unit;
    qreal m_scale = 1;
    qreal m_fullFrom = 0;
    qreal m_fullTo = 0;
    bool m_updatingTicks = false;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QLineSeries *> m_runs;
    QScatterSeries *m_starts = nullptr;
    QScatterSeries *m_superseded = nullptr;
    QScatterSeries *m_vetoed = nullptr;
    CapHistoryLabels *m_labels;
};

} // namespace st
