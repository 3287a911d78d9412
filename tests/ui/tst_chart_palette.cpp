// Issue 11, item 19: the charts follow the palette. Under a dark palette the timeline and the cap
// chart are drawn dark with light text that reads (WCAG contrast ratio ≥ 4.5 for the text colours,
// and measured on the rendered pixels); the cap chart's label boxes and the detail pane's colours follow
// it too; print and PDF keep the paper colours.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/CapHistoryChart.h"
#include "charts/CapHistoryPanel.h"
#include "charts/ChartPalette.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineView.h"
#include "main/MainWindow.h"
#include "workspace/DetailPane.h"
#include "workspace/Workspace.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QLegend>
#include <QChartView>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>

using namespace st;
using chartstyle::contrastRatio;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    // Link is left at Qt's default blue, which does not read on this base: the panes must cope.
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    return p;
}

// The strongest contrast any pixel of `area` has with `background`: the core of the text there.
double strongestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, contrastRatio(QColor(image.pixel(x, y)), background));
    }
    return best;
}

QString axisProblems(QChart *chart)
{
    QStringList out;
    const QColor plot = chart->plotAreaBackgroundBrush().color();
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->isVisible() && axis->labelsVisible() && contrastRatio(axis->labelsColor(), plot) < 4.5)
            out << QStringLiteral("axis labels %1 on %2: %3").arg(axis->labelsColor().name(), plot.name())
                       .arg(contrastRatio(axis->labelsColor(), plot));
    }
    if (chart->legend()->isVisible() && contrastRatio(chart->legend()->labelColor(), chart->backgroundBrush().color()) < 4.5)
        out << QStringLiteral("legend %1").arg(chart->legend()->labelColor().name());
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestChartPalette : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void contrastRatioIsWcags();
    void timelineIsLegibleInADarkPalette();
    void capChartIsLegibleInADarkPalette();
    void detailPaneIsLegibleInADarkPalette();
    void wholeWindowFollowsADarkPaletteAtBothSizes_data();
    void wholeWindowFollowsADarkPaletteAtBothSizes();
    void lightPaletteKeepsThePaperColours();
    void printStaysOnPaperUnderADarkPalette();
};

void TestChartPalette::contrastRatioIsWcags()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QVERIFY(std::abs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.02);
}

void TestChartPalette::timelineIsLegibleInADarkPalette()
{
    auto db = test::openMemory();
    auto timeline = buildTimeline(*db, QStringLiteral("PRK"));
    QVERIFY(timeline);
    TimelineView view;
    view.setPalette(darkPalette());
    view.setData(timeline.value());
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineChart *chart = view.timeline();
    const chartstyle::Surface &surface = chart->surface();
    QVERIFY(surface.dark);
    QVERIFY(chart->backgroundBrush().color().lightness() < 60);
    const QString problems = axisProblems(chart);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(contrastRatio(surface.text, surface.labelFill) >= 4.5);    // resolution numbers in their boxes
    QVERIFY(contrastRatio(surface.mutedText, surface.plot) >= 4.5);    // lags, ticks

    // On the pixels: the background is dark, and the date labels under the plot read against it.
    const QImage image = view.grab().toImage();
    const QColor background(image.pixel(8, image.height() - 8)); // inside the focus frame
    QVERIFY2(background.lightness() < 60, qPrintable(background.name()));
    const QRectF plot = view.mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
    const QRect dateStrip(int(plot.left()), int(plot.bottom()) + 3, int(plot.width()), 14);
    const double dates = strongestContrast(image, dateStrip, background);
    qInfo("dark timeline: strongest contrast of the date labels %.1f", dates);
    QVERIFY2(dates >= 4.5, qPrintable(QString::number(dates)));
    // And the lane names on the left.
    const QRect laneStrip(0, int(plot.top()), int(plot.left()) - 2, int(plot.height()));
    QVERIFY(strongestContrast(image, laneStrip, background) >= 4.5);
}

void TestChartPalette::capChartIsLegibleInADarkPalette()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.setPalette(darkPalette());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workspace().chartTabs()->setCurrentIndex(1);
    CapHistoryChart *chart = window.workspace().capHistoryPanel().chart();
    // The tab draws its chart when first shown.
    QTRY_VERIFY(chart->isVisible());
    QVERIFY(chart->backgroundBrush().color().lightness() < 60);
    const QString problems = axisProblems(chart);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(contrastRatio(chart->titleBrush().color(), chart->backgroundBrush().color()) >= 4.5);

    // The step and note labels sit in boxes of the dark surface, their text readable on it; on the
    // pixels, each box is dark (they used to stay white).
    const chartstyle::Surface &surface = chart->surface();
    QVERIFY(surface.dark);
    QVERIFY(contrastRatio(surface.text, surface.labelFill) >= 4.5);
    const QList<QRectF> boxes = chart->labelRects();
    QVERIFY(boxes.size() >= 3);
    auto *view = qobject_cast<QChartView *>(chart->scene()->views().value(0));
    QVERIFY(view);
    const QImage image = view->grab().toImage();
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const QPoint inside = view->mapFromScene(chart->mapToScene(boxes[i].topLeft() + QPointF(2.5, 2.5)));
        const QColor fill(image.pixel(inside));
        QVERIFY2(fill.lightness() < 80, qPrintable(chart->labelTexts()[i] + QStringLiteral(": box ") + fill.name()));
        const QRect box = view->mapFromScene(chart->mapToScene(boxes[i])).boundingRect();
        const double text = strongestContrast(image, box.adjusted(2, 2, -2, -2), fill);
        QVERIFY2(text >= 4.5, qPrintable(chart->labelTexts()[i] + QStringLiteral(": text contrast ") + QString::number(text)));
    }
    // Hollow markers stay hollow: filled with the plot's dark colour, not white.
    QCOMPARE(chart->supersededSeries()->brush().color(), surface.plot);
    QCOMPARE(chart->vetoedSeries()->brush().color(), surface.plot);
}

void TestChartPalette::detailPaneIsLegibleInADarkPalette()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.setPalette(darkPalette());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DetailPane *>();
    QVERIFY(pane);
    QVERIFY(pane->resolutionId() != 0); // opens on the latest round: vote, measures, caps, lineage
    const QColor base = pane->palette().color(QPalette::Base);
    QVERIFY(base.lightness() < 60);
    // Every run of text, whatever colour its class gives it, reads on the pane's dark base.
    int runs = 0;
    int coloured = 0;
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QColor colour = format.foreground().style() == Qt::NoBrush
                                      ? (format.isAnchor() ? pane->palette().color(QPalette::Link)
                                                           : pane->palette().color(QPalette::Text))
                                      : format.foreground().color();
            ++runs;
            coloured += format.foreground().style() != Qt::NoBrush;
            QVERIFY2(contrastRatio(colour, base) >= 4.5,
                     qPrintable(QStringLiteral("'%1' in %2 on %3: %4").arg(fragment.text().left(40), colour.name(), base.name())
                                    .arg(contrastRatio(colour, base))));
        }
    }
    QVERIFY(runs >= 20);
    QVERIFY(coloured >= 5); // the classes did give colours (muted labels, caps, lineage)
}

void TestChartPalette::wholeWindowFollowsADarkPaletteAtBothSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x600") << QSize(1024, 600);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestChartPalette::wholeWindowFollowsADarkPaletteAtBothSizes()
{
    QFETCH(QSize, size);
    auto db = test::openMemory();
    MainWindow window(*db);
    window.setPalette(darkPalette());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    // Every chart and pane the analyst reads is on a dark surface.
    QVERIFY(window.findChild<TimelineView *>()->timeline()->surface().dark);
    QVERIFY(window.workspace().capHistoryPanel().chart()->surface().dark);
    auto *pane = window.findChild<DetailPane *>();
    QVERIFY(pane->palette().color(QPalette::Base).lightness() < 60);
    const QImage image = window.grab().toImage();
    // No light panel left behind: the timeline's plot and the detail pane are dark on the pixels.
    const QPoint paneCentre = pane->viewport()->mapTo(&window, QPoint(4, pane->viewport()->height() - 4));
    QVERIFY2(QColor(image.pixel(paneCentre)).lightness() < 60, qPrintable(QColor(image.pixel(paneCentre)).name()));
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/dark-%1x%2.png").arg(size.width()).arg(size.height()));
        window.workspace().chartTabs()->setCurrentIndex(1);
        QTRY_VERIFY(window.workspace().capHistoryPanel().chart()->isVisible());
        window.grab().save(dir + QStringLiteral("/dark-%1x%2-caps.png").arg(size.width()).arg(size.height()));
    }
}

void TestChartPalette::lightPaletteKeepsThePaperColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const chartstyle::Surface s = chartstyle::surfaceFor(light);
    QVERIFY(!s.dark);
    QCOMPARE(s.background, QColor(Qt::white));
    QCOMPARE(s.text, chartstyle::paperSurface().text);
}

void TestChartPalette::printStaysOnPaperUnderADarkPalette()
{
    auto db = test::openMemory();
    auto timeline = buildTimeline(*db, QStringLiteral("PRK"));
    QVERIFY(timeline);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    const QImage image = renderTimelineImage(timeline.value(), QSize(800, 360));
    QApplication::setPalette(before);
    QCOMPARE(QColor(image.pixel(2, image.height() - 2)), QColor(Qt::white));
}

QTEST_MAIN(TestChartPalette)
#include "tst_chart_palette.moc"
