#include "charts/CapHistoryView.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace st {

CapHistoryView::CapHistoryView(QWidget *parent)
    // The chart goes in at construction: QChartView(QWidget *) would make a default chart that
    // setChart() then releases without deleting.
    : QChartView(new CapHistoryChart, parent)
    , m_chart(static_cast<CapHistoryChart *>(chart()))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Cap history chart"));
}

QPointF CapHistoryView::chartPos(const QPoint &viewPos) const { return m_chart->mapFromScene(mapToScene(viewPos)); }

void CapHistoryView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_panning = true;
        m_lastPos = event->position().toPoint();
        QToolTip::hideText();
    }
    event->accept();
}

void CapHistoryView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        viewport()->setCursor(Qt::ClosedHandCursor);
        m_chart->panByPixels(pos.x() - m_lastPos.x());
        m_lastPos = pos;
    } else if (const QString tip = m_chart->toolTipAt(chartPos(pos)); !tip.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), tip, this, QRect(pos - QPoint(6, 6), QSize(12, 12)));
    } else {
        QToolTip::hideText();
    }
    event->accept();
}

void CapHistoryView::mouseReleaseEvent(QMouseEvent *event)
{
    m_panning = false;
    viewport()->setCursor(Qt::ArrowCursor);
    event->accept();
}

void CapHistoryView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_chart->fitAll();
    event->accept();
}

void CapHistoryView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        m_chart->zoomAt(std::pow(1.25, steps), chartPos(event->position().toPoint()).x());
    event->accept();
}

void CapHistoryView::keyPressEvent(QKeyEvent *event)
{
    const qreal centre = m_chart->plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_chart->zoomAt(1.5, centre);
        break;
    case Qt::Key_Minus:
        m_chart->zoomAt(1 / 1.5, centre);
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

void CapHistoryView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace st
