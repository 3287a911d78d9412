// Issue 11, item 13: the app is usable at 1024×600. The window can shrink to it, the timeline keeps
// a plot tall enough for its lanes and its axis title, the header hint is never cut, and a panel with
// nothing to show (Designations before any import) stays out of the way.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "charts/TimelineChart.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "designations/DesignationTableModel.h"
#include "designations/DesignationsPage.h"
#include "main/MainWindow.h"
#include "workspace/ResolutionTablePage.h"
#include "designations/UnListImport.h"
#include "workspace/Workspace.h"

#include <QCategoryAxis>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QLabel>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>

using namespace st;

namespace {

constexpr QSize kSmallScreen(1024, 600);

QDockWidget *designationsDock(MainWindow &window)
{
    return window.findChild<QDockWidget *>(QStringLiteral("designationsDock"));
}

// Which widgets ask for more than the small screen, for a failure message that says where to look.
QString widest(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && w->minimumSizeHint().width() > 700)
            out << QStringLiteral("%1(%2) %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(w->minimumSizeHint().width());
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestSmallScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void windowShrinksTo1024x600();
    void timelineKeepsAReadablePlot();
    void emptyDesignationsPanelStartsClosed();
    void designationsPanelOpensAfterAnImportAndStillFits();
    void hiddenPanelsAreBuiltWhenFirstShown();
};

void TestSmallScreen::windowShrinksTo1024x600()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    designationsDock(window)->show(); // the panel that opens by itself after a UN list import
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    qInfo("minimum %dx%d: central %d, designations %d, toolbar %d", minimum.width(), minimum.height(),
          window.centralWidget()->minimumSizeHint().height(), designationsDock(window)->minimumSizeHint().height(),
          window.mainToolBar()->minimumSizeHint().height());
    QVERIFY2(minimum.width() <= kSmallScreen.width(),
             qPrintable(QStringLiteral("minimum width %1: %2").arg(minimum.width()).arg(widest(&window))));
    QVERIFY2(minimum.height() <= kSmallScreen.height(), qPrintable(QString::number(minimum.height())));
    window.resize(kSmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), kSmallScreen);
}

void TestSmallScreen::timelineKeepsAReadablePlot()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(kSmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelinePanel &panel = window.workspace().timelinePanel();
    TimelineChart *chart = panel.view()->timeline();
    QTRY_VERIFY(chart->isVisible() && !chart->plotArea().isEmpty()); // laid out once shown
    const QRectF plot = chart->plotArea();
    qInfo("timeline plot at 1024x600: %.0f x %.0f px", plot.width(), plot.height());
    QVERIFY2(plot.width() >= 700, qPrintable(QString::number(plot.width())));
    // A readable minimum: below, the lanes (checked next) would lose their names.
    QVERIFY2(plot.height() >= 120, qPrintable(QString::number(plot.height())));

    // Each lane is at least a line of its label's font high, so every lane keeps its name.
    QCategoryAxis *lanes = nullptr;
    QCategoryAxis *escalation = nullptr;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *category = qobject_cast<QCategoryAxis *>(axis);
        if (category && category->alignment() == Qt::AlignLeft)
            lanes = category;
        else if (category)
            escalation = category;
    }
    QVERIFY(lanes && escalation);
    const QStringList names = lanes->categoriesLabels();
    qreal lower = lanes->startValue();
    const qreal lineHeight = QFontMetricsF(lanes->labelsFont()).height();
    for (const QString &name : names) {
        const qreal upper = lanes->endValue(name);
        if (name.trimmed().isEmpty())
            break;
        const qreal pixels = (upper - lower) / (lanes->max() - lanes->min()) * plot.height();
        QVERIFY2(pixels >= lineHeight, qPrintable(QStringLiteral("lane %1: %2 px for a %3 px label").arg(name).arg(pixels).arg(lineHeight)));
        lower = upper;
    }
    // The right axis's title fits along the plot (it is shortened rather than cut).
    const qreal titleLength = QFontMetricsF(escalation->titleFont()).horizontalAdvance(escalation->titleText());
    QVERIFY2(titleLength <= plot.height(), qPrintable(escalation->titleText()));
    // The header's hint is whole or absent, never cut.
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("timelineHint"));
    QVERIFY(hint);
    QVERIFY2(QFontMetrics(hint->font()).horizontalAdvance(hint->text()) <= hint->width(), qPrintable(hint->text()));
    QVERIFY(!hint->toolTip().isEmpty());
    // And the browser still shows a few rows under it.
    QTableView *table = window.resolutionPage().view();
    QVERIFY2(table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(table->viewport()->height())));
}

void TestSmallScreen::emptyDesignationsPanelStartsClosed()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(designationsDock(window)->isHidden());
    // Still one keystroke away.
    designationsDock(window)->toggleViewAction()->trigger();
    QVERIFY(designationsDock(window)->isVisible());
}

void TestSmallScreen::designationsPanelOpensAfterAnImportAndStillFits()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, test::smallList()).ok());
    MainWindow window(*db);
    window.resize(kSmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(designationsDock(window)->isVisible()); // it has something to show now
    auto *page = qobject_cast<DesignationsPage *>(designationsDock(window)->widget());
    QVERIFY(page); // built as the window showed it, with what is stored
    QCOMPARE(page->model().rowCount(), 11);
    QCOMPARE(window.size(), kSmallScreen);
    // Even with the panel open the plot keeps room for its five lanes (about 12 px each).
    QVERIFY2(window.workspace().timelinePanel().view()->timeline()->plotArea().height() >= 105,
             qPrintable(QString::number(window.workspace().timelinePanel().view()->timeline()->plotArea().height())));
}

// Panels that start closed cost nothing at start (issue 17): their pages are made when first shown,
// and then hold what is stored, imports made before included.
void TestSmallScreen::hiddenPanelsAreBuiltWhenFirstShown()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList names{QStringLiteral("designationsDock"), QStringLiteral("historyDock"),
                            QStringLiteral("screeningDock")};
    for (const QString &name : names) {
        auto *dock = window.findChild<QDockWidget *>(name);
        QVERIFY2(dock && dock->isHidden() && !dock->widget(), qPrintable(name));
    }
    QVERIFY(importUnListFile(*db, test::smallList()).ok());
    window.reloadAll();
    QVERIFY(!designationsDock(window)->widget()); // a reload does not build a closed panel either

    for (const QString &name : names) {
        auto *dock = window.findChild<QDockWidget *>(name);
        dock->toggleViewAction()->trigger();
        dock->raise(); // in front of the docks it shares tabs with
        QVERIFY2(dock->isVisible() && dock->widget() && dock->widget()->isVisible(), qPrintable(name));
    }
    auto *page = qobject_cast<DesignationsPage *>(designationsDock(window)->widget());
    QVERIFY(page);
    QCOMPARE(page->model().rowCount(), 11);
    QVERIFY2(page->countText().contains(QStringLiteral("11")), qPrintable(page->countText()));
    // With ST_DUMP_DIR set, the window with the three panels built late, to look at.
    if (const QString dir = qEnvironmentVariable("ST_DUMP_DIR"); !dir.isEmpty()) {
        window.resize(1280, 800);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(dir + QStringLiteral("/panels-built-when-shown.png")));
    }
}

QTEST_MAIN(TestSmallScreen)
#include "tst_small_screen.moc"
