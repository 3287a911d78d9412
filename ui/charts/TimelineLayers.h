#pragma once

#include "analysis/Timeline.h"

#include <QGraphicsObject>
#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>
#include <QList>
#include <QRectF>
#include <QScatterSeries>

namespace st {

class TimelineChart;

// The lanes of resolution markers, top to bottom.
inline constexpr TimelineCategory kTimelineCategories[] = {TimelineCategory::SanctionsRound,
                                                           TimelineCategory::PanelRenewal,
                                                           TimelineCategory::VetoedDraft,
                                                           TimelineCategory::NotAdoptedDraft, TimelineCategory::Other};

// Where everything of a TimelineChart is on screen right now: recomputed when the plot area or the
// date range changes, then painted by the two layers and used for hit testing.
struct TimelineGeometry {
    QRectF plot;
    qreal laneAxisTop = 10; // the lane axis's top value: less than 10 on a short chart (more room for lanes)
    qreal minX = 0;
    qreal maxX = 1;
    QList<QPointF> resolutionPos; // per TimelineData::resolutions index
    QList<QPointF> triggerPos;    // per TimelineData::triggers index
    QList<QPointF> actPos;        // per TimelineData::acts index
    QList<qreal> shadedLanes; // lane-axis values of the lanes drawn on a band
    QList<int> visibleResolutions;
    QList<int> visibleTriggers;
    QList<int> visibleActs;
    struct Label {
        QRectF rect;
        QString text;
        QPointF anchor;
        int resolution = -1; // index, or -1 for a lag label
        bool leader = false;
        int trigger = -1;    // a lag label's trigger (index into TimelineData::triggers)
    };
    QList<Label> labels;
    int hiddenLabels = 0;
    // An aggregated timeline's markers (TimelineChart::isAggregated()): one per series and bin of
    // kBinPixels, painted by the layer above the series instead of a graphics item per point, with
    // how many resolutions (or trigger events) it stands for.
    struct Marker {
        QPointF pos;
        QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
        qreal size = 8;
        QColor colour;
        int count = 0;
        int firstIndex = -1; // the first resolution (or trigger) in the bin, by date; -1 for acts
        enum What { Resolution, Trigger, Act } what = Resolution;
    };
    QList<Marker> markers;

    [[nodiscard]] qreal px(qreal x) const { return plot.left() + (x - minX) / (maxX - minX) * plot.width(); }
    [[nodiscard]] qreal py(qreal lane) const;
};

// The lines the timeline draws between things, shared by the painter and the label placement (which
// keeps labels off them) and by the tests:
// - a trigger's link, a curve from its marker up to its resolution's marker;
// The bin of an aggregated timeline that x-pixel `px` falls in (bins of `binWidth` from the plot's left).
qint64 binOf(qreal px, const TimelineGeometry &g, qreal binWidth);
QPainterPath triggerLinkPath(const QPointF &trigger, const QPointF &resolution);
// - the same as a polyline, fine enough to test rectangles against;
QPolygonF triggerLinkPolyline(const QPointF &trigger, const QPointF &resolution);
// - a label's leader from the edge of its marker (of `markerRadius`) to the label's facing edge.
// Paints one marker as Qt Charts draws a scatter point of that shape and size, with a white border.
void paintMarker(QPainter *painter, const QPointF &centre, QScatterSeries::MarkerShape shape, qreal size,
                 const QColor &colour);

QLineF leaderLine(const TimelineGeometry::Label &label, qreal markerRadius);
// Whether `line` (a polyline) passes through `rect`.
bool crosses(const QPolygonF &line, const QRectF &rect);

// Paints one layer of the timeline from its geometry: below the series (lane bands, trigger links)
// or above them (labels with leader lines, the selection). Children of the chart, so they are drawn
// wherever the chart is: in a view, in a report page, in an image.
class TimelineLayer : public QGraphicsObject {
    Q_OBJECT
public:
    enum Kind { Below, Above };
    TimelineLayer(TimelineChart *chart, Kind kind);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintBelow(QPainter *painter) const;
    void paintAbove(QPainter *painter) const;
    TimelineChart *m_chart;
    Kind m_kind;
};

} // namespace st
