// Issue 16, item 4: the timeline shows presidential statements, Committee designation decisions, Panel
// reports and MSMT documents in a lane of their own, one marker series per kind, apart from every
// resolution lane; hovering one says what it is and that it is not a resolution.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineLayers.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

using namespace st;

namespace {

constexpr ActKind kKinds[] = {ActKind::PresidentialStatement, ActKind::CommitteeDecision, ActKind::PanelReport,
                              ActKind::MonitoringTeamDocument};

struct LaidOut {
    std::unique_ptr<QGraphicsScene> scene = std::make_unique<QGraphicsScene>();
    TimelineChart *chart = nullptr;
};

LaidOut layOut(const TimelineData &data, const TimelineChartOptions &options = {}, qreal width = 1200,
               qreal height = 460)
{
    LaidOut out;
    out.chart = new TimelineChart(data, options);
    out.scene->addItem(out.chart);
    out.chart->resize(QSizeF(width, height));
    out.chart->layout()->activate();
    return out;
}

} // namespace

class TestTimelineActs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = test::openMemory();
        m_prk = buildTimeline(*m_db, QStringLiteral("PRK")).value();
    }
    void eachKindInTheActsLane_data();
    void eachKindInTheActsLane();
    void actsLaneIsApartFromResolutions();
    void hoverSaysWhatItIs();
    void switchedOffShowsNone();
    void legendNamesEveryEntryWholeAt1280();
    void everyLaneIsNamedOnAShortChart();

private:
    std::unique_ptr<Database> m_db;
    TimelineData m_prk;
};

void TestTimelineActs::eachKindInTheActsLane_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("markers");
    QTest::newRow("presidential statements") << int(ActKind::PresidentialStatement) << 4;
    QTest::newRow("Committee decisions") << int(ActKind::CommitteeDecision) << 6;
    QTest::newRow("Panel reports") << int(ActKind::PanelReport) << 6;
    QTest::newRow("MSMT documents") << int(ActKind::MonitoringTeamDocument) << 3;
}

void TestTimelineActs::eachKindInTheActsLane()
{
    QFETCH(int, kind);
    QFETCH(int, markers);
    const LaidOut l = layOut(m_prk);
    QScatterSeries *series = l.chart->actSeries(ActKind(kind));
    QVERIFY(series);
    QCOMPARE(series->count(), markers);
    for (const QPointF &p : series->points())
        QCOMPARE(p.y(), TimelineChart::actLane());
    // Each kind has its own marker (shape or colour) and its own legend entry, shown.
    for (ActKind other : kKinds) {
        if (int(other) == kind)
            continue;
        QScatterSeries *o = l.chart->actSeries(other);
        QVERIFY(o->markerShape() != series->markerShape() || o->color() != series->color());
    }
    const QList<QLegendMarker *> legend = l.chart->legend()->markers(series);
    QCOMPARE(legend.size(), 1);
    QVERIFY(legend.first()->isVisible());
}

void TestTimelineActs::actsLaneIsApartFromResolutions()
{
    const LaidOut l = layOut(m_prk);
    const TimelineGeometry &g = l.chart->timelineGeometry();
    QCOMPARE(g.visibleActs.size(), m_prk.acts.size());
    const qreal actY = g.py(TimelineChart::actLane());
    for (int i : g.visibleActs)
        QCOMPARE(g.actPos[i].y(), actY);
    // No resolution marker and no trigger marker shares the acts lane's height.
    for (int i : g.visibleResolutions)
        QVERIFY2(std::abs(g.resolutionPos[i].y() - actY) > 10, qPrintable(m_prk.resolutions[i].symbol));
    for (int i : g.visibleTriggers)
        QVERIFY(std::abs(g.triggerPos[i].y() - actY) > 10);
    // The Committee's round of 24 April 2009 sits in the acts lane, not among the resolutions.
    for (const TimelineEntry &e : m_prk.resolutions)
        QVERIFY(e.date != QDate(2009, 4, 24));
}

void TestTimelineActs::hoverSaysWhatItIs()
{
    const LaidOut l = layOut(m_prk);
    const TimelineGeometry &g = l.chart->timelineGeometry();
    int statement = -1;
    int msmt = -1;
    for (int i : g.visibleActs) {
        if (m_prk.acts[i].symbol == QLatin1String("S/PRST/2017/16"))
            statement = i;
        if (m_prk.acts[i].kind == ActKind::MonitoringTeamDocument && msmt < 0)
            msmt = i;
    }
    QVERIFY(statement >= 0 && msmt >= 0);
    const TimelineChart::Hit hit = l.chart->hitTest(g.actPos[statement], 3);
    QCOMPARE(hit.act, statement);
    QCOMPARE(hit.resolution, -1);
    const QString tip = l.chart->toolTip(hit);
    QVERIFY2(tip.contains(QStringLiteral("S/PRST/2017/16")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("29 Aug 2017")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Presidential statement")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Not a resolution")), qPrintable(tip));
    const QString msmtTip = l.chart->toolTip(l.chart->hitTest(g.actPos[msmt], 3));
    QVERIFY2(msmtTip.contains(QStringLiteral("Outside the UN")), qPrintable(msmtTip));
}

void TestTimelineActs::switchedOffShowsNone()
{
    TimelineChartOptions options;
    options.acts = false;
    const LaidOut l = layOut(m_prk, options);
    QVERIFY(l.chart->timelineGeometry().visibleActs.isEmpty());
    for (ActKind kind : kKinds)
        QVERIFY(!l.chart->actSeries(kind));
}

// The texts the legend draws, as drawn (Qt shortens what does not fit to "Panel of Experts r...").
QStringList drawnTexts(const QGraphicsItem *item)
{
    QStringList texts;
    for (const QGraphicsItem *child : item->childItems()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child); text && text->isVisible())
            texts << text->toPlainText();
        texts << drawnTexts(child);
    }
    return texts;
}

// With statements, Committee decisions, reports and MSMT documents the legend has twelve entries; in a
// 1280-pixel window (the chart about 1260 wide) each must be written whole, not cut off.
void TestTimelineActs::legendNamesEveryEntryWholeAt1280()
{
    const LaidOut l = layOut(m_prk, {}, 1260);
    QStringList wanted;
    for (const QLegendMarker *marker : l.chart->legend()->markers()) {
        if (marker->isVisible())
            wanted << marker->label();
    }
    QCOMPARE(wanted.size(), 12);
    const QStringList drawn = drawnTexts(l.chart->legend());
    for (const QString &label : std::as_const(wanted))
        QVERIFY2(drawn.contains(label), qPrintable(label + QStringLiteral(" drawn as one of: ") + drawn.join(u'|')));
}

// With the Designations panel open below it, the timeline of a 1280x800 window is about 205 pixels tall;
// Qt drops a lane's name that would touch its neighbour's, and "Triggers" and "Failed, other" went
// missing. Every lane keeps its name, the markers stay in their lanes, and the escalation line's top
// stays inside the plot.
void TestTimelineActs::everyLaneIsNamedOnAShortChart()
{
    for (const qreal height : {460.0, 260.0, 205.0}) {
        const LaidOut l = layOut(m_prk, {}, 1260, height);
        const QStringList drawn = drawnTexts(l.chart);
        QCOMPARE(l.chart->laneNames().size(), 5);
        for (const QString &lane : l.chart->laneNames())
            QVERIFY2(drawn.contains(lane), qPrintable(QStringLiteral("%1 at height %2").arg(lane).arg(height)));
        const TimelineGeometry &g = l.chart->timelineGeometry();
        const qreal actY = g.py(TimelineChart::actLane());
        for (int i : g.visibleActs)
            QCOMPARE(g.actPos[i].y(), actY);
        for (const QPointF &p : l.chart->escalationSeries()->points()) {
            const QPointF at = l.chart->mapToPosition(p, l.chart->escalationSeries());
            QVERIFY2(at.y() >= g.plot.top() - 0.5, qPrintable(QString::number(height)));
        }
    }
}

QTEST_MAIN(TestTimelineActs)
#include "tst_timeline_acts.moc"
