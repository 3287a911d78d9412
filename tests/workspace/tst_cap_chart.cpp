// The cap history chart on the bundled DPRK data (issue 11): caps on a common yearly rate, no point
// for a period without a figure, the vetoed proposal apart, tooltips, zoom and the whole period.
#include "TestSupport.h"

#include "analysis/CapHistory.h"
#include "charts/CapHistoryChart.h"
#include "charts/CapHistoryView.h"
#include "charts/TimelineChart.h"
#include "storage/MeasureFactRepository.h"

#include <QGraphicsLayout>
#include <QToolTip>
#include <QWheelEvent>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QScatterSeries>

using namespace st;

class TestCapChart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void capsPerYear_data();
    void capsPerYear();
    void refinedPetroleumOnAYearlyRate();
    void figurelessPeriodsAreBandsNotPoints();
    void vetoedProposalShownApart();
    void axisCoversTheWholePeriodAndZooms();
    void toolTipsNameTheCapAndItsPeriod();
    void viewShowsEachCappedType();
    void viewGesturesZoomPanAndFit();
    void viewHoverShowsTheCapUnderTheCursor();

private:
    CapHistoryChart *chartOf(const QString &type);
    // Shows the DPRK's history of `type` in `view`, as the Cap history tab does; false if it never shows.
    bool showOn(CapHistoryView &view, const QString &type);
    std::unique_ptr<Database> m_db;
    QList<MeasureFact> m_facts;
    QGraphicsScene m_scene;
    CapHistoryChart *m_chart = nullptr;
};

void TestCapChart::initTestCase()
{
    m_db = test::openMemory();
    m_facts = MeasureFactRepository(m_db->connection()).forState(QStringLiteral("PRK")).value();
    m_chart = new CapHistoryChart;
    m_scene.addItem(m_chart);
    m_chart->resize(1000, 360);
}

CapHistoryChart *TestCapChart::chartOf(const QString &type)
{
    m_chart->setHistory(capHistory(m_facts, type, QStringLiteral("PRK")), type);
    m_chart->resize(1000, 361); // a new geometry lays the labels out as a view would
    m_chart->resize(1000, 360);
    m_chart->layout()->activate();
    return m_chart;
}

void TestCapChart::capsPerYear_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<double>("perYear"); // -1: no yearly rate
    QTest::newRow("a year") << 500000.0 << QStringLiteral("year") << QDate(2018, 1, 1) << QDate() << 500000.0;
    QTest::newRow("three months") << 500000.0 << QStringLiteral("3 months") << QDate(2017, 10, 1) << QDate(2018, 1, 1) << 2000000.0;
    QTest::newRow("a quarter") << 10.0 << QStringLiteral("quarter") << QDate() << QDate() << 40.0;
    QTest::newRow("rest of 2016, 73 days") << 73.0 << QStringLiteral("rest of 2016") << QDate(2016, 10, 20)
                                           << QDate(2017, 1, 1) << 365.0;
    QTest::newRow("open period without length") << 73.0 << QStringLiteral("rest of 2016") << QDate(2016, 10, 20)
                                                << QDate() << -1.0;
    QTest::newRow("full ban") << 0.0 << QString() << QDate(2017, 8, 5) << QDate() << 0.0;
    QTest::newRow("1 year") << 4000000.0 << QStringLiteral("1 year") << QDate() << QDate() << 4000000.0;
    QTest::newRow("12 months") << 4000000.0 << QStringLiteral("12 months") << QDate() << QDate() << 4000000.0;
    QTest::newRow("a month, in capitals") << 60000.0 << QStringLiteral(" Month ") << QDate() << QDate() << 720000.0;
    QTest::newRow("2 years") << 1000000.0 << QStringLiteral("2 years") << QDate() << QDate() << 500000.0;
    QTest::newRow("1 month") << 10.0 << QStringLiteral("1 month") << QDate() << QDate() << 120.0;
    QTest::newRow("0 months: no length") << 10.0 << QStringLiteral("0 months") << QDate() << QDate() << -1.0;
    QTest::newRow("a window that ends before it starts") << 73.0 << QStringLiteral("rest of 2016") << QDate(2017, 1, 1)
                                                          << QDate(2016, 10, 20) << -1.0;
    QTest::newRow("a window of no days") << 73.0 << QStringLiteral("rest of 2016") << QDate(2017, 1, 1)
                                         << QDate(2017, 1, 1) << -1.0;
}

void TestCapChart::capsPerYear()
{
    QFETCH(double, value);
    QFETCH(QString, period);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(double, perYear);
    const CapStep step{from, until, value, QStringLiteral("barrels"), period, QStringLiteral("S/RES/1 (2000)"), 1};
    const std::optional<double> rate = capPerYear(step);
    if (perYear < 0) {
        QVERIFY(!rate);
        return;
    }
    QVERIFY(rate);
    QCOMPARE(*rate, perYear);
    QVERIFY(!capPerYear(CapStep{from, until, std::nullopt, {}, {}, {}, 1})); // no figure, no rate
}

void TestCapChart::refinedPetroleumOnAYearlyRate()
{
    CapHistoryChart *chart = chartOf(QStringLiteral("refined_petroleum_cap"));
    const QList<QPointF> points = chart->stepPoints();
    QCOMPARE(points.size(), 4);
    // 2375's 500,000 barrels for three months is 2,000,000 a year: four times 2397's 500,000 a year.
    QCOMPARE(points[0].y() * chart->valueScale(), 2000000.0);
    QCOMPARE(points[0].x(), TimelineChart::xOf(QDate(2017, 10, 1)));
    QCOMPARE(points[2].y() * chart->valueScale(), 500000.0);
    QCOMPARE(points[2].x(), TimelineChart::xOf(QDate(2018, 1, 1)));
    QCOMPARE(chart->valueAxisTitle(), QStringLiteral("thousand barrels a year"));
    QVERIFY(chart->labelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("500,000 barrels / 3 months (2,000,000 a year) · 2375")));
}

void TestCapChart::figurelessPeriodsAreBandsNotPoints()
{
    for (const QString &type : {QStringLiteral("crude_oil_cap"), QStringLiteral("coal_iron_export_ban")}) {
        CapHistoryChart *chart = chartOf(type);
        const CapHistory &h = chart->history();
        QVERIFY(!h.applied.isEmpty());
        QVERIFY(!h.applied.first().value); // 2375's crude freeze, 2270's coal ban with exemptions
        const qreal from = TimelineChart::xOf(h.applied.first().from);
        const qreal until = TimelineChart::xOf(h.applied.first().until);
        QCOMPARE(chart->figurelessBands(), (QList<std::pair<qreal, qreal>>{{from, until}}));
        // No point of the step line lies in that period: nobody stated a figure for it.
        for (const QPointF &p : chart->stepPoints())
            QVERIFY2(p.x() < from || p.x() >= until, qPrintable(type));
        QVERIFY(chart->labelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("applied without a figure")));
    }
    // Crude oil: only 2397's 4,000,000 barrels per 12 months is drawn, at that height.
    CapHistoryChart *chart = chartOf(QStringLiteral("crude_oil_cap"));
    QCOMPARE(chart->stepPoints().size(), 2);
    QCOMPARE(chart->stepPoints().first().y() * chart->valueScale(), 4000000.0);
}

void TestCapChart::vetoedProposalShownApart()
{
    CapHistoryChart *chart = chartOf(QStringLiteral("refined_petroleum_cap"));
    QCOMPARE(chart->vetoedSeries()->count(), 1);
    QCOMPARE(chart->vetoedSeries()->at(0).x(), TimelineChart::xOf(QDate(2022, 5, 26)));
    QCOMPARE(chart->vetoedSeries()->at(0).y() * chart->valueScale(), 375000.0);
    // Never part of the line of caps in force.
    for (const QPointF &p : chart->stepPoints())
        QVERIFY(p.y() * chart->valueScale() != 375000.0);
    QVERIFY(chart->labelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("S/2022/431 proposed 26")));
}

bool TestCapChart::showOn(CapHistoryView &view, const QString &type)
{
    view.capChart()->setHistory(capHistory(m_facts, type, QStringLiteral("PRK")), type);
    view.resize(1100, 420);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

void TestCapChart::axisCoversTheWholePeriodAndZooms()
{
    CapHistoryChart *chart = chartOf(QStringLiteral("refined_petroleum_cap"));
    const auto [from, to] = chart->timeRange();
    QVERIFY(from < TimelineChart::xOf(QDate(2017, 10, 1)));
    QVERIFY(to >= TimelineChart::xOf(QDate::currentDate()));
    const qreal middle = chart->plotArea().center().x();
    chart->zoomAt(4, middle);
    const auto [zoomedFrom, zoomedTo] = chart->timeRange();
    QVERIFY(zoomedTo - zoomedFrom < (to - from) / 3);
    chart->panByPixels(100);
    QVERIFY(chart->timeRange().first < zoomedFrom);
    chart->fitAll();
    QCOMPARE(chart->timeRange(), (std::pair<qreal, qreal>{from, to}));

    chart->layout()->activate(); // as a view's event loop would before painting
    QImage image(1000, 360, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_scene.render(&painter, QRectF(0, 0, 1000, 360), chart->geometry());
    painter.end();
    if (const QString dir = qEnvironmentVariable("ST_DUMP_DIR"); !dir.isEmpty())
        image.save(dir + QStringLiteral("/cap-chart-refined.png"));
}

void TestCapChart::toolTipsNameTheCapAndItsPeriod()
{
    CapHistoryChart *chart = chartOf(QStringLiteral("refined_petroleum_cap"));
    const QRectF plot = chart->plotArea();
    const auto range = chart->timeRange(); // not a structured binding: clang 14 cannot capture one
    auto xAt = [&](const QDate &d) {
        return plot.left() + (TimelineChart::xOf(d) - range.first) / (range.second - range.first) * plot.width();
    };
    const QString in2019 = chart->toolTipAt(QPointF(xAt(QDate(2019, 6, 1)), plot.center().y()));
    QVERIFY2(in2019.contains(QStringLiteral("500,000 barrels a year")), qPrintable(in2019));
    QVERIFY(in2019.contains(QStringLiteral("S/RES/2397 (2017)")));
    const QString in2017 = chart->toolTipAt(QPointF(xAt(QDate(2017, 11, 1)), plot.center().y()));
    QVERIFY2(in2017.contains(QStringLiteral("500,000 barrels / 3 months (2,000,000 a year)")), qPrintable(in2017));
    QVERIFY(in2017.contains(QStringLiteral("to 31 Dec 2017")));
    // On the vetoed marker: the proposal, and that it never applied.
    const qreal y = plot.bottom() - chart->vetoedSeries()->at(0).y() / chart->axes(Qt::Vertical).first()->property("max").toReal() * plot.height();
    const QString vetoed = chart->toolTipAt(QPointF(xAt(QDate(2022, 5, 26)), y));
    QVERIFY2(vetoed.contains(QStringLiteral("vetoed draft")), qPrintable(vetoed));
    QVERIFY(vetoed.contains(QStringLiteral("375,000 barrels a year")));
}

// The chart as the Cap history tab shows it; with ST_DUMP_DIR set, saved there to look at.
void TestCapChart::viewShowsEachCappedType()
{
    for (const QString &type : {QStringLiteral("refined_petroleum_cap"), QStringLiteral("crude_oil_cap"),
                                QStringLiteral("coal_iron_export_ban")}) {
        CapHistoryView view;
        QVERIFY(showOn(view, type));
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // Not blank: the cap colour is on it.
        bool capDrawn = false;
        for (int y = 0; y < image.height() && !capDrawn; y += 2) {
            for (int x = 0; x < image.width() && !capDrawn; x += 2)
                capDrawn = image.pixelColor(x, y) == QColor(0x9c, 0x3d, 0x10);
        }
        QVERIFY2(capDrawn, qPrintable(type));
        if (const QString dir = qEnvironmentVariable("ST_DUMP_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/cap-view-%1.png").arg(type));
    }
}

// The gestures an analyst uses on the Cap history tab, sent as real events to the view: the wheel
// zooms around the cursor, a drag pans, + and - zoom, Home and a double-click show the whole period.
void TestCapChart::viewGesturesZoomPanAndFit()
{
    CapHistoryView view;
    QVERIFY(showOn(view, QStringLiteral("refined_petroleum_cap")));
    CapHistoryChart *chart = view.capChart();
    const auto whole = chart->timeRange();
    const qreal wholeSpan = whole.second - whole.first;
    const QPoint centre = view.mapFromScene(chart->mapToScene(chart->plotArea().center()));

    // One wheel notch in: the span shrinks by the zoom step (1.25) and the cursor's date stays put.
    const auto spanAt = [&] { return chart->timeRange().second - chart->timeRange().first; };
    QWheelEvent in(QPointF(centre), QPointF(view.mapToGlobal(centre)), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &in);
    QVERIFY2(qAbs(spanAt() - wholeSpan / 1.25) < wholeSpan * 0.01, qPrintable(QString::number(spanAt() / wholeSpan)));

    // A drag to the right shows earlier dates.
    const qreal before = chart->timeRange().first;
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, centre);
    QMouseEvent drag(QEvent::MouseMove, QPointF(centre + QPoint(150, 0)), QPointF(view.mapToGlobal(centre + QPoint(150, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &drag);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, centre + QPoint(150, 0));
    QVERIFY2(chart->timeRange().first < before, "a drag to the right must show earlier dates");
    QVERIFY(qAbs(spanAt() - wholeSpan / 1.25) < wholeSpan * 0.01); // panning keeps the zoom

    // Keys: + zooms in by 1.5, - back out, Home shows the whole period again.
    const qreal beforeKeys = spanAt();
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(qAbs(spanAt() - beforeKeys / 1.5) < wholeSpan * 0.01);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(qAbs(spanAt() - beforeKeys) < wholeSpan * 0.01);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(chart->timeRange(), whole);

    // Zoomed in again, a double-click shows the whole period.
    QTest::keyClick(&view, Qt::Key_Equal);
    QVERIFY(spanAt() < wholeSpan);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(chart->timeRange(), whole);
}

// Hovering over the 2019 cap shows its figure and the resolution that set it; leaving the view hides it.
void TestCapChart::viewHoverShowsTheCapUnderTheCursor()
{
    CapHistoryView view;
    QVERIFY(showOn(view, QStringLiteral("refined_petroleum_cap")));
    CapHistoryChart *chart = view.capChart();
    const QRectF plot = chart->plotArea();
    const auto [from, to] = chart->timeRange();
    const qreal x = plot.left() + (TimelineChart::xOf(QDate(2019, 6, 1)) - from) / (to - from) * plot.width();
    const QPoint over = view.mapFromScene(chart->mapToScene(QPointF(x, plot.center().y())));
    QMouseEvent move(QEvent::MouseMove, QPointF(over), QPointF(view.mapToGlobal(over)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("500,000 barrels a year")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("S/RES/2397 (2017)")));

    // Leaving the view hides it.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&view, &leave);
    QTRY_VERIFY(!QToolTip::isVisible());
}

QTEST_MAIN(TestCapChart)
#include "tst_cap_chart.moc"
