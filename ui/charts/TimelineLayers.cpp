#include "charts/TimelineLayers.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace st {

namespace {

// Qt Charts stacks its items by z: plot background 0, shades 1, grid 2, axes 3, series 4, legend 5.
constexpr qreal kBelowSeries = 0.5;
constexpr qreal kAboveSeries = 4.5;

QPointF edgeToward(const QRectF &rect, const QPointF &from)
{
    // The middle of the label's edge that faces the marker.
    if (from.y() >= rect.bottom())
        return {rect.center().x(), rect.bottom()};
    if (from.y() <= rect.top())
        return {rect.center().x(), rect.top()};
    return {from.x() < rect.left() ? rect.left() : rect.right(), rect.center().y()};
}

// Liang–Barsky: whether the segment a–b passes through `r`.
bool segmentCrosses(const QPointF &a, const QPointF &b, const QRectF &r)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace

QPainterPath triggerLinkPath(const QPointF &from, const QPointF &to)
{
    QPainterPath path(from);
    path.cubicTo(QPointF(from.x(), (from.y() + to.y()) / 2), QPointF(to.x(), (from.y() + to.y()) / 2), to);
    return path;
}

QPolygonF triggerLinkPolyline(const QPointF &from, const QPointF &to)
{
    const QPainterPath path = triggerLinkPath(from, to);
    QPolygonF line;
    constexpr int kSteps = 32;
    for (int i = 0; i <= kSteps; ++i)
        line << path.pointAtPercent(qreal(i) / kSteps);
    return line;
}

void paintMarker(QPainter *painter, const QPointF &centre, QScatterSeries::MarkerShape shape, qreal size,
                 const QColor &colour)
{
    const qreal r = size / 2;
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(colour);
    // A regular polygon (or star) of `corners` points, the first straight up.
    const auto polygon = [&](int corners, qreal inner) {
        QPolygonF shapePoints;
        const int points = inner > 0 ? corners * 2 : corners;
        for (int k = 0; k < points; ++k) {
            const qreal radius = inner > 0 && k % 2 ? r * inner : r;
            const qreal angle = -std::numbers::pi / 2 + k * 2 * std::numbers::pi / points;
            shapePoints << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter->drawPolygon(shapePoints);
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        painter->drawRect(QRectF(centre.x() - r, centre.y() - r, size, size));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        painter->drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r),
                                        centre + QPointF(-r, 0)}));
        break;
    case QScatterSeries::MarkerShapeTriangle:
        polygon(3, 0);
        break;
    case QScatterSeries::MarkerShapeStar:
        polygon(5, 0.45);
        break;
    case QScatterSeries::MarkerShapePentagon:
        polygon(5, 0);
        break;
    default:
        painter->drawEllipse(centre, r, r);
        break;
    }
}

QLineF leaderLine(const TimelineGeometry::Label &label, qreal markerRadius)
{
    QLineF line(label.anchor, edgeToward(label.rect, label.anchor));
    if (line.length() > markerRadius)
        line.setP1(line.pointAt(markerRadius / line.length()));
    return line;
}

bool crosses(const QPolygonF &line, const QRectF &rect)
{
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        if (segmentCrosses(line[i], line[i + 1], rect))
            return true;
    }
    return false;
}

TimelineLayer::TimelineLayer(TimelineChart *chart, Kind kind)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_kind(kind)
{
    setZValue(kind == Below ? kBelowSeries : kAboveSeries);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QRectF TimelineLayer::boundingRect() const { return m_chart->m_geometry->plot.adjusted(-2, -2, 2, 2); }

void TimelineLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const TimelineGeometry &g = *m_chart->m_geometry;
    if (g.plot.width() <= 1)
        return;
    painter->save();
    painter->setClipRect(g.plot.adjusted(-1, -1, 1, 1));
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_kind == Below)
        paintBelow(painter);
    else
        paintAbove(painter);
    painter->restore();
}

void TimelineLayer::paintBelow(QPainter *painter) const
{
    const TimelineGeometry &g = *m_chart->m_geometry;
    // Faint bands behind alternate lanes.
    const qreal half = g.plot.height() * 0.055;
    for (const qreal lane : g.shadedLanes)
        painter->fillRect(QRectF(g.plot.left(), g.py(lane) - half, g.plot.width(), 2 * half), m_chart->surface().laneShade);

    // Each trigger linked to the resolution it led to.
    const TimelineData &data = m_chart->data();
    if (g.visibleTriggers.size() > TimelineChart::kMaxLinks)
        return;
    for (int i : g.visibleTriggers) {
        const TriggerLink &t = data.triggers[i];
        const QPointF to = m_chart->positionOf(t.resolutionId);
        if (to.isNull())
            continue;
        QColor colour = chartstyle::of(t.event.kind).colour;
        colour.setAlpha(m_chart->isTriggerMatching(i) ? 150 : 45);
        painter->setPen(QPen(colour, 1.2, Qt::DashLine));
        painter->drawPath(triggerLinkPath(g.triggerPos[i], to));
    }
}

void TimelineLayer::paintAbove(QPainter *painter) const
{
    const TimelineGeometry &g = *m_chart->m_geometry;
    const TimelineData &data = m_chart->data();
    const chartstyle::Surface &surface = m_chart->surface();
    QColor selectionLine = surface.text;
    selectionLine.setAlpha(110);

    // An aggregated timeline's markers, under the selection and the labels.
    for (const TimelineGeometry::Marker &m : g.markers)
        paintMarker(painter, m.pos, m.shape, m.size, m.colour);

    // The selection: a line through the date and a ring around the marker.
    const int selectedIndex = m_chart->m_indexOfId.value(m_chart->selectedResolution(), -1);
    if (selectedIndex >= 0 && selectedIndex < g.resolutionPos.size()) {
        const QPointF p = g.resolutionPos[selectedIndex];
        if (p.x() >= g.plot.left() && p.x() <= g.plot.right()) {
            painter->setPen(QPen(selectionLine, 1, Qt::DashLine));
            painter->drawLine(QPointF(p.x(), g.plot.top()), QPointF(p.x(), g.plot.bottom()));
            painter->setPen(QPen(surface.text, 2));
            painter->setBrush(Qt::NoBrush);
            const qreal r = chartstyle::of(data.resolutions[selectedIndex].category()).size / 2 + 4;
            painter->drawEllipse(p, r, r);
        }
    }

    QFont font = m_chart->font();
    font.setPointSizeF(8);
    QFont lagFont = font;
    lagFont.setPointSizeF(7);
    lagFont.setItalic(true);
    for (const TimelineGeometry::Label &label : g.labels) {
        if (label.resolution < 0) {
            // On its link: the box interrupts the dashed line, so the line never runs through the text.
            painter->setPen(Qt::NoPen);
            painter->setBrush(surface.labelFill);
            painter->drawRoundedRect(label.rect, 2, 2);
            painter->setPen(surface.mutedText);
            chartstyle::drawCentredText(painter, label.rect, label.text, lagFont);
            continue;
        }
        const TimelineEntry &e = data.resolutions[label.resolution];
        QColor colour = chartstyle::of(e.category()).colour;
        const bool isSelected = label.resolution == selectedIndex;
        // A resolution the filters leave out keeps its label, faded like its marker.
        painter->setOpacity(m_chart->isMatching(label.resolution) || isSelected ? 1.0 : 0.35);
        if (label.leader) {
            QColor leader = colour;
            leader.setAlpha(170);
            painter->setPen(QPen(leader, 1));
            painter->drawLine(leaderLine(label, chartstyle::of(e.category()).size / 2));
        }
        QColor border = colour;
        border.setAlpha(isSelected ? 255 : 140);
        painter->setPen(QPen(border, isSelected ? 1.5 : 0.8));
        // The selected label stands out by its border and weight; its fill is the selection's tint.
        QColor selectedFill = surface.dark ? surface.plot.lighter(160) : QColor(0xfd, 0xf2, 0xe9);
        painter->setBrush(isSelected ? selectedFill : surface.labelFill);
        painter->drawRoundedRect(label.rect, 3, 3);
        QFont f = font;
        f.setBold(isSelected || e.category() == TimelineCategory::SanctionsRound);
        painter->setPen(surface.text);
        chartstyle::drawCentredText(painter, label.rect, label.text, f);
    }
    painter->setOpacity(1.0);
}

} // namespace st
