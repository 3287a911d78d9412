#pragma once

#include <QChartView>
#include <QKeyEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace st {

// What the timeline and the cap chart share as views: the chart goes in at construction, and the
// gestures of a date axis — the wheel zooms 1.25 times a notch around the cursor, + and − zoom 1.5
// times, Home (or 0) shows the whole period — and a tooltip that goes when the cursor leaves.
// `Chart` is a QChart with zoomAt(factor, chartX) and fitAll(). A template, not a QObject: the
// views derived from it declare their own signals.
template <typename Chart>
class ZoomableChartView : public QChartView {
public:
    [[nodiscard]] Chart *zoomableChart() const { return m_chart; }

protected:
    // QChartView(QWidget *) would make a default chart that setChart() then releases without
    // deleting: the chart is handed over here instead.
    ZoomableChartView(Chart *chart, QWidget *parent) : QChartView(chart, parent), m_chart(chart)
    {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);
        setDragMode(QGraphicsView::NoDrag);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setFrameShape(QFrame::NoFrame);
    }

    // A view position in the chart's coordinates.
    [[nodiscard]] QPointF chartPos(const QPoint &viewPos) const
    {
        return m_chart->mapFromScene(mapToScene(viewPos));
    }

    // + and − zoom around the middle of the plot; the timeline keeps its selection in view instead.
    virtual void zoomFromKeyboard(qreal factor) { m_chart->zoomAt(factor, m_chart->plotArea().center().x()); }

    void wheelEvent(QWheelEvent *event) override
    {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            m_chart->zoomAt(std::pow(1.25, steps), chartPos(event->position().toPoint()).x());
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomFromKeyboard(1.5);
            break;
        case Qt::Key_Minus:
            zoomFromKeyboard(1 / 1.5);
            break;
        case Qt::Key_Home:
        case Qt::Key_0:
            m_chart->fitAll();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
    }

    void leaveEvent(QEvent *event) override
    {
        QToolTip::hideText();
        QChartView::leaveEvent(event);
    }

private:
    Chart *m_chart;
};

} // namespace st
