// Date ticks and label placement: the geometry behind the charts, without a screen.
#include "workspace/ChartGeometry.h"

#include <QTest>

using namespace st;

class TestChartGeometry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void yearTicks();
    void monthTicksWhenZoomedIn();
    void zoomKeepsThePointUnderThePointer();
    void spreadKeepsOrderAndAvoidsOverlap();
    void spreadGivesUpWhenTooWide();
    void placedLabelsNeverOverlap();
};

void TestChartGeometry::yearTicks()
{
    const QList<DateTick> ticks = dateTicks(QDate(2006, 1, 1), QDate(2026, 11, 28), 12);
    QVERIFY(!ticks.isEmpty());
    QVERIFY(ticks.size() <= 12);
    for (const DateTick &t : ticks) {
        QCOMPARE(t.date.day(), 1);
        QCOMPARE(t.date.month(), 1);
        QCOMPARE(t.label, QString::number(t.date.year()));
    }
    QCOMPARE(ticks.first().date, QDate(2006, 1, 1));
    QCOMPARE(dateTicks(QDate(2006, 1, 2), QDate(2026, 1, 1), 30).first().date, QDate(2007, 1, 1));
}

void TestChartGeometry::monthTicksWhenZoomedIn()
{
    const QList<DateTick> ticks = dateTicks(QDate(2017, 1, 15), QDate(2018, 1, 15), 14);
    QCOMPARE(ticks.first(), (DateTick{QDate(2017, 2, 1), QStringLiteral("Feb 2017")}));
    QCOMPARE(ticks.size(), 12);
    QCOMPARE(dateTicks(QDate(2017, 1, 1), QDate(2016, 1, 1), 5), QList<DateTick>());
}

void TestChartGeometry::spreadKeepsOrderAndAvoidsOverlap()
{
    // 2356, 2371, 2375, 2397: four labels wanted within 40 pixels.
    const QList<qreal> centres{100, 120, 126, 140};
    const QList<qreal> widths{30, 30, 30, 30};
    const QList<qreal> spread = spreadLabels(centres, widths, 2, 0, 500);
    QCOMPARE(spread.size(), 4);
    for (int i = 1; i < spread.size(); ++i)
        QVERIFY(spread[i] - spread[i - 1] >= 32 - 1e-9);
    // The group stays centred on what its members wanted.
    const qreal wanted = (100 + 120 + 126 + 140) / 4.0;
    const qreal got = (spread[0] + spread[3]) / 2;
    QVERIFY(std::abs(wanted - got) < 1e-6);
    // Labels with room stay where they are.
    QCOMPARE(spreadLabels({50, 300}, {30, 30}, 2, 0, 500), (QList<qreal>{50, 300}));
    // Pushed inside the bounds.
    QCOMPARE(spreadLabels({5}, {30}, 2, 0, 500), QList<qreal>{15});
}

void TestChartGeometry::spreadGivesUpWhenTooWide()
{
    QCOMPARE(spreadLabels({10, 20, 30}, {100, 100, 100}, 2, 0, 250), QList<qreal>());
}

void TestChartGeometry::placedLabelsNeverOverlap()
{
    QList<LabelRequest> requests;
    for (int i = 0; i < 400; ++i)
        requests.append({QPointF(100 + i * 2.0, 200), QSizeF(30, 12), -1, 6, 3});
    const QRectF bounds(0, 0, 1000, 260);
    const QList<LabelPlacement> placed = placeLabels(requests, {}, bounds);
    QList<QRectF> rects;
    for (const LabelPlacement &p : placed) {
        if (p.placed) {
            QVERIFY(bounds.contains(p.rect));
            rects << p.rect;
        }
    }
    QVERIFY(rects.size() > 20);
    QVERIFY(rects.size() < 400); // the rest have no room and are left out
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects[i].intersects(rects[j]));
    }
    // A marker in the way pushes the label to the next tier.
    const QList<LabelPlacement> one = placeLabels({{QPointF(50, 100), QSizeF(20, 10), -1, 5, 3}},
                                                  {QRectF(35, 80, 30, 10)}, QRectF(0, 0, 200, 200));
    QVERIFY(one.first().placed);
    QVERIFY(!one.first().rect.intersects(QRectF(35, 80, 30, 10)));
}

// The timeline and the cap chart zoom and pan with these: the day under the pointer stays put.
void TestChartGeometry::zoomKeepsThePointUnderThePointer()
{
    const auto [from, to] = zoomedRange(1000, 2000, 4, 0.25); // 1250 is under the pointer
    QCOMPARE(to - from, 250.0);
    QCOMPARE(from + 0.25 * (to - from), 1250.0);
    const auto [outFrom, outTo] = zoomedRange(1000, 2000, 0.5, 1.5); // a fraction past the edge counts as 1
    QCOMPARE(outTo - outFrom, 2000.0);
    QCOMPARE(outTo, 2000.0);
    // Dragging right by a quarter of the plot shows what lay a quarter range to the left.
    QCOMPARE(pannedRange(1000, 2000, 200, 800), (std::pair<qreal, qreal>{750, 1750}));
}

QTEST_GUILESS_MAIN(TestChartGeometry)
#include "tst_chart_geometry.moc"
