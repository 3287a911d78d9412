#pragma once

#include "charts/CapHistoryChart.h"
#include "charts/ZoomableChartView.h"

namespace st {

// The interactive cap chart, with the timeline's gestures (ZoomableChartView: wheel, +/-, Home): hover
// for a tooltip, drag to pan, double-click to see the whole period.
class CapHistoryView : public ZoomableChartView<CapHistoryChart> {
    Q_OBJECT
public:
    explicit CapHistoryView(QWidget *parent = nullptr);

    [[nodiscard]] CapHistoryChart *capChart() const { return zoomableChart(); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QPoint m_lastPos;
    bool m_panning = false;
};

} // namespace st
