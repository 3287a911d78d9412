// The Report window offscreen, and how the main window opens it.
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "main/MainWindow.h"
#include "workspace/Workspace.h"
#include "reports/ReportWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

using namespace st;

namespace {

QAction *reportAction(MainWindow &window)
{
    for (QAction *a : window.fileMenu()->actions()) {
        if (a->objectName() == QLatin1String("reportAction"))
            return a;
    }
    return nullptr;
}

ReportWindow *openReportWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *r = qobject_cast<ReportWindow *>(w); r && r->isVisible())
            return r;
    }
    return nullptr;
}

} // namespace

// With two states bundled the window starts on the first; the tests below read the DPRK's report.
void showState(ReportWindow &window, const QString &code)
{
    ReportOptions o = window.options();
    o.stateCode = code;
    window.setOptions(o);
}

class TestReportWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void opensOffscreenWithPages();
    void badRangeShowsABannerAndDisablesOutput();
    void exportsFromTheWindow();
    void mainWindowOpensItWithCtrlP();
    void printerSettingsLastForTheSession();
};

void TestReportWindow::opensOffscreenWithPages()
{
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    ReportWindow window(*db, printer);
    showState(window, QStringLiteral("PRK"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.content().has_value());
    QCOMPARE(window.content()->stateCode, QStringLiteral("PRK"));
    QCOMPARE(window.content()->rounds.size(), 27); // with 2664 (2022)
    QTRY_VERIFY(window.preview()->pageCount() > 1);
    QVERIFY(window.bannerText().isEmpty());
    // The preview paints pages, not a blank area.
    const QImage image = window.preview()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 5, "the preview rendered almost one colour");
    // To look at the window: ST_REPORT_SCREENSHOT=/tmp/report-window.png
    if (const QString shot = qEnvironmentVariable("ST_REPORT_SCREENSHOT"); !shot.isEmpty())
        window.grab().save(shot);
}

void TestReportWindow::badRangeShowsABannerAndDisablesOutput()
{
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    ReportWindow window(*db, printer);
    window.show();
    ReportOptions o = window.options();
    o.stateCode = QStringLiteral("PRK");
    o.from = QDate(2020, 1, 1);
    o.to = QDate(2019, 1, 1);
    window.setOptions(o);
    QVERIFY(!window.content().has_value());
    QVERIFY2(window.bannerText().contains(QStringLiteral("after its end")), qPrintable(window.bannerText()));
    QVERIFY(!window.exportPdfAction()->isEnabled());
    QVERIFY(!window.printAction()->isEnabled());

    o.from = QDate(2017, 1, 1);
    o.to = QDate(2017, 12, 31);
    window.setOptions(o);
    QVERIFY(window.bannerText().isEmpty());
    QCOMPARE(window.content()->rounds.size(), 5);
    QVERIFY(window.exportPdfAction()->isEnabled());
}

void TestReportWindow::exportsFromTheWindow()
{
    QTemporaryDir dir;
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    ReportWindow window(*db, printer);
    ReportOptions o = window.options();
    o.stateCode = QStringLiteral("PRK");
    o.sections = ReportSection::Rounds | ReportSection::Sources;
    window.setOptions(o);
    const QString pdf = dir.filePath(QStringLiteral("w.pdf"));
    auto pages = window.exportPdf(pdf);
    QVERIFY(pages.ok());
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("S/RES/2397 (2017)")));
    QVERIFY(!text.contains(QStringLiteral("Cap histories")));
    const QString html = dir.filePath(QStringLiteral("w.html"));
    QVERIFY(window.exportHtml(html).ok());
    QVERIFY(test::readAll(html).contains("Resolutions and vetoed drafts"));
}

void TestReportWindow::mainWindowOpensItWithCtrlP()
{
    auto db = test::openMemory();
    MainWindow main(*db);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QAction *action = reportAction(main);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(main.mainToolBar()->actions().contains(action));
    QVERIFY(!openReportWindow());
    QTest::keySequence(&main, QKeySequence(QKeySequence::Print));
    QTRY_VERIFY(openReportWindow());
    ReportWindow *report = openReportWindow();
    QVERIFY(QTest::qWaitForWindowExposed(report));
    QTRY_VERIFY(report->preview()->pageCount() > 1);
    QCOMPARE(report->content()->stateCode, main.workspace().stateCode());
    report->close();

    // Opened again after the analyst switched states, it follows the main window.
    const QString other = main.workspace().stateCode() == QLatin1String("IRN") ? QStringLiteral("PRK") : QStringLiteral("IRN");
    main.workspace().setStateCode(other);
    action->trigger();
    QTRY_COMPARE(report->content()->stateCode, other);
    report->close();
}

void TestReportWindow::printerSettingsLastForTheSession()
{
    auto db = test::openMemory();
    MainWindow main(*db);
    main.show();
    reportAction(main)->trigger();
    ReportWindow *first = openReportWindow();
    QVERIFY(first);
    auto *paper = first->findChild<QComboBox *>(QStringLiteral("reportPaper"));
    QVERIFY(paper);
    const int other = paper->currentText() == QLatin1String("Letter") ? paper->findText(QStringLiteral("A4"))
                                                                       : paper->findText(QStringLiteral("Letter"));
    const QString chosen = paper->itemText(other);
    paper->setCurrentIndex(other);
    ReportOptions o = first->options();
    o.to = QDate(2018, 1, 1);
    first->setOptions(o);
    first->close();
    QVERIFY(!openReportWindow());

    reportAction(main)->trigger();
    ReportWindow *again = openReportWindow();
    QVERIFY(again);
    QCOMPARE(again->findChild<QComboBox *>(QStringLiteral("reportPaper"))->currentText(), chosen);
    QCOMPARE(again->options().to, QDate(2018, 1, 1));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    QVERIFY(again->exportPdf(pdf).ok());
    QVERIFY(test::pdfInfo(pdf, QStringLiteral("Page size")).contains(chosen, Qt::CaseInsensitive));
    again->close();
}

QTEST_MAIN(TestReportWindow)
#include "tst_report_window.moc"
