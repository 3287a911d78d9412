// The Screening dock in the main window, offscreen: hidden at start, opened by its action, names
// screened and ranked, the threshold slider, CSV import and export, a candidate opened in the
// Designations view. With ST_SCREENING_SCREENSHOTS=<folder> the window is saved as PNG for a look.
#include "ScreeningTestData.h"
#include "TestSupport.h"

#include "main/MainWindow.h"
#include "screening/ScreeningIndexBuilder.h"
#include "screening/ScreeningPanel.h"
#include "screening/ScreeningResultModel.h"
#include "designations/DesignationTableModel.h"
#include "designations/DesignationsPage.h"
#include "interchange/Csv.h"
#include "designations/UnListImport.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QTest>

using namespace st;
using namespace st::test;

class TestScreeningUi : public QObject {
    Q_OBJECT

    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ST_SCREENING_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openMemory();
        auto imported = importUnListFile(*m_db, realListPath());
        QVERIFY(imported);
    }

    void dockIsHiddenUntilItsActionOpensIt()
    {
        MainWindow window(*m_db);
        window.resize(1400, 900);
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("screeningDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        auto *action = window.findChild<QAction *>(QStringLiteral("screenNamesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        action->trigger();
        QVERIFY(dock->isVisible());
    }

    void screensRanksAndFilters()
    {
        MainWindow window(*m_db);
        window.resize(1400, 900);
        window.show();
        window.findChild<QAction *>(QStringLiteral("screenNamesAction"))->trigger();
        auto *panel = window.findChild<ScreeningPanel *>();
        QVERIFY(panel);
        panel->namesEdit()->setPlainText(QStringLiteral("Park Han Se; ; DPRK\nKim Jong-sik\n김정식\nJonathan Whitfield; 1970\nKim Chol"));
        QVERIFY(panel->screen());
        ScreeningResultModel &model = panel->model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.results().size(), 5);
        QCOMPARE(model.data(model.index(0, ScreeningResultModel::Reference)).toString(), QStringLiteral("KPi.049"));
        QCOMPARE(model.data(model.index(0, ScreeningResultModel::Resolution)).toString(), QStringLiteral("S/RES/2356 (2017)"));
        QVERIFY(model.data(model.index(0, ScreeningResultModel::Explanation)).toString().contains(QStringLiteral("nationality matches")));
        QVERIFY2(panel->summaryText().contains(QStringLiteral("5 names against 875 designations")), qPrintable(panel->summaryText()));
        screenshot(window, QStringLiteral("screening-dock"));

        // Lowering the threshold shows more candidates; raising it fewer, without screening again.
        const int rowsAtDefault = model.rowCount();
        panel->thresholdSlider()->setValue(55);
        const int rowsLow = model.rowCount();
        panel->thresholdSlider()->setValue(100);
        const int rowsHigh = model.rowCount();
        QVERIFY(rowsLow > rowsAtDefault);
        QVERIFY(rowsHigh < rowsAtDefault);
        QVERIFY(rowsHigh >= 5); // every name keeps at least its own row
        panel->thresholdSlider()->setValue(80);

        // A candidate opens in the Designations view, selected.
        panel->view()->setCurrentIndex(model.index(0, 0));
        emit panel->designationRequested(QStringLiteral("KPi.049"), QStringLiteral("PAK HAN SE"));
        auto *page = window.findChild<DesignationsPage *>();
        QVERIFY(page);
        QCOMPARE(page->searchField()->text(), QStringLiteral("PAK HAN SE"));
        QCOMPARE(page->view()->currentIndex().siblingAtColumn(DesignationTableModel::Reference).data().toString().trimmed(),
                 QStringLiteral("KPi.049"));
    }

    void badLinesAreShownAndNothingIsScreened()
    {
        ScreeningPanel panel(*m_db);
        panel.namesEdit()->setPlainText(QStringLiteral("Kim\nRi; 19x8\n"));
        QVERIFY(!panel.screen());
        QVERIFY(panel.problemText().startsWith(QStringLiteral("Line 2: the birth year")));
        QVERIFY(panel.model().results().isEmpty());
    }

    void importsNamesAndExportsSafeCsv()
    {
        ScreeningPanel panel(*m_db);
        const QString in = m_dir.filePath(QStringLiteral("names.csv"));
        writeAll(in, "name,birth_year,country\nPak Han Se,1945,\n\"=HYPERLINK(\"\"x\"\")\",,\n");
        QVERIFY(panel.importNames(in));
        QCOMPARE(panel.namesEdit()->toPlainText(), QStringLiteral("Pak Han Se; 1945\n=HYPERLINK(\"x\")"));
        const QString out = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(panel.exportResults(out));
        auto table = parseCsv(readAll(out));
        QVERIFY(table);
        QCOMPARE(table.value()[1][6], QStringLiteral("KPi.049"));
        QCOMPARE(table.value().last()[1], QStringLiteral("'=HYPERLINK(\"x\")"));

        writeAll(in, "surname\nPak\n");
        QVERIFY(!panel.importNames(in));
        QVERIFY(panel.problemText().contains(QStringLiteral("Line 1: unknown column \"surname\"")));
    }

    void anEmptyDatabaseSaysWhatToDo()
    {
        auto empty = openMemory(true);
        ScreeningPanel panel(*empty);
        panel.namesEdit()->setPlainText(QStringLiteral("Kim"));
        QVERIFY(!panel.screen());
        QVERIFY(panel.problemText().contains(QStringLiteral("import the UN Consolidated List first")));
    }

    // Shown, the panel builds its index in the background; the first screening then uses it.
    void theIndexIsPreparedWhenThePanelIsShown()
    {
        ScreeningPanel panel(*m_db);
        QVERIFY(!panel.indexBuilder().isReady());
        QSignalSpy ready(&panel.indexBuilder(), &ScreeningIndexBuilder::ready);
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.indexBuilder().isReady(), 20000);
        QCOMPARE(ready.count(), 1);
        panel.namesEdit()->setPlainText(QStringLiteral("Park Han Se"));
        QVERIFY(panel.screen());
        QCOMPARE(panel.model().data(panel.model().index(0, ScreeningResultModel::Reference)).toString(),
                 QStringLiteral("KPi.049"));
        QCOMPARE(panel.model().targets().size(), 875);
    }

    // Screening at once after the panel opens waits for the build instead of building a second index.
    void screeningDuringTheBuildWaitsForIt()
    {
        ScreeningPanel panel(*m_db);
        panel.show();
        panel.namesEdit()->setPlainText(QStringLiteral("Kim Jong-sik"));
        QVERIFY(panel.screen());
        QVERIFY(panel.indexBuilder().isReady());
        QCOMPARE(panel.model().targets().size(), 875);
        QCOMPARE(panel.model().namesWithCandidates(), 1);
    }

    // A list imported while the panel is open: the index built from the old designations is dropped.
    void anImportWhileShownRebuildsTheIndex()
    {
        auto db = openMemory(true);
        ScreeningPanel panel(*db);
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.indexBuilder().isReady(), 20000);
        QVERIFY(panel.indexBuilder().index().value()->targets().isEmpty());
        QVERIFY(importUnListFile(*db, realListPath()));
        panel.invalidate();
        panel.namesEdit()->setPlainText(QStringLiteral("Park Han Se"));
        QVERIFY(panel.screen());
        QCOMPARE(panel.model().targets().size(), 875);
        QCOMPARE(panel.model().data(panel.model().index(0, ScreeningResultModel::Reference)).toString(),
                 QStringLiteral("KPi.049"));
    }

    // The same while the first build is still running: what it builds from the old designations is dropped.
    void anImportDuringTheBuildDropsIt()
    {
        auto db = openMemory(true);
        ScreeningPanel panel(*db);
        panel.show(); // the build of an index without designations starts
        QVERIFY(importUnListFile(*db, realListPath()));
        panel.invalidate();
        panel.namesEdit()->setPlainText(QStringLiteral("Park Han Se"));
        QVERIFY(panel.screen());
        QCOMPARE(panel.model().targets().size(), 875);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestScreeningUi)
#include "tst_screening_ui.moc"
