#pragma once

#include "analysis/Timeline.h"
#include "charts/ChartPalette.h"

#include <QChart>
#include <QDate>
#include <QImage>

#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QXYSeries;
class QValueAxis;

namespace st {

class TimelineLayer;
struct TimelineGeometry;
struct TimelineLabelFonts;

struct TimelineChartOptions {
    bool legend = true;
    bool labels = true;     // resolution numbers next to their markers, never overlapping
    bool triggers = true;   // trigger events, each linked to its resolution with the lag
    bool escalation = true; // distinct measure types in force, as a step line on its own axis
    bool acts = true;       // statements, Committee decisions and reports, in a lane of their own
    QDate from;             // null: 1 January of the first year with data
    QDate to;               // null: today
    QString title;          // empty: no title (the workspace says what it shows around the chart)
};

// The timeline of one state's sanctions: a marker per resolution in lanes by category (sanctions
// rounds, Panel of Experts renewals, vetoed drafts and other texts), the escalation step line on its
// own right-hand axis, trigger events linked to the resolutions they led to, and labels with the
// resolution numbers, staggered with leader lines where they would overlap.
//
// A plain QChart: it draws completely without a QChartView, so reports render it into any QPainter
// at print resolution (see paintTimeline()). The interactive view is TimelineView.
class TimelineChart : public QChart {
    Q_OBJECT
public:
    explicit TimelineChart(const TimelineData &data, const TimelineChartOptions &options = {},
                           QGraphicsItem *parent = nullptr);
    ~TimelineChart() override;

    // `escalationKnown` false: the escalation is still being counted (a large state); the step line and
    // its axis stay away until setEscalation() brings it, rather than drawing a false zero.
    void setData(const TimelineData &data, bool escalationKnown = true);
    void setEscalation(const QList<EscalationStep> &steps);
    [[nodiscard]] bool isEscalationKnown() const { return m_escalationKnown; }
    // Paper colours by default (print); the interactive view passes its palette's surface.
    void setSurface(const chartstyle::Surface &surface);
    [[nodiscard]] const chartstyle::Surface &surface() const { return m_surface; }
    [[nodiscard]] const TimelineData &data() const { return m_data; }
    [[nodiscard]] const TimelineChartOptions &options() const { return m_options; }

    // The visible dates. Zooming and panning keep within a little more than the data's own span.
    [[nodiscard]] QDate rangeFrom() const;
    [[nodiscard]] QDate rangeTo() const;
    void setDateRange(const QDate &from, const QDate &to);
    void fitAll();
    // factor > 1 zooms in, keeping the date under `chartX` (item coordinates) where it is.
    void zoomAt(qreal factor, qreal chartX);
    void panByPixels(qreal dx);
    // The date under `chartX` (item coordinates), for rubber-band zooming.
    [[nodiscard]] QDate dateAt(qreal chartX) const;
    [[nodiscard]] bool isFitted() const;

    [[nodiscard]] qint64 selectedResolution() const { return m_selected; }
    void setSelectedResolution(qint64 id);

    // The resolutions the browser's filters let through; the others are drawn faded (markers and
    // labels), so the timeline shows where the matches fall. Nullopt: no filter, all drawn alike.
    void setMatching(const std::optional<QSet<qint64>> &ids);
    [[nodiscard]] bool isMatching(int resolutionIndex) const;
    // A trigger matches when the resolution it led to does.
    [[nodiscard]] bool isTriggerMatching(int triggerIndex) const;
    [[nodiscard]] int matchingCount() const;
    // The faded markers of `category` (not in the legend); empty when nothing is filtered out.
    [[nodiscard]] QScatterSeries *fadedSeries(TimelineCategory category) const;
    [[nodiscard]] QScatterSeries *fadedTriggerSeries(EventKind kind) const;
    // The resolution before or after `id` in date order (keyboard navigation); 0 at either end.
    [[nodiscard]] qint64 neighbour(qint64 id, int step) const;

    // What is under `pos` (item coordinates): an index into data().resolutions or data().triggers.
    struct Hit {
        int resolution = -1;
        int trigger = -1;
        int act = -1; // index into data().acts
        [[nodiscard]] bool isEmpty() const { return resolution < 0 && trigger < 0 && act < 0; }
    };
    [[nodiscard]] Hit hitTest(const QPointF &pos, qreal radius = 9) const;
    [[nodiscard]] QString toolTip(const Hit &hit) const; // rich text
    [[nodiscard]] QPointF positionOf(qint64 resolutionId) const;

    // The series, for tests and for anyone restyling the chart. On a timeline of more than a few
    // hundred resolutions (isAggregated()) they hold no points: the chart paints one marker per series
    // and kBinPixels of the visible range itself (timelineGeometry().markers), as Qt Charts would make a
    // graphics item per point, 20,000 of them for all states (slow to switch to, 30 MB).
    [[nodiscard]] bool isAggregated() const { return m_aggregated; }
    // On an aggregated timeline one marker stands for every resolution of its category (and of its
    // match to the filters) within kBinPixels: how many, and their first and last dates. One, with
    // the resolution's own date, when the timeline is not aggregated or the marker is alone.
    struct MarkerGroup {
        int count = 0;
        QDate first;
        QDate last;
    };
    [[nodiscard]] MarkerGroup markerGroup(int resolutionIndex) const;
    static constexpr qreal kBinPixels = 2;
    [[nodiscard]] QScatterSeries *categorySeries(TimelineCategory category) const;
    [[nodiscard]] QScatterSeries *triggerSeries(EventKind kind) const;
    [[nodiscard]] QScatterSeries *actSeries(ActKind kind) const { return m_actSeries.value(int(kind)); }
    // The lane-axis value of the acts lane, for tests.
    static qreal actLane();
    // The lanes' names on the left axis, bottom up ("Triggers", …, "Rounds").
    [[nodiscard]] QStringList laneNames() const;
    [[nodiscard]] QLineSeries *escalationSeries() const { return m_escalation; }
    [[nodiscard]] QCategoryAxis *dateAxis() const { return m_axisX; }
    // Where the resolution-number labels went (item coordinates) and how many found no room.
    [[nodiscard]] QList<QRectF> labelRects() const;
    [[nodiscard]] QStringList labelTexts() const;
    [[nodiscard]] int hiddenLabelCount() const;
    // Everything placed on the plot (labels with their triggers, markers' positions), for tests.
    [[nodiscard]] const TimelineGeometry &timelineGeometry() const { return *m_geometry; }

    // Beyond this many trigger events on screen their links (and lags) are not drawn: a hatch of lines.
    static constexpr int kMaxLinks = 400;

    // x of a date on the chart's axis, and back.
    static qreal xOf(const QDate &date);
    static QDate dateOf(qreal x);

signals:
    void dateRangeChanged(const QDate &from, const QDate &to);

private:
    friend class TimelineLayer;
    // Every series, from the data; or only the markers', when only what matches changed (the
    // escalation line stays, with its geometry).
    void buildSeries();
    void removeMarkerSeries();
    void buildMarkerSeries();
    void buildEscalation();
    void setEscalationRange();
    void fitLaneShare();
    void placeAggregatedMarkers();
    // The acts lane (TimelineChartActs.cpp): its series, its markers' places, their hits and tooltips.
    void buildActSeries(const std::function<void(QScatterSeries *, const QList<QPointF> &)> &addMarkers);
    void placeActs(QList<QRectF> &obstacles);
    [[nodiscard]] int actAt(const QPointF &pos, qreal radiusSquared) const;
    [[nodiscard]] QString actToolTip(int index) const;
    void updateTicks();
    void relayout();
    // The right axis's title, shortened when the plot is too low for it (a small screen).
    void fitEscalationTitle();
    void clampAndSetRange(qreal min, qreal max);
    // The dates the data covers: 1 January of its first year to `to` (today by default).
    [[nodiscard]] std::pair<qreal, qreal> extent() const;

    // Read through data() where a method may change the chart: the workspace keeps the same lists
    // (shared), and one non-const access copied them all (100,000 entries at each state switch).
    TimelineData m_data;
    QHash<qint64, int> m_indexOfId;
    TimelineChartOptions m_options;
    chartstyle::Surface m_surface = chartstyle::paperSurface();
    qint64 m_selected = 0;
    QCategoryAxis *m_axisX = nullptr;
    QCategoryAxis *m_lanes = nullptr;
    QCategoryAxis *m_escalationAxis = nullptr;
    int m_highestCount = 1;      // the escalation line's highest count of measure types
    qreal m_laneAxisTop = 10;    // see fitLaneShare()
    QLineSeries *m_escalation = nullptr;
    QLineSeries *m_escalationBase = nullptr;
    QAreaSeries *m_escalationArea = nullptr;
    QHash<int, QScatterSeries *> m_categorySeries;
    QHash<int, QScatterSeries *> m_fadedSeries;
    QHash<int, QScatterSeries *> m_fadedTriggerSeries;
    std::optional<QSet<qint64>> m_matching;
    QHash<int, QScatterSeries *> m_triggerSeries;
    QHash<int, QScatterSeries *> m_actSeries;
    QHash<QXYSeries *, QList<QPointF>> m_allPoints; // every point of each marker series
    QHash<QXYSeries *, QList<int>> m_pointIndices;  // the resolution (or trigger) index of each of them
    bool m_aggregated = false;
    bool m_escalationKnown = true;
    TimelineLayer *m_below = nullptr;
    TimelineLayer *m_above = nullptr;
    std::unique_ptr<TimelineGeometry> m_geometry;
    std::unique_ptr<TimelineLabelFonts> m_labelFonts; // made for font(), kept while it stays the same
    bool m_updatingTicks = false;
};

// Paints the whole timeline into `target` of `painter` (a PDF page, a printer, an image), at the
// painter's resolution: vectors, not a screen grab. `logicalSize` is the size the chart is laid out at
// (fonts and markers keep their point sizes); it is scaled to fill `target`.
void paintTimeline(QPainter *painter, const QRectF &target, const TimelineData &data,
                   const TimelineChartOptions &options = {}, const QSizeF &logicalSize = QSizeF(1000, 420));

// The timeline as an image of `logicalSize` * `scale` pixels (scale 3 ≈ 300 dpi for a page-wide chart).
QImage renderTimelineImage(const TimelineData &data, const QSize &logicalSize, qreal scale = 1.0,
                           const TimelineChartOptions &options = {});

} // namespace st
