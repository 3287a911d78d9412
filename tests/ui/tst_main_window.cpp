#include "TestSupport.h"

#include "main/MainWindow.h"
#include "workspace/ResolutionTablePage.h"
#include "workspace/ResolutionBrowserModel.h"

#include <QApplication>
#include <QMenuBar>
#include <QTableView>

using namespace st;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void opensOnTheBundledResolutions();
    void hasTheStandardMenus();
};

void TestMainWindow::opensOnTheBundledResolutions()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Sanctions Tracker"));
    QTableView *table = window.resolutionPage().view();
    QCOMPARE(table->model()->rowCount(), 27); // with 2664 (2022)
    QCOMPARE(table->model()->index(0, ResolutionBrowserModel::Symbol).data().toString(), QStringLiteral("S/RES/1695 (2006)"));
    QCOMPARE(window.statusText(), QStringLiteral("27 of 40 resolutions · 82 of 133 measures"));

    // The rendered window is not blank: the table paints text over its background.
    const QImage image = window.grab().toImage();
    QVERIFY(image.width() >= 800);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 5, "the window rendered almost one colour");
}

void TestMainWindow::hasTheStandardMenus()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text().remove(QLatin1Char('&'));
    QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Help")}));
    bool hasQuit = false;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
        hasQuit = hasQuit || a->shortcut() == QKeySequence(QKeySequence::Quit);
    QVERIFY(hasQuit);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
