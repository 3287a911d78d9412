// Issue 11, items 14 and 17: the timeline's labels on paper (the report's chart) and in the
// workspace's default view. No two labels overlap; no label is crossed by a line drawn from a marker
// (a label's leader, a trigger's link: a lag sits on its own link, whose line its box interrupts);
// every trigger's lag is written, on the whole chart or on the detail of the crowded period the report
// adds; the first resolution's marker and its trigger are inside the plot.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/ChartRendering.h"
#include "charts/ChartStyle.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineLayers.h"
#include "storage/Sql.h"
#include "synthetic/SyntheticDataset.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSet>

using namespace st;

namespace {

// The chart as the report lays it out (ReportHtmlOptions::kReportChartSize) or as the workspace shows it.
std::unique_ptr<QGraphicsScene> layOut(const TimelineData &data, const TimelineChartOptions &options,
                                       const QSizeF &size, TimelineChart *&chart)
{
    auto scene = std::make_unique<QGraphicsScene>();
    chart = new TimelineChart(data, options);
    scene->addItem(chart);
    chart->resize(size);
    chart->layout()->activate();
    return scene;
}

QString describe(const TimelineGeometry::Label &label)
{
    return QStringLiteral("'%1' at (%2, %3)").arg(label.text).arg(label.rect.x(), 0, 'f', 1).arg(label.rect.y(), 0, 'f', 1);
}

// Every failure of the rules above, as sentences (empty when the layout is clean).
QStringList layoutFaults(const TimelineChart &chart)
{
    const TimelineGeometry &g = chart.timelineGeometry();
    const TimelineData &data = chart.data();
    QStringList faults;
    QList<std::pair<int, QPolygonF>> lines; // (index of the label it leads to, or -1 - trigger for a link)
    for (qsizetype i = 0; i < g.labels.size(); ++i) {
        const TimelineGeometry::Label &l = g.labels[i];
        if (l.leader && l.resolution >= 0) {
            const QLineF line = leaderLine(l, chartstyle::of(data.resolutions[l.resolution].category()).size / 2);
            lines.append({int(i), QPolygonF({line.p1(), line.p2()})});
        }
    }
    for (int t : g.visibleTriggers) {
        const QPointF to = chart.positionOf(data.triggers[t].resolutionId);
        if (!to.isNull())
            lines.append({-1 - t, triggerLinkPolyline(g.triggerPos[t], to)});
    }
    for (qsizetype i = 0; i < g.labels.size(); ++i) {
        const TimelineGeometry::Label &a = g.labels[i];
        if (!g.plot.contains(a.rect))
            faults << describe(a) + QStringLiteral(" leaves the plot");
        for (qsizetype j = i + 1; j < g.labels.size(); ++j) {
            if (a.rect.intersects(g.labels[j].rect))
                faults << describe(a) + QStringLiteral(" overlaps ") + describe(g.labels[j]);
        }
        for (const auto &[owner, line] : lines) {
            const bool own = owner == i || (a.trigger >= 0 && owner == -1 - a.trigger);
            // A link may pass under a resolution's label (its box is drawn over it), never through a lag.
            const bool link = owner < 0;
            if (own || (link && a.resolution >= 0))
                continue;
            if (crosses(line, a.rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                faults << describe(a) + (link ? QStringLiteral(" is crossed by a trigger's link")
                                              : QStringLiteral(" is crossed by the leader of ") + describe(g.labels[owner]));
        }
    }
    return faults;
}

QString lagText(const TimelineData &data, int trigger, bool named)
{
    const TriggerLink &t = data.triggers[trigger];
    if (!named)
        return QStringLiteral("%1 d").arg(t.lagDays());
    for (const TimelineEntry &e : data.resolutions) {
        if (e.id == t.resolutionId)
            return QStringLiteral("%1: %2 d").arg(e.shortLabel()).arg(t.lagDays());
    }
    return {};
}

int lagLabels(const TimelineChart &chart)
{
    int n = 0;
    for (const TimelineGeometry::Label &l : chart.timelineGeometry().labels)
        n += l.trigger >= 0;
    return n;
}

void dump(const TimelineData &data, const TimelineChartOptions &options, const QSize &size, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty())
        renderTimelineImage(data, size, 2.0, options).save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestTimelinePaper : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportChartLabelsAreClearOfEachOtherAndOfLines();
    void reportChartWritesEveryLag();
    void reportChartShowsTheFirstResolutionAndItsTrigger();
    void defaultViewShowsTheLagsOfThe2016To2017Rounds();
    void noDetailWhereLinksCrowdEverywhere();

private:
    TimelineData m_data;
    QDate m_from;
};

void TestTimelinePaper::initTestCase()
{
    auto db = test::openMemory();
    auto timeline = buildTimeline(*db, QStringLiteral("PRK"));
    QVERIFY(timeline);
    m_data = timeline.value();
    m_from = m_data.resolutions.first().date; // a report's default start: its first resolution
    QCOMPARE(m_from, QDate(2006, 7, 15));
    QCOMPARE(m_data.triggers.size(), 14);
}

void TestTimelinePaper::reportChartLabelsAreClearOfEachOtherAndOfLines()
{
    const PrintedTimeline figure = printedTimeline(m_data, QSize(640, 330), m_from, QDate(2026, 12, 4));
    QCOMPARE(figure.wholeSize, QSize(640, 330));
    TimelineChart *whole = nullptr;
    auto scene = layOut(m_data, figure.whole, QSizeF(figure.wholeSize), whole);
    const QStringList faults = layoutFaults(*whole);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    // Issue 16: resolution 2664 (9 Dec 2022) joined S/2022/431 (26 May 2022) in the "Failed, other" lane and
    // the acts lane added markers below them; at the report's 640-pixel width the label placement
    // (ui/charts/TimelineLabels.cpp) finds no room for two labels. Still open: the placement must use the
    // room above the lane. The markers and tooltips are there; the report's table names every resolution.
    QEXPECT_FAIL("", "issue 16: no room for two labels beside 2664 and S/2022/431 at report size", Continue);
    QCOMPARE(whole->hiddenLabelCount(), 0); // every resolution is named
    QVERIFY(figure.detail);
    TimelineChart *detail = nullptr;
    auto detailScene = layOut(m_data, *figure.detail, QSizeF(figure.detailSize), detail);
    const QStringList detailFaults = layoutFaults(*detail);
    QVERIFY2(detailFaults.isEmpty(), qPrintable(detailFaults.join(u'\n')));
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty()) {
        QImage image(figure.size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintTimelineForPrint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), m_data, figure);
        painter.end();
        image.save(dir + QStringLiteral("/report-timeline.png"));
    }
}

void TestTimelinePaper::reportChartWritesEveryLag()
{
    const PrintedTimeline figure = printedTimeline(m_data, QSize(640, 330), m_from, QDate(2026, 12, 4));
    QVERIFY(figure.detail);
    // The detail enlarges the crowded rounds of 2016 and 2017, not the whole period again.
    QVERIFY2(figure.detail->from >= QDate(2015, 1, 1) && figure.detail->to <= QDate(2019, 1, 1),
             qPrintable(figure.detail->from.toString(Qt::ISODate) + QLatin1Char(' ') + figure.detail->to.toString(Qt::ISODate)));
    TimelineChart *whole = nullptr;
    auto scene = layOut(m_data, figure.whole, QSizeF(figure.wholeSize), whole);
    TimelineChart *detail = nullptr;
    auto detailScene = layOut(m_data, *figure.detail, QSizeF(figure.detailSize), detail);
    QSet<int> written;
    for (const TimelineChart *chart : {whole, detail}) {
        for (const TimelineGeometry::Label &l : chart->timelineGeometry().labels) {
            if (l.trigger < 0)
                continue;
            written.insert(l.trigger);
            // Each lag says its own trigger's number of days, on its link or named by its resolution.
            QVERIFY2(l.text == lagText(m_data, l.trigger, false) || l.text == lagText(m_data, l.trigger, true),
                     qPrintable(l.text));
        }
    }
    qInfo("lags written: %d on the whole chart, %d in the detail, %d of %d in all", lagLabels(*whole),
          lagLabels(*detail), int(written.size()), int(m_data.triggers.size()));
    QCOMPARE(written.size(), m_data.triggers.size());
}

void TestTimelinePaper::reportChartShowsTheFirstResolutionAndItsTrigger()
{
    const TimelineChartOptions options = printedTimeline(m_data, QSize(640, 330), m_from, QDate(2026, 12, 4)).whole;
    QVERIFY(options.from < QDate(2006, 7, 5)); // 1695's trigger: missile launches of 5 July 2006
    TimelineChart *chart = nullptr;
    auto scene = layOut(m_data, options, QSizeF(640, 330), chart);
    const TimelineGeometry &g = chart->timelineGeometry();
    const TimelineEntry &first = m_data.resolutions.first();
    QCOMPARE(first.shortLabel(), QStringLiteral("1695"));
    const qreal radius = chartstyle::of(first.category()).size / 2;
    const QPointF marker = chart->positionOf(first.id);
    QVERIFY2(marker.x() - radius >= g.plot.left(), qPrintable(QString::number(marker.x() - g.plot.left())));
    QCOMPARE(g.visibleTriggers.size(), m_data.triggers.size());
    QCOMPARE(g.visibleResolutions.size(), m_data.resolutions.size());
}

void TestTimelinePaper::defaultViewShowsTheLagsOfThe2016To2017Rounds()
{
    // The workspace's timeline at 1280×800 is about 1000×300 pixels, showing the whole period.
    TimelineChart *chart = nullptr;
    auto scene = layOut(m_data, {}, QSizeF(1000, 300), chart);
    QVERIFY(chart->isFitted());
    dump(m_data, {}, QSize(1000, 300), QStringLiteral("default-view-timeline.png"));
    const QStringList faults = layoutFaults(*chart);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    int lags = 0;
    QStringList unwritten; // the lags left out, named by their resolution and trigger date
    for (qsizetype t = 0; t < m_data.triggers.size(); ++t) {
        const QDate day = m_data.triggers[t].resolutionDate;
        if (day.year() < 2016 || day.year() > 2017)
            continue;
        ++lags;
        const auto &labels = chart->timelineGeometry().labels;
        if (std::none_of(labels.cbegin(), labels.cend(), [&](const TimelineGeometry::Label &l) { return l.trigger == t; }))
            unwritten << lagText(m_data, int(t), true) + QStringLiteral(" (") + m_data.triggers[t].event.date.toString(Qt::ISODate) + u')';
    }
    QVERIFY(lags >= 7);
    QVERIFY2(unwritten.isEmpty(), qPrintable(QStringLiteral("lags not written: ") + unwritten.join(QStringLiteral(", "))));
}

// A state with hundreds of resolutions a decade (synthetic data) has lags without room everywhere: the
// crowded period is the whole range, padded beyond it. The report then had a second chart "enlarging"
// Jun 1958 to Apr 2033, wider than the first. A detail must show a period at most half as long as the
// whole chart's, inside it; otherwise there is none.
void TestTimelinePaper::noDetailWhereLinksCrowdEverywhere()
{
    auto db = test::openMemory();
    SyntheticOptions options;
    options.resolutions = 1500;
    options.states = 3;
    CHECK_OK(generateSyntheticDataset(*db, options));
    auto busiest = sql::scalar(db->connection(), QStringLiteral(
        "SELECT s.code FROM resolutions r JOIN measures m ON m.resolution_id = r.id JOIN states s ON s.id = m.state_id "
        "GROUP BY s.code ORDER BY count(DISTINCT r.id) DESC LIMIT 1"));
    CHECK_OK(busiest);
    auto timeline = buildTimeline(*db, busiest.value().toString());
    CHECK_OK(timeline);
    const TimelineData &data = timeline.value();
    QVERIFY2(data.resolutions.size() > 300, qPrintable(QString::number(data.resolutions.size())));
    const PrintedTimeline figure = printedTimeline(data, QSize(640, 330), data.resolutions.first().date, QDate(2026, 12, 4));
    if (figure.detail) {
        QVERIFY(figure.detail->from >= figure.whole.from && figure.detail->to <= figure.whole.to);
        QVERIFY(2 * figure.detail->from.daysTo(figure.detail->to) <= figure.whole.from.daysTo(figure.whole.to));
    }
    // Not an empty promise either: the whole chart still leaves lags unwritten there.
    TimelineChart *whole = nullptr;
    auto scene = layOut(data, figure.whole, QSizeF(figure.wholeSize), whole);
    QVERIFY(lagLabels(*whole) < data.triggers.size());
}

QTEST_MAIN(TestTimelinePaper)
#include "tst_timeline_paper.moc"
