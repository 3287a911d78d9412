#include "charts/TimelineView.h"

#include "charts/ChartExport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>

namespace st {

TimelineView::TimelineView(QWidget *parent)
    : ZoomableChartView(new TimelineChart(TimelineData{}), parent)
    , m_chart(zoomableChart())
{
    setToolTip(QString());
    setAccessibleName(tr("Timeline"));
    m_chart->setSurface(chartstyle::surfaceFor(palette()));
}

void TimelineView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_chart->setSurface(chartstyle::surfaceFor(palette()));
}

void TimelineView::setData(const TimelineData &timeline, bool escalationKnown)
{
    m_chart->setData(timeline, escalationKnown);
}

void TimelineView::setSelectedResolution(qint64 id)
{
    m_chart->setSelectedResolution(id);
    // Keep the selection on screen (keyboard navigation, a click in the table).
    const QPointF p = m_chart->positionOf(id);
    const QRectF plot = m_chart->plotArea();
    if (id != 0 && !p.isNull() && (p.x() < plot.left() || p.x() > plot.right()))
        m_chart->panByPixels(plot.center().x() - p.x());
}

void TimelineView::fitAll() { m_chart->fitAll(); }

void TimelineView::showToolTipAt(const QPoint &viewPos, const QPoint &globalPos)
{
    const TimelineChart::Hit hit = m_chart->hitTest(chartPos(viewPos));
    if (hit.isEmpty()) {
        QToolTip::hideText();
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    viewport()->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(globalPos, m_chart->toolTip(hit), this, QRect(viewPos - QPoint(6, 6), QSize(12, 12)));
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position().toPoint();
    const bool band = event->button() == Qt::RightButton ||
                      (event->button() == Qt::LeftButton && event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
    if (band) {
        m_drag = Drag::Band;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        const QRectF plot = mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
        m_band->setGeometry(QRect(QPoint(m_pressPos.x(), int(plot.top())), QSize(1, int(plot.height()))));
        m_band->show();
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        showToolTipAt(pos, event->globalPosition().toPoint());
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        QToolTip::hideText();
        [[fallthrough]];
    case Drag::Pan:
        m_chart->panByPixels(pos.x() - m_lastPos.x());
        break;
    case Drag::Band: {
        const QRect current = m_band->geometry();
        m_band->setGeometry(QRect(QPoint(std::min(pos.x(), m_pressPos.x()), current.top()),
                                  QSize(std::abs(pos.x() - m_pressPos.x()) + 1, current.height())));
        break;
    }
    }
    m_lastPos = pos;
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pending) {
        const TimelineChart::Hit hit = m_chart->hitTest(chartPos(pos));
        const TimelineData &timeline = m_chart->data();
        if (hit.resolution >= 0)
            emit resolutionActivated(timeline.resolutions[hit.resolution].id);
        else if (hit.trigger >= 0)
            emit resolutionActivated(timeline.triggers[hit.trigger].resolutionId);
    } else if (m_drag == Drag::Band) {
        m_band->hide();
        const qreal a = chartPos(m_pressPos).x();
        const qreal b = chartPos(pos).x();
        if (std::abs(b - a) > 6)
            m_chart->setDateRange(m_chart->dateAt(std::min(a, b)), m_chart->dateAt(std::max(a, b)));
        else if (event->button() == Qt::RightButton)
            showExportMenu(event->globalPosition().toPoint()); // a right click, not a right drag
    }
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_chart->hitTest(chartPos(event->position().toPoint())).isEmpty())
        fitAll();
    event->accept();
}

// ← and → step through the resolutions; the zoom keys are ZoomableChartView's.
void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Left && event->key() != Qt::Key_Right) {
        ZoomableChartView::keyPressEvent(event);
        return;
    }
    const qint64 next = m_chart->neighbour(m_chart->selectedResolution(), event->key() == Qt::Key_Left ? -1 : 1);
    if (next != 0)
        emit resolutionActivated(next);
    event->accept();
}

void TimelineView::zoomFromKeyboard(qreal factor)
{
    const QRectF plot = m_chart->plotArea();
    const QPointF selected = m_chart->positionOf(m_chart->selectedResolution());
    const bool onScreen = m_chart->selectedResolution() != 0 && !selected.isNull() && selected.x() >= plot.left() &&
                          selected.x() <= plot.right();
    m_chart->zoomAt(factor, onScreen ? selected.x() : plot.center().x());
    setSelectedResolution(m_chart->selectedResolution()); // pans it back in if the range clamped it out
}

// The keyboard works here (←/→, +/−, Home): a frame in the palette's highlight says where the keys go.
void TimelineView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

// Right-drag zooms, so the mouse's menu comes with the release (above); the Menu key's comes here.
void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() != QContextMenuEvent::Mouse)
        showExportMenu(mapToGlobal(rect().center()));
    event->accept();
}

void TimelineView::showExportMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("&Fit Timeline"), this, &TimelineView::fitAll);
    menu.addSeparator();
    addChartExportActions(&menu, this, QStringLiteral("timeline"));
    menu.exec(globalPos);
}

} // namespace st
