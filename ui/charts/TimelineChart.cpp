#include "charts/TimelineChart.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineLabels.h"
#include "charts/TimelineLayers.h"
#include "workspace/ChartGeometry.h"
#include "domain/Wording.h"

#include <QAreaSeries>
#include <QFontMetricsF>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace st {

qint64 binOf(qreal px, const TimelineGeometry &g, qreal binWidth)
{
    return qint64(std::floor((px - g.plot.left()) / binWidth));
}

namespace {

// The chart's vertical layout, in units of the hidden lane axis (0 at the bottom, 10 at the top):
// lanes of markers at the bottom, the escalation line above them.
constexpr qreal kLaneAxisTop = 10.0;
constexpr qreal kEscalationBase = 5.0;
constexpr qreal kEscalationTop = 9.55;
// A lane's name needs about this many pixels of lane, or Qt leaves it out (it drops a category label
// that would touch its neighbour's).
constexpr qreal kLaneNamePixels = 16;
// On a short chart the lanes take more of the lane axis, down to this top: the escalation band above
// them keeps 1.5 units.
constexpr qreal kShortestLaneAxisTop = 6.5;
constexpr qreal kNarrowestLane = 0.9; // the triggers' and the acts' lanes
// The acts lane (statements, Committee decisions and reports; issue 16) sits between the triggers and the
// resolutions; the resolution lanes keep their places, so their labels are laid out as before.
// Every lane is at least 0.9 of the lane axis high: at 1024 x 600 that is one line of the lane names'
// font (tst_small_screen).
constexpr qreal kTriggerLane = 0.45;
constexpr qreal kActLane = 1.35;
// Beyond this many resolutions (or triggers) the series hold one point per two pixels of the visible
// range instead of one per resolution: Qt Charts makes a graphics item per point, and 20,000 of them
// make every zoom slow. Tooltips, clicks and labels still work on the resolutions themselves.
constexpr int kAggregateAbove = 800;
constexpr qreal kMinimumSpanDays = 20;

qreal laneOf(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::SanctionsRound:
        return 4.35;
    case TimelineCategory::PanelRenewal:
        return 3.25;
    case TimelineCategory::VetoedDraft:
    case TimelineCategory::NotAdoptedDraft:
    case TimelineCategory::Other:
        return 2.25;
    }
    return 2.25;
}

constexpr EventKind kEventKinds[] = {EventKind::NuclearTest, EventKind::MissileLaunch, EventKind::SatelliteLaunch,
                                     EventKind::Other};

QScatterSeries *makeScatter(const QString &name, const chartstyle::MarkerStyle &style)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(style.shape);
    series->setMarkerSize(style.size);
    series->setColor(style.colour);
    series->setBorderColor(Qt::white);
    return series;
}

} // namespace

qreal TimelineGeometry::py(qreal lane) const { return plot.bottom() - lane / laneAxisTop * plot.height(); }

qreal TimelineChart::actLane() { return kActLane; }

qreal TimelineChart::xOf(const QDate &date) { return qreal(date.toJulianDay()); }

QDate TimelineChart::dateOf(qreal x) { return QDate::fromJulianDay(qint64(std::llround(x))); }

TimelineChart::TimelineChart(const TimelineData &data, const TimelineChartOptions &options, QGraphicsItem *parent)
    : QChart(parent)
    , m_options(options)
    , m_geometry(std::make_unique<TimelineGeometry>())
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 4, 6, 2));
    setBackgroundBrush(Qt::white);
    setPlotAreaBackgroundVisible(true);
    setPlotAreaBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    setPlotAreaBackgroundPen(QPen(QColor(0xd5, 0xdb, 0xe1)));
    if (!options.title.isEmpty()) {
        setTitle(options.title);
        setTitleFont(chartstyle::sized(font(), 11));
    }

    m_axisX = new QCategoryAxis(this);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setLabelsFont(chartstyle::sized(font(), 8));
    m_axisX->setLabelsColor(chartstyle::mutedText());
    m_axisX->setGridLineColor(QColor(0xe3, 0xe7, 0xeb));
    m_axisX->setLinePenColor(QColor(0xb0, 0xb8, 0xc0));
    addAxis(m_axisX, Qt::AlignBottom);

    // The lanes, named on the left; the band above them belongs to the escalation line.
    m_lanes = new QCategoryAxis(this);
    m_lanes->setRange(0, kLaneAxisTop);
    m_lanes->setStartValue(kTriggerLane - 0.45);
    m_lanes->append(tr("Triggers"), kTriggerLane + 0.45);
    m_lanes->append(tr("Statements, reports"), kActLane + 0.45);
    m_lanes->append(tr("Failed, other"), laneOf(TimelineCategory::VetoedDraft) + 0.5);
    m_lanes->append(tr("Panel"), laneOf(TimelineCategory::PanelRenewal) + 0.5);
    m_lanes->append(tr("Rounds"), laneOf(TimelineCategory::SanctionsRound) + 0.6);
    Q_ASSERT(laneOf(TimelineCategory::SanctionsRound) + 0.6 < kEscalationBase + 0.01);
    m_lanes->append(QStringLiteral(" "), kLaneAxisTop);
    m_lanes->setLabelsFont(chartstyle::sized(font(), 7.5));
    m_lanes->setLabelsColor(chartstyle::mutedText());
    m_lanes->setGridLineColor(QColor(0xe3, 0xe7, 0xeb));
    m_lanes->setLinePenColor(QColor(0xb0, 0xb8, 0xc0));
    m_lanes->setTruncateLabels(false);
    addAxis(m_lanes, Qt::AlignLeft);

    m_escalationAxis = new QCategoryAxis(this);
    m_escalationAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_escalationAxis->setLabelsFont(chartstyle::sized(font(), 8));
    m_escalationAxis->setLabelsColor(chartstyle::escalationColour());
    m_escalationAxis->setTitleText(tr("Measure types in force", "the right-hand axis title: short"));
    m_escalationAxis->setTitleFont(chartstyle::sized(font(), 8));
    m_escalationAxis->setTitleBrush(chartstyle::escalationColour());
    m_escalationAxis->setGridLineVisible(false);
    m_escalationAxis->setLinePenColor(QColor(0xb0, 0xb8, 0xc0));
    m_escalationAxis->setVisible(options.escalation);
    addAxis(m_escalationAxis, Qt::AlignRight);

    legend()->setVisible(options.legend);
    legend()->setAlignment(Qt::AlignTop);
    legend()->setFont(chartstyle::sized(font(), 8));
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setShowToolTips(true); // a name shortened for lack of room is shown whole on hover

    m_below = new TimelineLayer(this, TimelineLayer::Below);
    m_above = new TimelineLayer(this, TimelineLayer::Above);

    connect(m_axisX, &QValueAxis::rangeChanged, this, [this] {
        updateTicks();
        relayout();
        emit dateRangeChanged(rangeFrom(), rangeTo());
    });
    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        relayout();
    });

    // The workspace's chart starts empty and gets its state's data before the first paint: building
    // the series of nothing first would be work done twice at start.
    if (data.resolutions.isEmpty() && data.triggers.isEmpty() && data.acts.isEmpty() && data.escalation.isEmpty()) {
        fitAll();
        relayout();
    } else {
        setData(data);
    }
    setSurface(m_surface);
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setSurface(const chartstyle::Surface &surface)
{
    m_surface = surface;
    chartstyle::applySurface(this, surface);
    // The lane names are read as text; the escalation axis keeps its colour, made readable.
    m_lanes->setLabelsColor(surface.mutedText);
    const QColor escalation = chartstyle::readableOn(chartstyle::escalationColour(), surface);
    m_escalationAxis->setLabelsColor(escalation);
    m_escalationAxis->setTitleBrush(escalation);
    if (m_escalationArea) {
        QColor fill = escalation;
        fill.setAlpha(38);
        m_escalationArea->setBrush(fill);
        m_escalationArea->setPen(QPen(escalation, 2));
    }
    m_below->update();
    m_above->update();
}

void TimelineChart::setData(const TimelineData &data, bool escalationKnown)
{
    m_escalationKnown = escalationKnown;
    m_data = data;
    m_indexOfId.clear();
    m_indexOfId.reserve(m_data.resolutions.size());
    for (int i = 0; i < m_data.resolutions.size(); ++i)
        m_indexOfId.insert(data.resolutions[i].id, i);
    buildSeries();
    fitAll();
    relayout();
}

void TimelineChart::setEscalation(const QList<EscalationStep> &steps)
{
    m_data.escalation = steps;
    m_escalationKnown = true;
    // Only the step line changes: the analyst's zoom stays.
    const qreal min = m_axisX->min();
    const qreal max = m_axisX->max();
    buildSeries();
    clampAndSetRange(min, max);
    relayout();
}

std::pair<qreal, qreal> TimelineChart::extent() const
{
    QDate first = m_options.from;
    if (!first.isValid()) {
        for (const TimelineEntry &e : m_data.resolutions)
            first = first.isValid() ? std::min(first, e.date) : e.date;
        for (const TriggerLink &t : m_data.triggers)
            first = first.isValid() ? std::min(first, t.event.citedDate()) : t.event.citedDate();
        first = first.isValid() ? QDate(first.year(), 1, 1) : QDate::currentDate().addYears(-5);
    }
    // An end date asked for is kept (a report's detail of one period); by default the data's last day.
    QDate last = m_options.to.isValid() ? m_options.to : QDate::currentDate();
    if (!m_options.to.isValid()) {
        for (const TimelineEntry &e : m_data.resolutions)
            last = std::max(last, e.date);
    }
    if (last <= first)
        last = first.addYears(1);
    return {xOf(first), xOf(last)};
}

void TimelineChart::buildSeries()
{
    removeAllSeries(); // the escalation area takes its two lines with it (buildEscalation)
    m_escalation = nullptr;
    m_escalationBase = nullptr;
    m_escalationArea = nullptr;
    m_escalationAxis->setVisible(m_options.escalation && m_escalationKnown);
    if (m_options.escalation && m_escalationKnown)
        buildEscalation();
    buildMarkerSeries();
}

void TimelineChart::removeMarkerSeries()
{
    for (QAbstractSeries *series : this->series()) {
        if (series == m_escalationArea)
            continue;
        removeSeries(series);
        delete series;
    }
}

void TimelineChart::buildMarkerSeries()
{
    m_categorySeries.clear();
    m_triggerSeries.clear();
    m_actSeries.clear();
    m_allPoints.clear();
    m_fadedSeries.clear();
    m_fadedTriggerSeries.clear();
    m_aggregated = m_data.resolutions.size() > kAggregateAbove || m_data.triggers.size() > kAggregateAbove;
    m_pointIndices.clear();
    auto addMarkers = [this](QScatterSeries *series, const QList<QPointF> &points, const QList<int> &indices) {
        if (!m_aggregated)
            series->replace(points); // else the layer above paints them by bin (placeAggregatedMarkers)
        m_allPoints.insert(series, points);
        m_pointIndices.insert(series, indices);
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_lanes);
    };
    // One series of what matches the browser's filters and, when some do not, a pale one beneath it
    // (out of the legend). Returns the matching series.
    auto addSplit = [&](const QString &name, const chartstyle::MarkerStyle &style, const QList<QPointF> &points,
                        const QList<QPointF> &faded, const QList<int> &pointIndices, const QList<int> &fadedIndices,
                        QHash<int, QScatterSeries *> &fadedSeries, int key) {
        if (!faded.isEmpty()) {
            chartstyle::MarkerStyle paleStyle = style;
            paleStyle.colour = chartstyle::faded(style.colour);
            auto *pale = makeScatter(name, paleStyle);
            addMarkers(pale, faded, fadedIndices);
            for (QLegendMarker *marker : legend()->markers(pale))
                marker->setVisible(false);
            fadedSeries.insert(key, pale);
        }
        auto *series = makeScatter(name, style);
        addMarkers(series, points, pointIndices);
        return series;
    };
    for (TimelineCategory category : kTimelineCategories) {
        QList<QPointF> points;
        QList<QPointF> faded;
        QList<int> pointIndices;
        QList<int> fadedIndices;
        for (int i = 0; i < m_data.resolutions.size(); ++i) {
            const TimelineEntry &e = data().resolutions[i];
            if (e.category() != category)
                continue;
            const bool matching = isMatching(i);
            (matching ? points : faded).append({xOf(e.date), laneOf(category)});
            (matching ? pointIndices : fadedIndices).append(i);
        }
        m_categorySeries.insert(int(category), addSplit(chartstyle::legendName(category), chartstyle::of(category),
                                                        points, faded, pointIndices, fadedIndices, m_fadedSeries,
                                                        int(category)));
    }
    if (m_options.triggers) {
        for (EventKind kind : kEventKinds) {
            QList<QPointF> points;
            QList<QPointF> faded; // a trigger fades with the resolution it led to
            QList<int> pointIndices;
            QList<int> fadedIndices;
            for (int i = 0; i < m_data.triggers.size(); ++i) {
                const TriggerLink &t = data().triggers[i];
                if (t.event.kind != kind)
                    continue;
                const bool matching = isTriggerMatching(i);
                (matching ? points : faded).append({xOf(t.event.citedDate()), kTriggerLane});
                (matching ? pointIndices : fadedIndices).append(i);
            }
            m_triggerSeries.insert(int(kind), addSplit(displayName(kind), chartstyle::of(kind), points, faded,
                                                       pointIndices, fadedIndices, m_fadedTriggerSeries, int(kind)));
        }
    }
    if (m_options.acts)
        buildActSeries([&](QScatterSeries *series, const QList<QPointF> &points) { addMarkers(series, points, {}); });
    // A legend entry only for what this state's timeline actually shows (matching or not).
    for (QAbstractSeries *series : this->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        const int category = m_categorySeries.key(scatter, -1);
        const int kind = m_triggerSeries.key(scatter, -1);
        const bool hasFaded = (category >= 0 && m_fadedSeries.contains(category))
                              || (kind >= 0 && m_fadedTriggerSeries.contains(kind));
        if (xy && m_allPoints.contains(xy) && m_allPoints.value(xy).isEmpty() && !hasFaded) {
            for (QLegendMarker *marker : legend()->markers(series))
                marker->setVisible(false);
        }
    }
}

void TimelineChart::buildEscalation()
{
    const auto [first, last] = extent();
    const qreal span = last - first;
    const qreal lineStart = std::min(first, data().escalation.isEmpty() ? first : xOf(data().escalation.first().date)) - span;
    const qreal lineEnd = last + span;

    m_escalation = new QLineSeries(this);
    int previous = 0;
    int highest = 1;
    // The line starts at the first step: a report's range begins with the count carried in from before
    // it, which the line must not show as a rise from zero on that day (nor zero before it).
    if (m_data.escalation.isEmpty())
        m_escalation->append(lineStart, 0);
    for (const EscalationStep &step : data().escalation) {
        const qreal x = xOf(step.date);
        if (m_escalation->count() > 0)
            m_escalation->append(x, previous);
        m_escalation->append(x, step.measureTypes);
        previous = step.measureTypes;
        highest = std::max(highest, step.measureTypes);
    }
    m_escalation->append(lineEnd, previous);
    m_escalationBase = new QLineSeries(this);
    m_escalationBase->append(lineStart, 0);
    m_escalationBase->append(lineEnd, 0);

    m_escalationArea = new QAreaSeries(m_escalation, m_escalationBase);
    // The area does not delete its lines: as its children they go with it, not with the chart (each
    // rebuild left two more lines, the step line as long as the state's history, until the window closed).
    m_escalation->setParent(m_escalationArea);
    m_escalationBase->setParent(m_escalationArea);
    // Short in the legend (one row for a dozen entries); the right-hand axis says it in full.
    m_escalationArea->setName(tr("Types in force", "legend: the stepped line counting measure types in force"));
    const QColor line = chartstyle::readableOn(chartstyle::escalationColour(), m_surface);
    QColor fill = line;
    fill.setAlpha(38);
    m_escalationArea->setBrush(fill);
    m_escalationArea->setPen(QPen(line, 2));
    addSeries(m_escalationArea);
    m_escalationArea->attachAxis(m_axisX);
    m_escalationArea->attachAxis(m_escalationAxis);
    for (QLegendMarker *marker : legend()->markers(m_escalationArea)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(fill);
        marker->setPen(QPen(line, 1.5));
        marker->setLabel(m_escalationArea->name());
    }

    m_highestCount = highest;
    setEscalationRange();
}

void TimelineChart::setEscalationRange()
{
    // The right axis maps 0..highest onto the band above the lanes; only those values are labelled.
    const int highest = m_highestCount;
    const qreal bandTop = kEscalationTop - (kLaneAxisTop - m_laneAxisTop);
    const qreal unitsPerType = (bandTop - kEscalationBase) / highest;
    const qreal low = -kEscalationBase / unitsPerType;
    const qreal high = (m_laneAxisTop - kEscalationBase) / unitsPerType;
    for (const QString &label : m_escalationAxis->categoriesLabels())
        m_escalationAxis->remove(label);
    m_escalationAxis->setStartValue(low);
    const int step = highest <= 8 ? 2 : highest <= 30 ? 5 : 10;
    for (int v = 0; v <= highest; v += step)
        m_escalationAxis->append(QString::number(v), v);
    m_escalationAxis->append(QStringLiteral(" "), high);
    m_escalationAxis->setRange(low, high);
}

void TimelineChart::fitLaneShare()
{
    // With the Designations panel open below it the timeline of a 1280x800 window is about 205 pixels
    // tall; when the escalation band kept half the height, Qt left out "Triggers" and "Failed, other".
    // A short chart gives the lanes more of it instead, so that every lane keeps its name.
    const qreal height = plotArea().height();
    if (height <= 1)
        return;
    const qreal top = std::clamp(height * kNarrowestLane / kLaneNamePixels, kShortestLaneAxisTop, kLaneAxisTop);
    if (std::abs(top - m_laneAxisTop) < 0.01)
        return;
    m_laneAxisTop = top;
    m_lanes->setRange(0, m_laneAxisTop);
    if (m_options.escalation && m_escalationArea)
        setEscalationRange();
}

QStringList TimelineChart::laneNames() const
{
    QStringList names = m_lanes->categoriesLabels();
    names.removeAll(QStringLiteral(" ")); // the filler above the lanes, under the escalation band
    return names;
}

QDate TimelineChart::rangeFrom() const { return dateOf(m_axisX->min()); }
QDate TimelineChart::rangeTo() const { return dateOf(m_axisX->max()); }

void TimelineChart::setDateRange(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from < to)
        clampAndSetRange(xOf(from), xOf(to));
}

void TimelineChart::fitAll()
{
    const auto [first, last] = extent();
    // A little room after the last date, so a marker on it is not cut in half.
    m_axisX->setRange(first, last + (last - first) * 0.012);
    updateTicks();
}

bool TimelineChart::isFitted() const
{
    const auto [first, last] = extent();
    return std::abs(m_axisX->min() - first) < 1 && std::abs(m_axisX->max() - (last + (last - first) * 0.012)) < 1;
}

void TimelineChart::clampAndSetRange(qreal min, qreal max)
{
    const auto [first, last] = extent();
    const qreal span = last - first;
    const qreal lowest = first - span * 0.25;
    const qreal highest = last + span * 0.25;
    qreal width = std::clamp(max - min, kMinimumSpanDays, highest - lowest);
    const qreal centre = (min + max) / 2;
    min = std::clamp(centre - width / 2, lowest, highest - width);
    m_axisX->setRange(min, min + width);
}

void TimelineChart::zoomAt(qreal factor, qreal chartX)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || factor <= 0)
        return;
    const auto [from, to] = zoomedRange(m_axisX->min(), m_axisX->max(), factor, (chartX - plot.left()) / plot.width());
    clampAndSetRange(from, to);
}

void TimelineChart::panByPixels(qreal dx)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
    const auto [from, to] = pannedRange(m_axisX->min(), m_axisX->max(), dx, plot.width());
    clampAndSetRange(from, to);
}

QDate TimelineChart::dateAt(qreal chartX) const
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return rangeFrom();
    return dateOf(m_axisX->min() + (chartX - plot.left()) / plot.width() * (m_axisX->max() - m_axisX->min()));
}

void TimelineChart::updateTicks()
{
    if (m_updatingTicks)
        return;
    m_updatingTicks = true;
    const qreal min = m_axisX->min();
    const qreal max = m_axisX->max();
    const int maxTicks = std::max(2, int(plotArea().width() / 70));
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(min);
    for (const DateTick &tick : dateTicks(dateOf(min), dateOf(max), maxTicks)) {
        const qreal x = xOf(tick.date);
        if (x > min && x < max)
            m_axisX->append(tick.label, x);
    }
    m_axisX->append(QStringLiteral(" "), max);
    m_updatingTicks = false;
}

void TimelineChart::setSelectedResolution(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_above->update();
}

qint64 TimelineChart::neighbour(qint64 id, int step) const
{
    const auto &list = m_data.resolutions;
    const int at = m_indexOfId.value(id, -1);
    if (at < 0)
        return list.isEmpty() ? 0 : (step > 0 ? list.first().id : list.last().id);
    const qsizetype i = at + step;
    return i >= 0 && i < list.size() ? list[i].id : 0;
}

QScatterSeries *TimelineChart::categorySeries(TimelineCategory category) const
{
    return m_categorySeries.value(int(category));
}

QScatterSeries *TimelineChart::triggerSeries(EventKind kind) const { return m_triggerSeries.value(int(kind)); }

QScatterSeries *TimelineChart::fadedSeries(TimelineCategory category) const
{
    return m_fadedSeries.value(int(category));
}

QScatterSeries *TimelineChart::fadedTriggerSeries(EventKind kind) const
{
    return m_fadedTriggerSeries.value(int(kind));
}

void TimelineChart::setMatching(const std::optional<QSet<qint64>> &ids)
{
    if (ids == m_matching)
        return;
    m_matching = ids;
    // The markers are rebuilt with the same range: the analyst's zoom stays.
    const qreal min = m_axisX->min();
    const qreal max = m_axisX->max();
    removeMarkerSeries();
    buildMarkerSeries();
    clampAndSetRange(min, max);
    relayout();
}

void TimelineChart::fitEscalationTitle()
{
    if (!m_options.escalation)
        return;
    const QString full = tr("Measure types in force");
    const QFontMetricsF metrics(m_escalationAxis->titleFont());
    const QString wanted = metrics.horizontalAdvance(full) + 8 <= plotArea().height() ? full : tr("In force");
    // The title runs along the axis: a new text changes the plot's width, not its height, so this settles.
    if (m_escalationAxis->titleText() != wanted)
        m_escalationAxis->setTitleText(wanted);
}

void TimelineChart::relayout()
{
    fitEscalationTitle();
    fitLaneShare();
    TimelineGeometry &g = *m_geometry;
    g.plot = plotArea();
    g.laneAxisTop = m_laneAxisTop;
    g.shadedLanes = {laneOf(TimelineCategory::SanctionsRound), laneOf(TimelineCategory::VetoedDraft)};
    g.minX = m_axisX->min();
    g.maxX = m_axisX->max();
    g.labels.clear();
    g.hiddenLabels = 0;
    g.visibleResolutions.clear();
    g.visibleTriggers.clear();
    g.visibleActs.clear();
    g.resolutionPos.resize(m_data.resolutions.size());
    g.triggerPos.resize(m_data.triggers.size());
    if (g.plot.width() <= 1 || g.maxX <= g.minX) {
        m_below->update();
        m_above->update();
        return;
    }
    g.markers.clear();
    if (m_aggregated)
        placeAggregatedMarkers();
    QList<QRectF> obstacles;
    for (int i = 0; i < m_data.resolutions.size(); ++i) {
        const TimelineEntry &e = data().resolutions[i];
        const QPointF p(g.px(xOf(e.date)), g.py(laneOf(e.category())));
        g.resolutionPos[i] = p;
        if (p.x() < g.plot.left() - 1 || p.x() > g.plot.right() + 1)
            continue;
        g.visibleResolutions << i;
        const qreal s = chartstyle::of(e.category()).size / 2 + 1;
        obstacles << QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s);
    }
    if (m_options.triggers) {
        for (int i = 0; i < m_data.triggers.size(); ++i) {
            const QPointF p(g.px(xOf(data().triggers[i].event.citedDate())), g.py(kTriggerLane));
            g.triggerPos[i] = p;
            if (p.x() < g.plot.left() - 1 || p.x() > g.plot.right() + 1)
                continue;
            g.visibleTriggers << i;
            const qreal s = chartstyle::of(data().triggers[i].event.kind).size / 2 + 1;
            obstacles << QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s);
        }
    }
    placeActs(obstacles);
    if (m_options.labels) {
        if (!m_labelFonts || m_labelFonts->base != font())
            m_labelFonts = std::make_unique<TimelineLabelFonts>(font());
        placeTimelineLabels(g, m_data, m_indexOfId, obstacles, *m_labelFonts);
    }
    m_below->update();
    m_above->update();
}

// One marker per series and bin: the first resolution (or trigger) in the bin stands for the others and
// the marker counts them all; what falls outside the plot is left out.
void TimelineChart::placeAggregatedMarkers()
{
    TimelineGeometry &g = *m_geometry;
    // In the chart's own series order, the order Qt Charts paints them in: walking the hash (keyed by
    // pointer, seeded per process) put different markers on top from one run, or printout, to the next.
    const QList<QAbstractSeries *> inOrder = series();
    for (QAbstractSeries *each : inOrder) {
        const auto it = m_allPoints.constFind(qobject_cast<QXYSeries *>(each));
        const auto *series = qobject_cast<const QScatterSeries *>(each);
        if (!series || it == m_allPoints.cend())
            continue;
        auto *key = const_cast<QScatterSeries *>(series);
        const auto what = m_triggerSeries.key(key, -1) >= 0 || m_fadedTriggerSeries.key(key, -1) >= 0
                              ? TimelineGeometry::Marker::Trigger
                              : m_actSeries.key(key, -1) >= 0 ? TimelineGeometry::Marker::Act
                                                              : TimelineGeometry::Marker::Resolution;
        const QList<int> &indices = m_pointIndices.value(it.key());
        const QList<QPointF> &points = it.value();
        qint64 lastBin = std::numeric_limits<qint64>::min();
        for (qsizetype k = 0; k < points.size(); ++k) {
            const qreal px = g.px(points[k].x());
            if (px < g.plot.left() - kBinPixels || px > g.plot.right() + kBinPixels)
                continue;
            const qint64 bin = binOf(px, g, kBinPixels);
            if (bin == lastBin) {
                ++g.markers.last().count;
                continue;
            }
            lastBin = bin;
            g.markers.append({QPointF(px, g.py(points[k].y())), series->markerShape(), series->markerSize(),
                              series->color(), 1, indices.value(k, -1), what});
        }
    }
}

void paintTimeline(QPainter *painter, const QRectF &target, const TimelineData &data,
                   const TimelineChartOptions &options, const QSizeF &logicalSize)
{
    QGraphicsScene scene;
    auto *chart = new TimelineChart(data, options);
    scene.addItem(chart);
    chart->resize(logicalSize);
    // Without a view nothing lays the chart out on the event loop: do it now.
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

QImage renderTimelineImage(const TimelineData &data, const QSize &logicalSize, qreal scale,
                           const TimelineChartOptions &options)
{
    QImage image((QSizeF(logicalSize) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintTimeline(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), data, options, QSizeF(logicalSize));
    return image;
}

} // namespace st
