#pragma once

#include "charts/TimelineChart.h"
#include "charts/ZoomableChartView.h"

class QRubberBand;

namespace st {

// The interactive timeline: hover for a tooltip, click to select, wheel to zoom around the cursor,
// drag to pan, right-drag (or Shift+drag) to zoom to a range, double-click or Home to fit all, and
// Left/Right to step through the resolutions.
class TimelineView : public ZoomableChartView<TimelineChart> {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    [[nodiscard]] TimelineChart *timeline() const { return zoomableChart(); }
    void setData(const TimelineData &data, bool escalationKnown = true);
    void setSelectedResolution(qint64 id);

public slots:
    void fitAll();

signals:
    void resolutionActivated(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showToolTipAt(const QPoint &viewPos, const QPoint &globalPos);
    // + and −: zooms around the selected resolution when it is on screen (else the middle), and
    // keeps it on screen, so they never lose what the analyst is looking at.
    void zoomFromKeyboard(qreal factor) override;
    // Fit, Copy Image, Save Image as PNG/SVG.
    void showExportMenu(const QPoint &globalPos);

    TimelineChart *m_chart; // zoomableChart(), under the name the code here reads best with
    QRubberBand *m_band = nullptr;
    QPoint m_pressPos;
    QPoint m_lastPos;
    enum class Drag { None, Pending, Pan, Band } m_drag = Drag::None;
};

} // namespace st
