// The timeline chart on the bundled DPRK data: series, labels, hit testing, zoom, rendering.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineLayers.h"
#include "charts/TextWidths.h"
#include "synthetic/SyntheticDataset.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QGraphicsLayout>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <optional>

using namespace st;

namespace {

qint64 idOf(const TimelineData &data, const QString &label)
{
    for (const TimelineEntry &e : data.resolutions) {
        if (e.shortLabel() == label)
            return e.id;
    }
    return 0;
}

// The value of a step line just after `x` (the last point at or before it).
qreal stepValueAt(const QLineSeries *series, qreal x)
{
    qreal value = 0;
    for (const QPointF &p : series->points()) {
        if (p.x() <= x)
            value = p.y();
    }
    return value;
}

void dump(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
}

// One layer of `chart` painted on its own, on a transparent image of the chart's size (item coordinates).
QImage paintLayer(TimelineChart &chart, TimelineLayer::Kind kind)
{
    QImage image(chart.size().toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (QGraphicsItem *item : chart.childItems()) {
        auto *layer = dynamic_cast<TimelineLayer *>(item);
        if (layer && (item->zValue() < 1) == (kind == TimelineLayer::Below))
            layer->paint(&painter, nullptr, nullptr);
    }
    painter.end();
    return image;
}

// Pixels of `image` neither transparent nor (about) `colour`: what was drawn besides it.
int pixelsOtherThan(const QImage &image, const QColor &colour)
{
    int other = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 64)
                continue;
            if (std::abs(c.red() - colour.red()) > 3 || std::abs(c.green() - colour.green()) > 3
                || std::abs(c.blue() - colour.blue()) > 3)
                ++other;
        }
    }
    return other;
}

} // namespace

class TestTimelineChart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesHoldTheResolutionsByCategory();
    void escalationJumpsAtTheRounds();
    void labelsDoNotOverlapAt1280();
    void hitTestAndToolTip();
    void toolTipCountsDesignations();
    void zoomPanAndFitAll();
    void keyboardNeighbours();
    void rendersWithoutAView();
    void aggregatesTwentyThousandPoints();
    void aggregatedMarkersPaintInSeriesOrder();
    void paintsEachMarkerShape();
    void aggregatedMarkersArePaintedWhereTheyAre();
    void tooManyLinksAreLeftOut();
    void matchingRebuildsOnlyTheMarkers();
    void textWidthsAreTheFontsOwn();

private:
    void layOut(TimelineChart &chart, const QSizeF &size);
    // The 3,000 resolutions of everyStateOf3000(), made once for the tests of the layers.
    const TimelineData &everyState();
    std::unique_ptr<Database> m_db;
    TimelineData m_data;
    std::optional<TimelineData> m_everyState;
    QGraphicsScene m_scene;
};

void TestTimelineChart::initTestCase()
{
    m_db = test::openMemory();
    m_data = buildTimeline(*m_db, QStringLiteral("PRK")).value();
    QCOMPARE(m_data.resolutions.size(), 27); // with 2664 (2022)
}

void TestTimelineChart::layOut(TimelineChart &chart, const QSizeF &size)
{
    m_scene.addItem(&chart);
    chart.resize(size);
    chart.layout()->activate();
}

void TestTimelineChart::seriesHoldTheResolutionsByCategory()
{
    TimelineChart chart(m_data);
    QCOMPARE(chart.categorySeries(TimelineCategory::SanctionsRound)->count(), 10);
    QCOMPARE(chart.categorySeries(TimelineCategory::PanelRenewal)->count(), 13);
    QCOMPARE(chart.categorySeries(TimelineCategory::VetoedDraft)->count(), 2);
    QCOMPARE(chart.categorySeries(TimelineCategory::Other)->count(), 2); // 1695 and 2664 (2022)
    // Every resolution's date is a point of its category's series.
    for (const TimelineEntry &e : m_data.resolutions) {
        const auto points = chart.categorySeries(e.category())->points();
        const bool found = std::any_of(points.begin(), points.end(), [&](const QPointF &p) {
            return TimelineChart::dateOf(p.x()) == e.date;
        });
        QVERIFY2(found, qPrintable(e.symbol));
    }
    QCOMPARE(chart.categorySeries(TimelineCategory::VetoedDraft)->points().first().x(),
             TimelineChart::xOf(QDate(2022, 5, 26)));
    QCOMPARE(chart.triggerSeries(EventKind::NuclearTest)->count(), 6);
    int triggers = 0;
    for (EventKind kind : {EventKind::NuclearTest, EventKind::MissileLaunch, EventKind::SatelliteLaunch, EventKind::Other})
        triggers += chart.triggerSeries(kind)->count();
    QCOMPARE(triggers, 14);
}

void TestTimelineChart::escalationJumpsAtTheRounds()
{
    TimelineChart chart(m_data);
    const QLineSeries *line = chart.escalationSeries();
    QVERIFY(line);
    const QList<QDate> rounds{QDate(2006, 10, 14), QDate(2016, 3, 2), QDate(2016, 11, 30),
                              QDate(2017, 8, 5),   QDate(2017, 9, 11), QDate(2017, 12, 22)};
    for (const QDate &day : rounds) {
        const qreal x = TimelineChart::xOf(day);
        QVERIFY2(stepValueAt(line, x) > stepValueAt(line, x - 1), qPrintable(day.toString(Qt::ISODate)));
    }
    // The line is the core's escalation steps, nothing else.
    QCOMPARE(stepValueAt(line, TimelineChart::xOf(QDate(2030, 1, 1))), qreal(m_data.escalation.last().measureTypes));
}

void TestTimelineChart::labelsDoNotOverlapAt1280()
{
    TimelineChart chart(m_data);
    layOut(chart, QSizeF(1280, 330));
    const QList<QRectF> rects = chart.labelRects();
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(chart.labelTexts()[i] + QLatin1Char('/') + chart.labelTexts()[j]));
    }
    const QStringList texts = chart.labelTexts();
    for (const char *n : {"1718", "1874", "2087", "2094", "2270", "2321", "2356", "2371", "2375", "2397"})
        QVERIFY2(texts.contains(QLatin1String(n)), n);
    QCOMPARE(chart.hiddenLabelCount(), 0);
    m_scene.removeItem(&chart);
}

void TestTimelineChart::hitTestAndToolTip()
{
    TimelineChart chart(m_data);
    layOut(chart, QSizeF(1280, 330));
    const qint64 id = idOf(m_data, QStringLiteral("2375"));
    const QPointF pos = chart.positionOf(id);
    QVERIFY(chart.plotArea().contains(pos));
    const TimelineChart::Hit hit = chart.hitTest(pos + QPointF(2, 1));
    QVERIFY(hit.resolution >= 0);
    QCOMPARE(m_data.resolutions[hit.resolution].id, id);
    const QString tip = chart.toolTip(hit);
    QVERIFY2(tip.contains(QStringLiteral("S/RES/2375 (2017)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("15–0–0")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Nuclear test")) && tip.contains(QStringLiteral("9 days")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("designation")), qPrintable(tip)); // no UN list imported
    QVERIFY(chart.hitTest(QPointF(chart.plotArea().left() + 3, chart.plotArea().top() + 3)).isEmpty());
    m_scene.removeItem(&chart);
}

void TestTimelineChart::toolTipCountsDesignations()
{
    TimelineData data = m_data;
    const qint64 id = idOf(data, QStringLiteral("2270"));
    for (TimelineEntry &e : data.resolutions) {
        if (e.id == id)
            e.designations = {16, 12, 2};
    }
    TimelineChart chart(data);
    layOut(chart, QSizeF(1280, 330));
    const TimelineChart::Hit hit = chart.hitTest(chart.positionOf(id));
    QVERIFY(hit.resolution >= 0);
    QCOMPARE(data.resolutions[hit.resolution].id, id);
    const QString tip = chart.toolTip(hit);
    QVERIFY2(tip.contains(QStringLiteral("28 designations (16 individuals, 12 entities); 2 since delisted")), qPrintable(tip));
    m_scene.removeItem(&chart);
}

void TestTimelineChart::zoomPanAndFitAll()
{
    TimelineChart chart(m_data);
    layOut(chart, QSizeF(1000, 330));
    QVERIFY(chart.isFitted());
    QCOMPARE(chart.rangeFrom(), QDate(2006, 1, 1));
    QVERIFY(chart.rangeTo() >= QDate::currentDate());
    const qint64 span = chart.rangeFrom().daysTo(chart.rangeTo());
    chart.zoomAt(2.0, chart.plotArea().center().x());
    QVERIFY(qAbs(chart.rangeFrom().daysTo(chart.rangeTo()) - span / 2) <= 2);
    QVERIFY(!chart.isFitted());
    const QDate before = chart.rangeFrom();
    chart.panByPixels(-100); // drag left: later dates come in
    QVERIFY(chart.rangeFrom() > before);
    chart.setDateRange(QDate(2017, 1, 1), QDate(2018, 1, 1));
    QCOMPARE(chart.rangeFrom(), QDate(2017, 1, 1));
    // Zoomed on 2017, all five labels of that year are readable.
    for (const char *n : {"2345", "2356", "2371", "2375", "2397"})
        QVERIFY2(chart.labelTexts().contains(QLatin1String(n)), n);
    chart.fitAll();
    QVERIFY(chart.isFitted());
    m_scene.removeItem(&chart);
}

void TestTimelineChart::keyboardNeighbours()
{
    TimelineChart chart(m_data);
    const qint64 first = m_data.resolutions.first().id;
    QCOMPARE(chart.neighbour(first, -1), qint64(0));
    QCOMPARE(chart.neighbour(first, 1), m_data.resolutions[1].id);
    QCOMPARE(chart.neighbour(0, 1), first); // nothing selected: start at the first
}

void TestTimelineChart::rendersWithoutAView()
{
    const QImage image = renderTimelineImage(m_data, QSize(1000, 420), 2.0);
    QCOMPARE(image.size(), QSize(2000, 840));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, "the rendered timeline is nearly blank");
    dump(image, QStringLiteral("timeline-print.png"));

    TimelineChart chart(m_data);
    layOut(chart, QSizeF(1280, 330));
    QImage screen(1280, 330, QImage::Format_ARGB32_Premultiplied);
    screen.fill(Qt::white);
    QPainter painter(&screen);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene.render(&painter, QRectF(0, 0, 1280, 330), chart.geometry());
    painter.end();
    dump(screen, QStringLiteral("timeline-1280.png"));
    m_scene.removeItem(&chart);
}

// A large timeline: 3,000 synthetic resolutions of 20 states, all on the chart at once.
TimelineData everyStateOf3000()
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 3000;
    options.states = 20;
    if (!generateSyntheticDataset(*db, options).ok())
        qFatal("the synthetic dataset could not be generated");
    return buildTimeline(*db, QString()).value();
}

const TimelineData &TestTimelineChart::everyState()
{
    if (!m_everyState)
        m_everyState = everyStateOf3000();
    return *m_everyState;
}

void TestTimelineChart::aggregatesTwentyThousandPoints()
{
    const TimelineData all = everyStateOf3000();
    QCOMPARE(all.resolutions.size(), 3000);
    TimelineChart chart(all);
    layOut(chart, QSizeF(1280, 330));
    QVERIFY(chart.isAggregated());
    const qreal width = chart.plotArea().width();
    // No graphics item per point: the series stay empty and the chart paints one marker per bin,
    // which counts every resolution it stands for.
    const QList<TimelineGeometry::Marker> &markers = chart.timelineGeometry().markers;
    QHash<QString, int> perSeries; // markers per shape and colour (one series each)
    int counted = 0;
    for (TimelineCategory c : {TimelineCategory::SanctionsRound, TimelineCategory::PanelRenewal,
                               TimelineCategory::VetoedDraft, TimelineCategory::Other})
        QCOMPARE(chart.categorySeries(c)->count(), 0);
    for (const TimelineGeometry::Marker &m : markers) {
        QVERIFY(m.count >= 1);
        if (m.what == TimelineGeometry::Marker::Resolution)
            counted += m.count;
        ++perSeries[QStringLiteral("%1 %2").arg(int(m.shape)).arg(m.colour.name())];
    }
    for (auto it = perSeries.cbegin(); it != perSeries.cend(); ++it)
        QVERIFY2(it.value() <= width / TimelineChart::kBinPixels + 2, qPrintable(it.key()));
    QVERIFY(markers.size() > 300);
    QCOMPARE(counted, int(chart.timelineGeometry().visibleResolutions.size()));
    // A marker of several resolutions says how many in its tooltip, with their first and last dates.
    const auto crowded = std::find_if(markers.cbegin(), markers.cend(),
                                      [](const TimelineGeometry::Marker &m) { return m.what == TimelineGeometry::Marker::Resolution && m.count > 1; });
    QVERIFY(crowded != markers.cend());
    const TimelineChart::MarkerGroup group = chart.markerGroup(crowded->firstIndex);
    QCOMPARE(group.count, crowded->count);
    QCOMPARE(group.first, all.resolutions[crowded->firstIndex].date);
    QVERIFY(group.last >= group.first);
    const QString tip = chart.toolTip({crowded->firstIndex, -1});
    QVERIFY2(tip.contains(QStringLiteral("stands for %1 resolution").arg(crowded->count)), qPrintable(tip));
    // Labels still never overlap; most are left out, not squeezed in.
    const QList<QRectF> rects = chart.labelRects();
    QVERIFY(!rects.isEmpty());
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects[i].intersects(rects[j]));
    }
    QVERIFY(chart.hiddenLabelCount() > 1000);
    // Zoomed in on one year the bins are finer than the resolutions: every one is a point again.
    chart.setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
    int inYear = 0;
    for (const TimelineEntry &e : all.resolutions)
        inYear += e.date.year() == 2000;
    int points = 0;
    for (const TimelineGeometry::Marker &m : chart.timelineGeometry().markers) {
        if (m.what == TimelineGeometry::Marker::Resolution && all.resolutions[m.firstIndex].date.year() == 2000)
            points += m.count;
    }
    QVERIFY(inYear > 20);
    QCOMPARE(points, inYear);
    // Hit testing finds the resolutions themselves, not the bins.
    const TimelineEntry &some = *std::find_if(all.resolutions.begin(), all.resolutions.end(),
                                               [](const TimelineEntry &e) { return e.date.year() == 2000; });
    const TimelineChart::Hit hit = chart.hitTest(chart.positionOf(some.id), 1);
    QVERIFY(hit.resolution >= 0);
    QCOMPARE(all.resolutions[hit.resolution].date, some.date);
    m_scene.removeItem(&chart);
}

// Where markers overlap, the one painted last shows; a report printed twice must show the same one. The
// aggregated markers follow the chart's series order (as Qt Charts paints its series), never a hash's.
void TestTimelineChart::aggregatedMarkersPaintInSeriesOrder()
{
    const TimelineData all = everyStateOf3000();
    const auto markersOf = [&all, this] {
        TimelineChart chart(all);
        layOut(chart, QSizeF(1280, 330));
        QList<int> seriesOfMarker;
        const QList<QAbstractSeries *> inOrder = chart.series();
        for (const TimelineGeometry::Marker &m : chart.timelineGeometry().markers) {
            int found = -1;
            for (int i = 0; i < inOrder.size() && found < 0; ++i) {
                const auto *scatter = qobject_cast<const QScatterSeries *>(inOrder[i]);
                if (scatter && scatter->markerShape() == m.shape && scatter->color() == m.colour
                    && scatter->markerSize() == m.size)
                    found = i;
            }
            seriesOfMarker << found;
        }
        QStringList described;
        for (const TimelineGeometry::Marker &m : chart.timelineGeometry().markers)
            described << QStringLiteral("%1,%2 %3 %4 %5").arg(m.pos.x()).arg(m.pos.y()).arg(m.colour.name()).arg(m.firstIndex).arg(m.count);
        return std::make_pair(seriesOfMarker, described);
    };
    const auto [first, firstDescribed] = markersOf();
    QVERIFY(first.size() > 300);
    QVERIFY(!first.contains(-1));
    QVERIFY2(std::is_sorted(first.cbegin(), first.cend()), "markers are not in the chart's series order");
    QVERIFY(first.first() != first.last()); // several series, so the order is tested
    const auto [second, secondDescribed] = markersOf();
    QCOMPARE(secondDescribed, firstDescribed);
}

// Each marker shape as Qt Charts draws a scatter point: a 30-pixel marker on a 40-pixel square, its
// fill checked where one shape covers and another does not.
void TestTimelineChart::paintsEachMarkerShape()
{
    const QColor colour(0x20, 0x60, 0xa0);
    const auto painted = [&colour](QScatterSeries::MarkerShape shape) {
        QImage image(40, 40, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paintMarker(&painter, QPointF(20, 20), shape, 30, colour);
        painter.end();
        return image;
    };
    const auto filled = [&colour](const QImage &image, int x, int y) { return image.pixelColor(x, y) == colour; };
    const QPointF c(20, 20);
    // Where a point at `angle` degrees (0 = straight up, clockwise) and `radius` falls.
    const auto at = [&c](qreal angle, qreal radius) {
        const qreal a = qDegreesToRadians(angle - 90);
        return (c + QPointF(radius * std::cos(a), radius * std::sin(a))).toPoint();
    };
    struct Probe {
        QScatterSeries::MarkerShape shape;
        QList<QPoint> inside;
        QList<QPoint> outside;
    };
    const QList<Probe> probes = {
        // A square reaches its corners; a circle does not.
        {QScatterSeries::MarkerShapeRectangle, {QPoint(8, 8), QPoint(31, 31)}, {QPoint(2, 2)}},
        {QScatterSeries::MarkerShapeCircle, {QPoint(20, 8), QPoint(8, 20), at(45, 12)}, {QPoint(8, 8), QPoint(31, 31)}},
        // A diamond stands on its points: up, right, down, left, not the square's corners.
        {QScatterSeries::MarkerShapeRotatedRectangle, {QPoint(20, 8), QPoint(32, 20), QPoint(20, 32), QPoint(8, 20)}, {at(45, 12), at(135, 12)}},
        // A triangle points up: its tip is there, its sides cut the circle's left and right.
        {QScatterSeries::MarkerShapeTriangle, {QPoint(20, 8), at(120, 12), at(240, 12)}, {QPoint(8, 20), QPoint(32, 20), QPoint(20, 33)}},
        // A pentagon reaches 12 px between its corners; a five-pointed star only its inner 6.75 there.
        {QScatterSeries::MarkerShapePentagon, {at(0, 13), at(36, 10), at(108, 10)}, {at(36, 14), QPoint(8, 8)}},
        {QScatterSeries::MarkerShapeStar, {at(0, 13), at(72, 13), at(36, 4)}, {at(36, 10), at(108, 10)}},
    };
    for (const Probe &probe : probes) {
        const QImage image = painted(probe.shape);
        dump(image, QStringLiteral("marker-%1.png").arg(int(probe.shape)));
        QVERIFY2(filled(image, 20, 20), qPrintable(QString::number(int(probe.shape))));
        for (const QPoint &p : probe.inside)
            QVERIFY2(filled(image, p.x(), p.y()), qPrintable(QStringLiteral("shape %1 at %2,%3").arg(int(probe.shape)).arg(p.x()).arg(p.y())));
        for (const QPoint &p : probe.outside)
            QVERIFY2(image.pixelColor(p).alpha() == 0, qPrintable(QStringLiteral("shape %1 at %2,%3").arg(int(probe.shape)).arg(p.x()).arg(p.y())));
    }
    // Its border is white, one pixel: the top of the square.
    const QImage square = painted(QScatterSeries::MarkerShapeRectangle);
    QCOMPARE(square.pixelColor(20, 5).rgb(), QColor(Qt::white).rgb());
}

// The aggregated timeline has no points in its series: the layer above them paints each marker, and
// one that nothing else covers shows its colour at its place.
void TestTimelineChart::aggregatedMarkersArePaintedWhereTheyAre()
{
    const TimelineData &all = everyState();
    TimelineChart chart(all);
    layOut(chart, QSizeF(1280, 330));
    QVERIFY(chart.isAggregated());
    const QImage image = paintLayer(chart, TimelineLayer::Above);
    dump(image, QStringLiteral("timeline-aggregated-above.png"));
    const TimelineGeometry &g = chart.timelineGeometry();
    int checked = 0;
    QSet<int> shapes;
    for (qsizetype i = 0; i < g.markers.size(); ++i) {
        const TimelineGeometry::Marker &m = g.markers[i];
        bool covered = false;
        for (qsizetype j = i + 1; j < g.markers.size() && !covered; ++j)
            covered = QLineF(m.pos, g.markers[j].pos).length() < (m.size + g.markers[j].size) / 2 + 2;
        for (const TimelineGeometry::Label &label : g.labels)
            covered = covered || label.rect.adjusted(-2, -2, 2, 2).contains(m.pos);
        if (covered || !g.plot.contains(m.pos))
            continue;
        QCOMPARE(image.pixelColor(m.pos.toPoint()).rgb(), m.colour.rgb());
        shapes.insert(int(m.shape));
        ++checked;
    }
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
    QVERIFY(shapes.size() > 1);
    // Away from every marker and label, nothing is painted.
    QCOMPARE(image.pixelColor(QPointF(g.plot.left() + 1, g.plot.top() + 1).toPoint()).alpha(), 0);
    m_scene.removeItem(&chart);
}

// Beyond kMaxLinks trigger events on screen the layer below the series draws the lane bands only; zoomed
// in on a year it draws the dashed links again.
void TestTimelineChart::tooManyLinksAreLeftOut()
{
    const TimelineData &all = everyState();
    TimelineChart chart(all);
    const QColor band = chart.surface().laneShade;
    // Before the chart has a size there is no plot: nothing is drawn.
    QVERIFY(chart.timelineGeometry().plot.width() <= 1);
    const QImage unsized = paintLayer(chart, TimelineLayer::Below);
    QVERIFY(std::all_of(reinterpret_cast<const QRgb *>(unsized.constBits()),
                        reinterpret_cast<const QRgb *>(unsized.constBits()) + unsized.width() * unsized.height(),
                        [](QRgb p) { return qAlpha(p) == 0; }));

    layOut(chart, QSizeF(1280, 330));
    QVERIFY2(chart.timelineGeometry().visibleTriggers.size() > TimelineChart::kMaxLinks,
             qPrintable(QString::number(chart.timelineGeometry().visibleTriggers.size())));
    const QImage crowded = paintLayer(chart, TimelineLayer::Below);
    dump(crowded, QStringLiteral("timeline-below-crowded.png"));
    QVERIFY(pixelsOtherThan(crowded, QColor(Qt::transparent)) > 1000); // the bands are there
    QCOMPARE(pixelsOtherThan(crowded, band), 0);                     // and nothing else

    chart.setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
    const int visible = int(chart.timelineGeometry().visibleTriggers.size());
    QVERIFY2(visible > 0 && visible <= TimelineChart::kMaxLinks, qPrintable(QString::number(visible)));
    const QImage year = paintLayer(chart, TimelineLayer::Below);
    dump(year, QStringLiteral("timeline-below-year.png"));
    QVERIFY2(pixelsOtherThan(year, band) > 20 * visible, qPrintable(QString::number(pixelsOtherThan(year, band))));
    m_scene.removeItem(&chart);
}

// What the legend shows, in its order.
QStringList legendLabels(TimelineChart &chart)
{
    // The legend shows new series' markers once laid out.
    chart.layout()->activate();
    chart.legend()->layout()->activate();
    QStringList labels;
    for (QLegendMarker *marker : chart.legend()->markers()) {
        if (marker->isVisible())
            labels << marker->label();
    }
    return labels;
}

void TestTimelineChart::matchingRebuildsOnlyTheMarkers()
{
    TimelineChart chart(m_data);
    layOut(chart, QSizeF(1280, 330));
    const QLineSeries *line = chart.escalationSeries();
    QVERIFY(line);
    const QStringList legend = legendLabels(chart);
    QCOMPARE(legend.first(), QStringLiteral("Types in force"));
    const QStringList texts = chart.labelTexts();
    const QList<QRectF> rects = chart.labelRects();
    const auto lines = [&] { return chart.findChildren<QLineSeries *>().size(); };
    const qsizetype linesAtStart = lines();
    QCOMPARE(linesAtStart, 2); // the step line and the area's base

    // Three rounds match: the markers split into bright and pale, the step line is the same object.
    const QSet<qint64> three{idOf(m_data, QStringLiteral("1718")), idOf(m_data, QStringLiteral("2270")),
                             idOf(m_data, QStringLiteral("2397"))};
    chart.setMatching(three);
    QCOMPARE(chart.escalationSeries(), line);
    QCOMPARE(chart.categorySeries(TimelineCategory::SanctionsRound)->count(), 3);
    QCOMPARE(chart.fadedSeries(TimelineCategory::SanctionsRound)->count(), 7);
    QCOMPARE(chart.categorySeries(TimelineCategory::PanelRenewal)->count(), 0);
    QCOMPARE(legendLabels(chart), legend); // same entries, same order
    // Back to all: the same labels in the same places (widths measured once are the same widths).
    chart.setMatching(std::nullopt);
    QCOMPARE(chart.categorySeries(TimelineCategory::SanctionsRound)->count(), 10);
    QVERIFY(!chart.fadedSeries(TimelineCategory::SanctionsRound));
    QCOMPARE(chart.labelTexts(), texts);
    QCOMPARE(chart.labelRects(), rects);
    QCOMPARE(legendLabels(chart), legend);

    // Neither these nor full rebuilds leave series behind: each rebuild of the step line once left two
    // lines in the chart until it was deleted.
    for (int i = 0; i < 3; ++i) {
        chart.setMatching(three);
        chart.setMatching(std::nullopt);
        chart.setEscalation(m_data.escalation);
    }
    QCOMPARE(lines(), linesAtStart);
    QCOMPARE(chart.findChildren<QScatterSeries *>().size(), chart.series().size() - 1);
    QCOMPARE(legendLabels(chart), legend);
    m_scene.removeItem(&chart);
}

void TestTimelineChart::textWidthsAreTheFontsOwn()
{
    for (const bool bold : {false, true}) {
        QFont font = QApplication::font();
        font.setPointSizeF(8);
        font.setBold(bold);
        TextWidths widths(font);
        const QFontMetricsF metrics(font);
        // Texts, kept once measured.
        for (const QString &text : {QStringLiteral("S/2022/431"), QStringLiteral("S/2025/?"), QStringLiteral("S/2022/431"),
                                    QString(), QStringLiteral("2371: 32 d")})
            QCOMPARE(widths.of(text), metrics.horizontalAdvance(text));
        QVERIFY(widths.of(QStringLiteral("S/2022/431")) > widths.of(QStringLiteral("1718")));
        // Numbers, counted from one digit's width where the font allows it (DejaVu Sans, Debian's
        // default, does): every number a synthetic database of 100,000 resolutions gives, as the font
        // itself measures it.
        if (QFontInfo(font).family() == QLatin1String("DejaVu Sans"))
            QVERIFY(widths.countsDigits());
        for (int n = 1; n <= 101000; n += (n < 3000 ? 1 : 97)) {
            QCOMPARE(widths.of(QString::number(n)), metrics.horizontalAdvance(QString::number(n)));
            QCOMPARE(widths.ofNumber(n), metrics.horizontalAdvance(QString::number(n)));
        }
        QCOMPARE(widths.ofNumber(0), metrics.horizontalAdvance(QStringLiteral("0")));
        QCOMPARE(widths.ofNumber(-12), metrics.horizontalAdvance(QStringLiteral("-12")));
        // Past the texts it keeps, it starts again and still answers right.
        qreal total = 0;
        for (int n = 0; n <= TextWidths::kMaxKept + 10; ++n)
            total += widths.of(QStringLiteral("S/%1").arg(n));
        QVERIFY(total > TextWidths::kMaxKept * metrics.horizontalAdvance(QStringLiteral("S/0")));
        for (const QString &text : {QStringLiteral("S/2022/431"), QStringLiteral("S/20009")})
            QCOMPARE(widths.of(text), metrics.horizontalAdvance(text));
    }
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timeline_chart.moc"
