// The import dialog and the Designations view, offscreen: review before apply, cancel at every stage
// leaves the database as it was, bad files show where they are wrong, filters narrow the view.
// With ST_UNLIST_SCREENSHOTS=<folder> the widgets are also saved as PNG files for a look by eye.
#include "SyntheticUnList.h"
#include "TestSupport.h"
#include "UnListTestData.h"

#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "main/MainWindow.h"
#include "storage/ResolutionRepository.h"
#include "workspace/DetailPane.h"
#include "workspace/Workspace.h"
#include "storage/DesignationRepository.h"
#include "designations/DesignationFilterModel.h"
#include "designations/DesignationTableModel.h"
#include "common/LazyDockPage.h"
#include "designations/DesignationsPage.h"
#include "designations/ReconciliationView.h"
#include "designations/UnListImport.h"
#include "domain/Wording.h"
#include "designations/UnListImportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

using namespace st;

namespace {

using Stage = UnListImportDialog::Stage;

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_UNLIST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

int designations(const Database &db) { return DesignationRepository(db.connection()).count().value(); }

} // namespace

class TestUnListUi : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void reviewThenApply();
    void reviewShowsAddedChangedRemoved();
    void cancelWhileReading();
    void largeListWritesInChunksAndCancelRollsBack();
    void largeListWritesToTheEnd();
    void badFileShowsWhere();
    void designationsViewFilters();
    void mainWindowOffersTheFeature();
    void resolutionShowsTheNamesItListed();

private:
    // The real list's records repeated to `records`, in the test's folder.
    QString syntheticList(int records);

    QTemporaryDir m_dir;
};

QString TestUnListUi::syntheticList(int records)
{
    const QString path = m_dir.filePath(QStringLiteral("synthetic-%1.xml").arg(records));
    if (!QFile::exists(path)) {
        if (const QString failed = test::writeSyntheticUnList(test::realUnListPath(), path, records); !failed.isEmpty())
            qFatal("%s", qPrintable(failed));
    }
    return path;
}

void TestUnListUi::reviewThenApply()
{
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, test::realUnListPath());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Review, 20000);
    QCOMPARE(designations(*db), 0); // nothing written before Apply
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("<b>875</b> to add")), qPrintable(dialog.summaryText()));
    QCOMPARE(dialog.reconciliationView()->group(0)->text(0), QStringLiteral("Added (875)"));
    QCOMPARE(dialog.reconciliationView()->group(0)->childCount(), 501); // 500 shown, then "… and 375 more"
    QVERIFY(dialog.applyButton()->isVisible() && dialog.applyButton()->isEnabled());
    screenshot(dialog, QStringLiteral("import-review-first"));

    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.stage(), Stage::Applied);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.applied());
    QCOMPARE(dialog.applied()->added, 875);
    QCOMPARE(designations(*db), 875);
}

void TestUnListUi::reviewShowsAddedChangedRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("review.sqlite"));
    {
        auto db = test::openFile(path);
        QVERIFY(importUnListFile(*db, test::smallList()).ok());
    }
    const QByteArray before = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        UnListImportDialog dialog(*db, test::smallListNewer());
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Review, 10000);
        ReconciliationView *view = dialog.reconciliationView();
        QCOMPARE(view->group(0)->text(0), QStringLiteral("Added (2)"));
        QCOMPARE(view->group(1)->text(0), QStringLiteral("Changed (3)"));
        QCOMPARE(view->group(2)->text(0), QStringLiteral("Removed from the list, kept as delisted (1)"));
        QCOMPARE(view->group(1)->child(0)->text(ReconciliationView::Reference), QStringLiteral("KPi.001"));
        QCOMPARE(view->group(1)->child(0)->text(ReconciliationView::What), QStringLiteral("version, aliases"));
        QCOMPARE(view->group(2)->child(0)->text(ReconciliationView::What),
                 QStringLiteral("DPRK · delisted on ") + dayText(QDate(2024, 10, 15)));
        QVERIFY(view->group(0)->child(0)->text(ReconciliationView::What).contains(QStringLiteral("by S/RES/2397 (2017)")));
        screenshot(dialog, QStringLiteral("import-review-newer"));

        // Cancel after the review: the analyst saw it and said no.
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(designations(*db), 11);
    }
    QCOMPARE(test::fingerprint(path), before);
}

void TestUnListUi::cancelWhileReading()
{
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, test::realUnListPath());
    dialog.show();
    dialog.start();
    QCOMPARE(dialog.stage(), Stage::Reading);
    screenshot(dialog, QStringLiteral("import-reading"));
    dialog.reject(); // waits for the reading thread to stop
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The thread has stopped: deliver whatever it queued. A late "finished" must not revive the dialog.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(dialog.stage(), Stage::Reading);
    QVERIFY(!dialog.pending());
    QCOMPARE(designations(*db), 0);
}

// A list larger than one chunk is written a chunk at a time: the window stays live, the progress bar
// says how far it has got, and Cancel rolls back to the review with the database as it was.
void TestUnListUi::largeListWritesInChunksAndCancelRollsBack()
{
    const QString list = syntheticList(3000);
    const QString path = m_dir.filePath(QStringLiteral("chunks.sqlite"));
    {
        auto db = test::openFile(path);
        QVERIFY(importUnListFile(*db, test::smallList()).ok());
    }
    const QByteArray before = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        UnListImportDialog dialog(*db, list);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Review, 60000);
        const QLocale locale;
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("<b>%1</b> to add").arg(locale.toString(3000))),
                 qPrintable(dialog.summaryText()));

        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        // The first chunk is written at once; the rest wait for the event loop.
        QCOMPARE(dialog.stage(), Stage::Applying);
        QCOMPARE(dialog.recordsToWrite(), 3000); // all added: the small list's 11 have other reference numbers
        QCOMPARE(dialog.recordsWritten(), UnListImportDialog::kRecordsPerChunk);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("applyProgress"));
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->text(), QStringLiteral("Writing: %1 of %2 records").arg(locale.toString(1000), locale.toString(3000)));
        QCOMPARE(progress->value(), 333);
        QPushButton *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());
        screenshot(dialog, QStringLiteral("import-applying"));

        // One more chunk through the event loop, then Cancel.
        QTRY_COMPARE(dialog.recordsWritten(), 2 * UnListImportDialog::kRecordsPerChunk);
        QCOMPARE(progress->text(), QStringLiteral("Writing: %1 of %2 records").arg(locale.toString(2000), locale.toString(3000)));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialog.stage(), Stage::Review);
        QVERIFY(dialog.isVisible()); // back at the review, not closed
        QVERIFY(!progress->isVisible());
        QVERIFY2(dialog.notesText().startsWith(QStringLiteral("The import was cancelled: nothing was imported, and the "
                                                              "database is as it was.")),
                 qPrintable(dialog.notesText()));
        QVERIFY(dialog.applyButton()->isEnabled());
        QCOMPARE(designations(*db), 11);
        // The event loop runs on: no chunk is left to come back.
        QCoreApplication::processEvents();
        QCOMPARE(designations(*db), 11);
        QCOMPARE(dialog.stage(), Stage::Review);
        screenshot(dialog, QStringLiteral("import-apply-cancelled"));

        // A second Cancel closes the dialog.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    QCOMPARE(test::fingerprint(path), before);
}

void TestUnListUi::largeListWritesToTheEnd()
{
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, syntheticList(2500));
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Review, 60000);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.stage(), Stage::Applying);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Applied, 60000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.applied());
    QCOMPARE(dialog.applied()->added, 2500);
    QCOMPARE(designations(*db), 2500);
}

void TestUnListUi::badFileShowsWhere()
{
    QByteArray xml = test::readAll(test::smallList());
    xml.replace("<LISTED_ON>2013-01-22</LISTED_ON>", "<LISTED_ON>2016-13-01</LISTED_ON>");
    const QString bad = m_dir.filePath(QStringLiteral("bad.xml"));
    test::writeAll(bad, xml);
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, bad);
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), Stage::Failed, 10000);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("bad.xml could not be imported.")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Line ")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("\"2016-13-01\"")));
    QVERIFY(!dialog.applyButton()->isVisible());
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
    screenshot(dialog, QStringLiteral("import-failed"));
    QCOMPARE(designations(*db), 0);
}

void TestUnListUi::designationsViewFilters()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, test::realUnListPath()).ok());
    DesignationsPage page(*db);
    page.resize(1280, 520);
    page.show();
    QCOMPARE(page.countText(), QStringLiteral("875 designations"));
    QCOMPARE(page.listBox()->count(), 14); // all, then the 13 lists

    page.listBox()->setCurrentIndex(page.listBox()->findData(QStringLiteral("DPRK")));
    QCOMPARE(page.countText(), QStringLiteral("155 of 875 designations"));
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(QStringLiteral("entity")));
    QCOMPARE(page.countText(), QStringLiteral("75 of 875 designations"));
    page.view()->sortByColumn(DesignationTableModel::ListedOn, Qt::DescendingOrder);
    screenshot(page, QStringLiteral("designations-dprk-entities"));

    page.kindBox()->setCurrentIndex(0);
    page.listBox()->setCurrentIndex(0);
    QTest::keyClicks(page.searchField(), QStringLiteral("haji mudir"));
    QCOMPARE(page.countText(), QStringLiteral("1 of 875 designations"));
    QCOMPARE(page.view()->model()->index(0, DesignationTableModel::Reference).data().toString(), QStringLiteral("TAi.005"));
    page.searchField()->setText(QStringLiteral("طاهر"));
    QVERIFY(page.filter().rowCount() >= 1);
    screenshot(page, QStringLiteral("designations-search-arabic"));

    // Reloading (after an import) keeps the analyst's filters.
    page.searchField()->clear();
    page.listBox()->setCurrentIndex(page.listBox()->findData(QStringLiteral("Taliban")));
    QVERIFY(page.reload());
    QCOMPARE(page.listBox()->currentData().toString(), QStringLiteral("Taliban"));
    QCOMPARE(page.countText(), QStringLiteral("140 of 875 designations"));
}

void TestUnListUi::mainWindowOffersTheFeature()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QAction *import = window.findChild<QAction *>(QStringLiteral("importUnListAction"));
    QVERIFY(import);
    QVERIFY(window.fileMenu()->actions().contains(import));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportCsvAction")));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("designationsDock"));
    QVERIFY(dock);
    // Closed before the first import, and not built until it is shown or asked for.
    QVERIFY(dock->isHidden());
    QVERIFY(!dock->widget());
    auto *page = dockPage<DesignationsPage>(dock);
    QVERIFY(page);
    QCOMPARE(dock->widget(), page);
    QCOMPARE(page->model().rowCount(), 0);
    QVERIFY2(page->lastImportLabel()->text().startsWith(QStringLiteral("No UN list imported yet")),
             qPrintable(page->lastImportLabel()->text()));

    // An import elsewhere (the command line, another window) shows after a reload.
    QVERIFY(importUnListFile(*db, test::smallList()).ok());
    window.reloadAll();
    QCOMPARE(page->model().rowCount(), 11);
    QVERIFY2(page->lastImportLabel()->text().startsWith(QStringLiteral("Last import: List of 26 Sep 2024, imported ")),
             qPrintable(page->lastImportLabel()->text()));
    QVERIFY(page->lastImportLabel()->text().contains(QStringLiteral("from un-list-small.xml: 11 added, 0 changed, 0 removed")));
    QVERIFY(page->lastImportLabel()->toolTip().contains(QString::fromLatin1(test::fingerprint(test::smallList()))));
    screenshot(window, QStringLiteral("main-window"));
}

// After an import, selecting 2270 shows its 28 designations in the detail pane, and the timeline's
// tooltip over its marker counts them.
void TestUnListUi::resolutionShowsTheNamesItListed()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(importUnListFile(*db, test::realUnListPath()).ok());
    window.reloadAll();
    const qint64 res2270 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2270 (2016)")).value();
    window.workspace().setCurrentResolution(res2270);
    QCOMPARE(window.currentResolutionId(), res2270);

    const QString detail = window.workspace().detailPane().toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Designations (28)")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("28 designations (16 individuals, 12 entities)")));
    QVERIFY(detail.contains(QStringLiteral("KPe.")) && detail.contains(QStringLiteral("KPi.")));

    // Its link narrows the Designations view to exactly those 28.
    auto *page = dockPage<DesignationsPage>(window.findChild<QDockWidget *>(QStringLiteral("designationsDock")));
    QVERIFY(page);
    page->searchField()->setText(QStringLiteral("something else"));
    const QString html = window.workspace().detailPane().toHtml();
    const qsizetype at = html.indexOf(QStringLiteral("st-designations:"));
    QVERIFY2(at > 0, qPrintable(html));
    const QUrl link(html.mid(at, html.indexOf(QLatin1Char('"'), at) - at));
    emit window.workspace().detailPane().anchorClicked(link);
    QCOMPARE(page->filter().rowCount(), 28);
    QVERIFY(page->searchField()->text().isEmpty());
    QCOMPARE(page->listBox()->currentData().toString(), QStringLiteral("DPRK"));
    for (int row = 0; row < 28; ++row)
        QCOMPARE(page->filter().index(row, DesignationTableModel::ListedBy).data().toString(), QStringLiteral("S/RES/2270 (2016)"));

    TimelineChart *chart = window.workspace().timelinePanel().view()->timeline();
    const TimelineChart::Hit hit = chart->hitTest(chart->positionOf(res2270));
    QVERIFY(hit.resolution >= 0);
    const QString tip = chart->toolTip(hit);
    QVERIFY2(tip.contains(QStringLiteral("28 designations (16 individuals, 12 entities)")), qPrintable(tip));
    window.workspace().detailPane().find(QStringLiteral("Designations (28)")); // scrolls there, for the picture
    screenshot(window, QStringLiteral("main-window-2270-designations"));
}

QTEST_MAIN(TestUnListUi)
#include "tst_designations_ui.moc"
