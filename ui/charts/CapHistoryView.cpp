#include "charts/CapHistoryView.h"

#include <QMouseEvent>
#include <QToolTip>

namespace st {

CapHistoryView::CapHistoryView(QWidget *parent)
    : ZoomableChartView(new CapHistoryChart, parent)
{
    setAccessibleName(tr("Cap history chart"));
}

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
        capChart()->panByPixels(pos.x() - m_lastPos.x());
        m_lastPos = pos;
    } else if (const QString tip = capChart()->toolTipAt(chartPos(pos)); !tip.isEmpty()) {
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
    capChart()->fitAll();
    event->accept();
}

} // namespace st
