// The analyst workspace in the main window, offscreen: selection kept in sync across timeline, table
// and detail; filters, search and status counts; keyboard; persistence; a screenshot that is not blank.
#include "TestSupport.h"

#include "charts/CapHistoryChart.h"
#include "charts/CapHistoryPanel.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "main/MainWindow.h"
#include "workspace/ResolutionTablePage.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "workspace/DetailPane.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/MeasuresPage.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/ResolutionDetail.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace st;

namespace {

QComboBox *comboWithItem(QWidget *parent, const QString &item)
{
    for (QComboBox *box : parent->findChildren<QComboBox *>()) {
        if (box->findText(item) >= 0)
            return box;
    }
    return nullptr;
}

void dump(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestWorkspaceWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensOnTheLatestRoundOfTheDprk();
    void tableClickSelectsEverywhere();
    void timelineClickSelectsEverywhere();
    void keyboardNavigation();
    void detailLinksJumpAlongTheLineage();
    void filtersDriveTableAndStatus();
    void timelineFadesWhatTheFiltersLeaveOut();
    void searchAsYouType();
    void typingReadsAheadForTheSearch();
    void ctrlFFocusesSearch();
    void vetoedProposalsSetApart();
    void measuresInForceOn();
    void hiddenMeasuresTabGetsItsRowsWhenShown();
    void capHistoryOfRefinedPetroleum();
    void layoutAndFiltersPersist();
    void screenshotIsNotBlank();
    void detailQuotesTheLegalBasis();
    void stateSwitchKeepsTheTimelineUntilTheDataChanges();

private:
    qint64 idOf(const char *symbol) const
    {
        return ResolutionRepository(m_db->connection()).idOf(QString::fromLatin1(symbol)).value();
    }
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_settings;
};

void TestWorkspaceWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerWorkspaceTests"));
}

void TestWorkspaceWindow::init()
{
    QSettings().clear();
    m_db = test::openMemory();
}

void TestWorkspaceWindow::opensOnTheLatestRoundOfTheDprk()
{
    MainWindow window(*m_db);
    Workspace &w = window.workspace();
    QCOMPARE(w.bar().stateCode(), QStringLiteral("PRK"));
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2397 (2017)"));
    QCOMPARE(w.timelinePanel().view()->timeline()->selectedResolution(), idOf("S/RES/2397 (2017)"));
    QVERIFY(w.detailPane().toPlainText().contains(QStringLiteral("S/RES/2397 (2017)")));
    QCOMPARE(window.statusText(), QStringLiteral("27 of 40 resolutions · 82 of 133 measures"));
    QCOMPARE(w.timelinePanel().view()->timeline()->data().resolutions.size(), 27);
    QTableView *table = window.resolutionPage().view();
    QCOMPARE(table->selectionModel()->currentIndex().row(), window.resolutionModel().rowOfId(idOf("S/RES/2397 (2017)")));
}

void TestWorkspaceWindow::tableClickSelectsEverywhere()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(&window, &MainWindow::currentResolutionChanged);
    QTableView *table = window.resolutionPage().view();
    const qint64 id = idOf("S/RES/2375 (2017)");
    const QModelIndex index = window.resolutionModel().index(window.resolutionModel().rowOfId(id), 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(window.currentResolutionId(), id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);
    QCOMPARE(window.workspace().timelinePanel().view()->timeline()->selectedResolution(), id);
    QVERIFY(window.workspace().detailPane().toPlainText().contains(QStringLiteral("S/RES/2375 (2017)")));
    QCOMPARE(window.resolutionPage().selectedIds(), QList<qint64>{id});
}

void TestWorkspaceWindow::timelineClickSelectsEverywhere()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.workspace().timelinePanel().view();
    TimelineChart *chart = view->timeline();
    const qint64 id = idOf("S/RES/2094 (2013)");
    const QPoint pos = view->mapFromScene(chart->mapToScene(chart->positionOf(id)));
    QVERIFY(view->viewport()->rect().contains(pos));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(window.currentResolutionId(), id);
    QTableView *table = window.resolutionPage().view();
    QCOMPARE(table->selectionModel()->currentIndex().row(), window.resolutionModel().rowOfId(id));
    QVERIFY(window.workspace().detailPane().toPlainText().contains(QStringLiteral("S/RES/2094 (2013)")));
    // A trigger selects the resolution it led to.
    const TimelineData &data = chart->data();
    const auto sixth = std::find_if(data.triggers.begin(), data.triggers.end(), [](const TriggerLink &t) {
        return t.event.kind == EventKind::NuclearTest && t.event.date == QDate(2017, 9, 2);
    });
    QVERIFY(sixth != data.triggers.end());
    // Hit-test through the chart: a click in an empty spot selects nothing new.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart->mapToScene(chart->plotArea().topLeft() + QPointF(5, 5))));
    QCOMPARE(window.currentResolutionId(), id);
}

void TestWorkspaceWindow::keyboardNavigation()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workspace().setCurrentResolution(idOf("S/RES/2094 (2013)"));
    TimelineView *view = window.workspace().timelinePanel().view();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2141 (2014)"));
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2087 (2013)"));
    QTableView *table = window.resolutionPage().view();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2094 (2013)"));
    QCOMPARE(view->timeline()->selectedResolution(), idOf("S/RES/2094 (2013)"));
}

void TestWorkspaceWindow::detailLinksJumpAlongTheLineage()
{
    MainWindow window(*m_db);
    DetailPane &detail = window.workspace().detailPane();
    QCOMPARE(detail.resolutionId(), idOf("S/RES/2397 (2017)"));
    QVERIFY(detail.toHtml().contains(resolutionLink(idOf("S/RES/2375 (2017)")).toString(QUrl::FullyEncoded)));
    emit detail.anchorClicked(resolutionLink(idOf("S/RES/2375 (2017)")));
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2375 (2017)"));
    QCOMPARE(detail.resolutionId(), idOf("S/RES/2375 (2017)"));
}

void TestWorkspaceWindow::filtersDriveTableAndStatus()
{
    MainWindow window(*m_db);
    QTableView *table = window.resolutionPage().view();
    QComboBox *status = comboWithItem(&window.resolutionPage(), QStringLiteral("Vetoed drafts"));
    QVERIFY(status);
    QSignalSpy counts(&window.workspace(), &Workspace::countsChanged);
    status->setCurrentIndex(status->findText(QStringLiteral("Vetoed drafts")));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(window.statusText(), QStringLiteral("2 of 40 resolutions · 82 of 133 measures"));
    // The selection stays where it was (2397 is not a vetoed draft: no row is selected, the detail keeps it).
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2397 (2017)"));
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QComboBox *type = comboWithItem(&window.resolutionPage(), QStringLiteral("Refined petroleum products cap"));
    QVERIFY(type);
    type->setCurrentIndex(type->findText(QStringLiteral("Refined petroleum products cap")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("S/2022/431"));
    window.workspace().resetFilters();
    QCOMPARE(window.statusText(), QStringLiteral("27 of 40 resolutions · 82 of 133 measures"));
    // Another state: nothing of the DPRK's.
    window.workspace().setStateCode(QString());
    QCOMPARE(table->model()->rowCount(), 40); // all states: the DPRK's 27 and Iran's 13
}

void TestWorkspaceWindow::timelineFadesWhatTheFiltersLeaveOut()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelinePanel &panel = window.workspace().timelinePanel();
    TimelineChart *chart = panel.view()->timeline();
    QCOMPARE(chart->matchingCount(), 27);
    QVERIFY(!chart->fadedSeries(TimelineCategory::SanctionsRound));
    QVERIFY2(panel.titleText().contains(QStringLiteral("— 27 resolutions, 14 trigger events")), qPrintable(panel.titleText()));

    QComboBox *status = comboWithItem(&window.resolutionPage(), QStringLiteral("Vetoed drafts"));
    status->setCurrentIndex(status->findText(QStringLiteral("Vetoed drafts")));
    QCOMPARE(chart->matchingCount(), 2);
    QVERIFY2(panel.titleText().contains(QStringLiteral("— 2 of 27 resolutions match the filters, 14 trigger events")),
             qPrintable(panel.titleText()));
    // The ten rounds are faded, the two vetoed drafts drawn as before; the legend still names rounds.
    QVERIFY(chart->fadedSeries(TimelineCategory::SanctionsRound));
    QCOMPARE(chart->fadedSeries(TimelineCategory::SanctionsRound)->count(), 10);
    QCOMPARE(chart->categorySeries(TimelineCategory::SanctionsRound)->count(), 0);
    QCOMPARE(chart->categorySeries(TimelineCategory::VetoedDraft)->count(), 2);
    QVERIFY(!chart->fadedSeries(TimelineCategory::VetoedDraft));
    QCoreApplication::processEvents(); // the legend lays its markers out (and shows them) on the next pass
    bool roundsInLegend = false;
    for (QLegendMarker *marker : chart->legend()->markers(chart->categorySeries(TimelineCategory::SanctionsRound)))
        roundsInLegend = roundsInLegend || marker->isVisible();
    QVERIFY(roundsInLegend);
    for (QLegendMarker *marker : chart->legend()->markers(chart->fadedSeries(TimelineCategory::SanctionsRound)))
        QVERIFY(!marker->isVisible()); // one legend entry per category
    const int i2397 = [&] {
        for (int i = 0; i < chart->data().resolutions.size(); ++i) {
            if (chart->data().resolutions[i].id == idOf("S/RES/2397 (2017)"))
                return i;
        }
        return -1;
    }();
    QVERIFY(!chart->isMatching(i2397));
    // The vetoed 2022 draft's missile launch stays; the other 13 triggers fade with their resolutions.
    QCOMPARE(chart->triggerSeries(EventKind::MissileLaunch)->count(), 1);
    int fadedTriggers = 0;
    for (EventKind kind : {EventKind::NuclearTest, EventKind::MissileLaunch, EventKind::SatelliteLaunch}) {
        if (QScatterSeries *pale = chart->fadedTriggerSeries(kind))
            fadedTriggers += pale->count();
    }
    QCOMPARE(fadedTriggers, 13);
    dump(window.grab().toImage(), QStringLiteral("timeline-filtered.png"));

    window.workspace().resetFilters();
    QCOMPARE(chart->matchingCount(), 27);
    QVERIFY(!chart->fadedSeries(TimelineCategory::SanctionsRound));
    QCOMPARE(chart->categorySeries(TimelineCategory::SanctionsRound)->count(), 10);
    QVERIFY(panel.titleText().contains(QStringLiteral("— 27 resolutions, 14 trigger events")));
}

void TestWorkspaceWindow::searchAsYouType()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *search = window.workspace().bar().searchField();
    QTest::keyClicks(search, QStringLiteral("petrol"));
    QTRY_COMPARE(window.resolutionPage().view()->model()->rowCount(), 3);
    QTRY_VERIFY(window.statusText().startsWith(QStringLiteral("3 of 40 resolutions · ")));
    QVERIFY(window.statusText().contains(QStringLiteral(" of 133 measures")));
    QTest::keyClicks(search, QStringLiteral("eum vetoed"));
    QTRY_COMPARE(window.resolutionPage().view()->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(window.resolutionPage().view()->model()->rowCount(), 27);
}

// The first keystroke starts reading what the search needs (every measure's resolution) on a worker, and
// the search, after the pause, takes it: same rows as ever.
void TestWorkspaceWindow::typingReadsAheadForTheSearch()
{
    QTemporaryDir dir;
    auto file = test::openFile(dir.filePath(QStringLiteral("bundled.sqlite"))); // a second connection sees a file
    Workspace w(*file);
    w.resolutionModel().setReadOwnersAheadAbove(0); // the bundled 40 resolutions count as many
    QVERIFY(w.reload().ok());
    QVERIFY(!w.resolutionModel().isReadingOwnersAhead());
    QLineEdit *search = w.bar().searchField();
    QTest::keyClicks(search, QStringLiteral("p"));
    QVERIFY(w.resolutionModel().isReadingOwnersAhead());
    QTest::keyClicks(search, QStringLiteral("etrol"));
    QTRY_COMPARE(w.resolutionModel().rowCount(), 3);
    QVERIFY(!w.resolutionModel().isReadingOwnersAhead()); // taken by the search
    search->clear();
    QTRY_COMPARE(w.resolutionModel().rowCount(), 27);
    QTest::keyClicks(search, QStringLiteral("p")); // read once until the data changes
    QVERIFY(!w.resolutionModel().isReadingOwnersAhead());
}

void TestWorkspaceWindow::ctrlFFocusesSearch()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.resolutionPage().view()->setFocus();
    QAction *find = nullptr;
    for (QAction *a : window.editMenu()->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            find = a;
    }
    QVERIFY(find);
    find->trigger();
    QCOMPARE(window.focusWidget(), window.workspace().bar().searchField());
}

// Issue 11, item 6: the vetoed draft's proposals say so, and are drawn apart (italic, muted).
void TestWorkspaceWindow::vetoedProposalsSetApart()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workspace().browserTabs()->setCurrentIndex(1);
    MeasuresPage &page = window.workspace().measuresPage();
    QComboBox *type = comboWithItem(&page, QStringLiteral("Refined petroleum products cap"));
    QVERIFY(type);
    type->setCurrentIndex(type->findText(QStringLiteral("Refined petroleum products cap")));
    QAbstractItemModel *model = page.view()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(3, MeasureBrowserModel::Resolution).data().toString(), QStringLiteral("S/2022/431"));
    QCOMPARE(model->index(3, MeasureBrowserModel::Status).data().toString(), QStringLiteral("Vetoed draft"));
    QCOMPARE(model->index(2, MeasureBrowserModel::Status).data().toString(), QStringLiteral("Adopted"));
    // The vetoed row's text is drawn in another colour than an adopted row's.
    const QImage image = page.view()->viewport()->grab().toImage();
    auto inkOf = [&](int row) {
        const QRect cell = page.view()->visualRect(model->index(row, MeasureBrowserModel::Resolution));
        QMap<QRgb, int> ink;
        for (int y = cell.top(); y <= cell.bottom(); ++y) {
            for (int x = cell.left(); x <= cell.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.lightness() < 200)
                    ++ink[c.rgb()];
            }
        }
        QRgb darkest = 0;
        int lightness = 256;
        for (auto it = ink.cbegin(); it != ink.cend(); ++it) {
            if (QColor(it.key()).lightness() < lightness) {
                lightness = QColor(it.key()).lightness();
                darkest = it.key();
            }
        }
        return QColor(darkest).lightness();
    };
    QVERIFY2(inkOf(3) > inkOf(2) + 20, qPrintable(QStringLiteral("%1 vs %2").arg(inkOf(3)).arg(inkOf(2))));
    dump(window.grab().toImage(), QStringLiteral("window-measures-vetoed.png"));
}

// Issue 17: a state switch reads no measure ids for a measures tab nobody sees (at 100,000 resolutions most
// of the first switch to "All states"); the status bar's count stays true, and the tab's rows, once shown,
// are the filter's.
void TestWorkspaceWindow::hiddenMeasuresTabGetsItsRowsWhenShown()
{
    MainWindow window(*m_db);
    Workspace &w = window.workspace();
    QCOMPARE(w.browserTabs()->currentIndex(), 0); // the resolutions tab
    QSignalSpy requeried(&w.measureModel(), &MeasureBrowserModel::rowsRequeried);
    w.setStateCode(QString());
    QCOMPARE(requeried.count(), 0);
    QCOMPARE(window.statusText(), QStringLiteral("40 resolutions · 133 measures"));
    w.setStateCode(QStringLiteral("IRN"));
    QCOMPARE(requeried.count(), 0);
    MeasureFilter iran;
    iran.stateCode = QStringLiteral("IRN");
    const QList<qint64> expected = BrowserRepository(*m_db).measureIds(iran, MeasureSortKey::Resolution).value();
    QVERIFY(!expected.isEmpty() && expected.size() < 133);
    QCOMPARE(w.counts().shownMeasures, int(expected.size()));
    QVERIFY2(window.statusText().endsWith(QStringLiteral(" · %1 of 133 measures").arg(expected.size())),
             qPrintable(window.statusText()));
    w.browserTabs()->setCurrentIndex(1);
    QCOMPARE(requeried.count(), 1);
    QCOMPARE(w.measureModel().ids(), expected);
    QCOMPARE(w.counts().shownMeasures, int(expected.size()));
    // Shown, the tab follows a switch at once.
    w.setStateCode(QStringLiteral("PRK"));
    QCOMPARE(requeried.count(), 2);
    QCOMPARE(w.measureModel().rowCount(), 82);
}

void TestWorkspaceWindow::measuresInForceOn()
{
    MainWindow window(*m_db);
    MeasuresPage &page = window.workspace().measuresPage();
    QComboBox *type = comboWithItem(&page, QStringLiteral("Refined petroleum products cap"));
    QVERIFY(type);
    type->setCurrentIndex(type->findText(QStringLiteral("Refined petroleum products cap")));
    QCOMPARE(page.view()->model()->rowCount(), 4);
    auto *inForce = page.findChild<QCheckBox *>();
    auto *day = page.findChild<QDateEdit *>();
    QVERIFY(inForce && day);
    day->setDate(QDate(2017, 10, 1));
    inForce->setChecked(true);
    QCOMPARE(page.view()->model()->rowCount(), 1);
    QCOMPARE(page.view()->model()->index(0, MeasureBrowserModel::Cap).data().toString(), QStringLiteral("500,000 barrels / 3 months"));
    day->setDate(QDate(2018, 1, 1));
    QCOMPARE(page.view()->model()->index(0, MeasureBrowserModel::Resolution).data().toString(), QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(window.statusText(), QStringLiteral("27 of 40 resolutions · 1 of 133 measures"));
    // Picking a measure selects its resolution everywhere.
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    QCOMPARE(window.currentResolutionId(), idOf("S/RES/2397 (2017)"));
}

void TestWorkspaceWindow::capHistoryOfRefinedPetroleum()
{
    MainWindow window(*m_db);
    Workspace &w = window.workspace();
    w.chartTabs()->setCurrentIndex(1);
    w.capHistoryPanel().setCurrentType(QStringLiteral("refined_petroleum_cap"));
    CapHistoryChart *chart = w.capHistoryPanel().chart();
    QCOMPARE(chart->history().applied.size(), 2);
    QCOMPARE(chart->supersededSeries()->count(), 1);
    QCOMPARE(chart->supersededSeries()->at(0).y() * chart->valueScale(), 2000000.0);
    QVERIFY(!chart->stepPoints().isEmpty());
    w.capHistoryPanel().setCurrentType(QStringLiteral("coal_iron_export_ban"));
    QCOMPARE(chart->history().applied.size(), 4);
    QCOMPARE(chart->stepPoints().last().y(), 0.0); // the full ban of 2371
}

void TestWorkspaceWindow::layoutAndFiltersPersist()
{
    QList<int> sizes;
    {
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workspace().setCurrentResolution(idOf("S/RES/2375 (2017)"));
        QComboBox *status = comboWithItem(&window.resolutionPage(), QStringLiteral("Vetoed drafts"));
        status->setCurrentIndex(status->findText(QStringLiteral("Adopted")));
        window.workspace().bar().setSearchText(QStringLiteral("coal"));
        QTest::keyClick(window.workspace().bar().searchField(), Qt::Key_Return);
        auto *split = window.workspace().findChild<QSplitter *>();
        split->setSizes({250, 400});
        sizes = split->sizes();
        window.workspace().browserTabs()->setCurrentIndex(1);
        window.close();
    }
    MainWindow again(*m_db);
    again.resize(1280, 800);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.workspace().bar().searchText(), QStringLiteral("coal"));
    QCOMPARE(again.resolutionModel().filter().status, std::optional<ResolutionStatus>(ResolutionStatus::Adopted));
    QCOMPARE(again.resolutionPage().view()->model()->rowCount(), 4); // 2270, 2321, 2371, 2397
    dump(again.grab().toImage(), QStringLiteral("window-search-coal.png"));
    QCOMPARE(again.currentResolutionId(), idOf("S/RES/2375 (2017)"));
    QCOMPARE(again.workspace().browserTabs()->currentIndex(), 1);
    QCOMPARE(again.workspace().findChild<QSplitter *>()->sizes(), sizes);
}

void TestWorkspaceWindow::screenshotIsNotBlank()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY2(distinctColours(window.grab().toImage()) > 60, "the window rendered almost blank");
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    dump(image, QStringLiteral("window-1280x800.png"));
    window.workspace().chartTabs()->setCurrentIndex(1);
    window.workspace().capHistoryPanel().setCurrentType(QStringLiteral("refined_petroleum_cap"));
    window.workspace().browserTabs()->setCurrentIndex(1);
    QTRY_VERIFY(window.workspace().capHistoryPanel().chart()->isVisible());
    dump(window.grab().toImage(), QStringLiteral("window-caps-measures.png"));
    window.workspace().capHistoryPanel().setCurrentType(QStringLiteral("coal_iron_export_ban"));
    QCOMPARE(window.workspace().capHistoryPanel().currentType(), QStringLiteral("coal_iron_export_ban"));
    dump(window.grab().toImage(), QStringLiteral("window-coal.png"));
    window.workspace().capHistoryPanel().setCurrentType(QStringLiteral("crude_oil_cap"));
    QCOMPARE(window.workspace().capHistoryPanel().currentType(), QStringLiteral("crude_oil_cap"));
    dump(window.grab().toImage(), QStringLiteral("window-crude.png"));
}

// Issue 17: switching back to a state shows the markers kept from the first visit; after the data
// changes (a reload) they are read again, so a deleted resolution is gone from every state's timeline.
void TestWorkspaceWindow::stateSwitchKeepsTheTimelineUntilTheDataChanges()
{
    MainWindow window(*m_db);
    Workspace &w = window.workspace();
    const auto shown = [&w] { return int(w.timelinePanel().view()->timeline()->data().resolutions.size()); };
    QCOMPARE(shown(), 27);
    w.setStateCode(QString());
    QCOMPARE(shown(), 40);
    w.setStateCode(QStringLiteral("PRK"));
    QCOMPARE(shown(), 27);
    QVERIFY(sql::exec(m_db->connection(), QStringLiteral("DELETE FROM resolutions WHERE id = ?"),
                      {idOf("S/RES/2397 (2017)")}).ok());
    QVERIFY(w.reload().ok());
    QCOMPARE(shown(), 26);
    w.setStateCode(QString());
    QCOMPARE(shown(), 39);
    w.setStateCode(QStringLiteral("PRK"));
    QCOMPARE(shown(), 26);
}

// Issue 13: the detail pane quotes a measure's legal basis under its description.
void TestWorkspaceWindow::detailQuotesTheLegalBasis()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workspace().setStateCode(QStringLiteral("IRN"));
    const qint64 id = idOf("S/RES/1747 (2007)");
    QTRY_VERIFY(window.resolutionModel().rowOfId(id) >= 0);
    QTableView *table = window.resolutionPage().view();
    const QModelIndex index = window.resolutionModel().index(window.resolutionModel().rowOfId(id), 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(window.currentResolutionId(), id);
    const QString text = window.workspace().detailPane().toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Legal basis: \u201c5. Decides that Iran shall not supply")), qPrintable(text));
    QVERIFY(window.workspace().detailPane().find(QStringLiteral("Legal basis:"))); // scrolled into view for the picture
    dump(window.grab().toImage(), QStringLiteral("window-legal-basis.png"));
}

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspace_window.moc"
