#include "charts/ChartStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace st::chartstyle {

MarkerStyle of(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::SanctionsRound:
        return {QColor(0xc0, 0x39, 0x2b), QScatterSeries::MarkerShapeCircle, 12};
    case TimelineCategory::PanelRenewal:
        return {QColor(0x2e, 0x86, 0xc1), QScatterSeries::MarkerShapeRectangle, 9};
    case TimelineCategory::VetoedDraft:
        return {QColor(0x8e, 0x44, 0xad), QScatterSeries::MarkerShapeRotatedRectangle, 12};
    case TimelineCategory::Other:
        return {QColor(0x7f, 0x8c, 0x8d), QScatterSeries::MarkerShapeRectangle, 8};
    }
    return {};
}

MarkerStyle of(EventKind kind)
{
    switch (kind) {
    case EventKind::NuclearTest:
        return {QColor(0xe6, 0x7e, 0x22), QScatterSeries::MarkerShapeStar, 15};
    case EventKind::MissileLaunch:
        return {QColor(0xb9, 0x77, 0x0e), QScatterSeries::MarkerShapeTriangle, 11};
    case EventKind::SatelliteLaunch:
        return {QColor(0x17, 0xa5, 0x89), QScatterSeries::MarkerShapePentagon, 11};
    case EventKind::Other:
        return {QColor(0x95, 0xa5, 0xa6), QScatterSeries::MarkerShapeCircle, 8};
    }
    return {};
}

QColor escalationColour() { return QColor(0x14, 0x5a, 0x32); }
QColor capColour() { return QColor(0x9c, 0x3d, 0x10); }
QColor mutedText() { return QColor(0x5f, 0x6b, 0x76); }

namespace {

QPolygonF regularPolygon(int corners, qreal radius, qreal rotation, const QPointF &centre)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = rotation + 2 * M_PI * i / corners;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

QPolygonF star(qreal outer, const QPointF &centre)
{
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 == 0 ? outer : outer * 0.45;
        const qreal angle = -M_PI / 2 + M_PI * i / 5;
        polygon << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    return polygon;
}

} // namespace

QImage markerImage(const MarkerStyle &style, qreal devicePixelRatio)
{
    const int side = int(std::ceil(style.size * devicePixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(style.colour);
    const qreal s = style.size;
    const QPointF c(s / 2, s / 2);
    const qreal r = s / 2 - 0.5;
    switch (style.shape) {
    case QScatterSeries::MarkerShapeCircle:
        p.drawEllipse(c, r, r);
        break;
    case QScatterSeries::MarkerShapeRectangle:
        p.drawRect(QRectF(0.5, 0.5, s - 1, s - 1));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        p.drawPolygon(regularPolygon(4, r, 0, c));
        break;
    case QScatterSeries::MarkerShapeTriangle:
        p.drawPolygon(regularPolygon(3, r, -M_PI / 2, c + QPointF(0, r * 0.15)));
        break;
    case QScatterSeries::MarkerShapeStar:
        p.drawPolygon(star(r, c));
        break;
    case QScatterSeries::MarkerShapePentagon:
        p.drawPolygon(regularPolygon(5, r, -M_PI / 2, c));
        break;
    }
    return image;
}

} // namespace st::chartstyle
