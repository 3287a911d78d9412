#pragma once

#include "charts/CapHistoryChart.h"

#include <QChartView>

namespace st {

// The interactive cap chart, with the timeline's gestures: hover for a tooltip, wheel to zoom around
// the cursor, drag to pan, double-click or Home to see the whole period, +/- to zoom.
class CapHistoryView : public QChartView {
    Q_OBJECT
public:
    explicit CapHistoryView(QWidget *parent = nullptr);

    [[nodiscard]] CapHistoryChart *capChart() const { return m_chart; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    [[nodiscard]] QPointF chartPos(const QPoint &viewPos) const;

    CapHistoryChart *m_chart;
    QPoint m_lastPos;
    bool m_panning = false;
};

} // namespace st
