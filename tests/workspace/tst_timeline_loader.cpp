// The timeline of large states read on a worker (issue 17, items 3 and 4): its markers and its
// escalation line. What arrives is what buildTimeline reads, the markers first; the line is kept per state
// until the data changes; the chart draws no line (no false zero) while it is on the way, and no marker of
// the last state under the new state's name while the markers are.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "storage/BrowserRepository.h"
#include "storage/MeasureFactRepository.h"
#include "synthetic/SyntheticDataset.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/MeasuresPage.h"
#include "workspace/TimelineLoader.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLocale>
#include <QTabWidget>
#include <QLineSeries>
#include <QSignalSpy>

using namespace st;

namespace {

// With ST_DUMP_DIR set, the workspace as an analyst would see it, to look at.
void dumpForLooking(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1280, 800);
    QCoreApplication::processEvents(); // the layout requests a window's event loop would have run by now
    QVERIFY(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestTimelineLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void largeStateArrivesLaterAndIsKept();
    void largeStateMarkersComeFromTheWorker();
    void markersAskedForAtOnceAreReadAtOnce();
    void smallStateIsCountedAtOnce();
    void clearDropsWhatWasKept();
    void chartDrawsNoLineUntilItArrives();
    void givenIntervalsAreCountedAtOnce();
    void inForceWaitsForTheWorkersIntervals();
    void aFailedCountLeavesNoTabWaiting();
    void selectionFollowsWhenTheMarkersArrive();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTimelineLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openFile(m_dir.filePath(QStringLiteral("bundled.sqlite")));
}

void TestTimelineLoader::largeStateArrivesLaterAndIsKept()
{
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("PRK")).value();
    QVERIFY(expected.size() > 3);
    TimelineLoader loader(*m_db, 0); // every state counts as large
    QSignalSpy loaded(&loader, &TimelineLoader::escalationLoaded);
    auto first = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::Kept);
    QVERIFY(first);
    QVERIFY(!first.value().escalation.has_value()); // on the way
    QVERIFY(!first.value().markers.has_value());    // the caller has them
    QVERIFY(loader.isCounting(QStringLiteral("PRK")));
    QVERIFY(!loader.isReadingMarkers(QStringLiteral("PRK")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("PRK"));
    const auto steps = loaded.first().at(1).value<QList<EscalationStep>>();
    QCOMPARE(steps.size(), expected.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].date, expected[i].date);
        QCOMPARE(steps[i].measureTypes, expected[i].measureTypes);
    }
    // Back on the same state: kept, no second count.
    auto again = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::Kept);
    QVERIFY(again && again.value().escalation.has_value());
    QCOMPARE(again.value().escalation->size(), expected.size());
    QCOMPARE(again.value().escalation->last().measureTypes, expected.last().measureTypes);
    QVERIFY(!loader.isCounting(QStringLiteral("PRK")));
}

// A large state's markers come from a worker, apart from its line (a second worker), and are what reading
// them at once gives.
void TestTimelineLoader::largeStateMarkersComeFromTheWorker()
{
    const TimelineData expected = buildTimelineMarkers(*m_db, QStringLiteral("PRK")).value();
    QVERIFY(expected.resolutions.size() > 20 && !expected.triggers.isEmpty());
    TimelineLoader loader(*m_db, 0);
    QStringList arrivals;
    TimelineData arrived;
    connect(&loader, &TimelineLoader::markersLoaded, this, [&](const QString &code, const TimelineData &markers) {
        arrivals << QStringLiteral("markers ") + code;
        arrived = markers;
    });
    connect(&loader, &TimelineLoader::escalationLoaded, this,
            [&](const QString &code) { arrivals << QStringLiteral("line ") + code; });
    auto parts = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::OnWorkerIfLarge);
    QVERIFY(parts && !parts.value().markers && !parts.value().escalation);
    QVERIFY(loader.isReadingMarkers(QStringLiteral("PRK")));
    loader.wait();
    QCoreApplication::processEvents();
    arrivals.sort(); // the two workers run side by side: either may end first
    QCOMPARE(arrivals, QStringList({QStringLiteral("line PRK"), QStringLiteral("markers PRK")}));
    QVERIFY(!loader.isReadingMarkers(QStringLiteral("PRK")));
    QCOMPARE(arrived.stateCode, QStringLiteral("PRK"));
    QCOMPARE(arrived.resolutions.size(), expected.resolutions.size());
    for (qsizetype i = 0; i < expected.resolutions.size(); ++i) {
        QCOMPARE(arrived.resolutions[i].id, expected.resolutions[i].id);
        QCOMPARE(arrived.resolutions[i].date, expected.resolutions[i].date);
        QCOMPARE(arrived.resolutions[i].triggers.size(), expected.resolutions[i].triggers.size());
    }
    QCOMPARE(arrived.triggers.size(), expected.triggers.size());
    QCOMPARE(arrived.acts.size(), expected.acts.size());
    QVERIFY(arrived.escalation.isEmpty()); // the line comes apart
}

// A reload reads the markers at once whatever the size: the chart never shows a state half read.
void TestTimelineLoader::markersAskedForAtOnceAreReadAtOnce()
{
    TimelineLoader loader(*m_db, 0);
    QSignalSpy markers(&loader, &TimelineLoader::markersLoaded);
    auto parts = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::AtOnce);
    QVERIFY(parts && parts.value().markers);
    QCOMPARE(parts.value().markers->resolutions.size(),
             buildTimelineMarkers(*m_db, QStringLiteral("PRK")).value().resolutions.size());
    QVERIFY(!parts.value().escalation); // the line still comes from the worker
    QVERIFY(!loader.isReadingMarkers(QStringLiteral("PRK")));
    loader.wait();
    QCoreApplication::processEvents();
    QCOMPARE(markers.count(), 0);
}

void TestTimelineLoader::smallStateIsCountedAtOnce()
{
    TimelineLoader loader(*m_db); // the default threshold: the bundled states are small
    auto parts = loader.request(QStringLiteral("IRN"), TimelineLoader::Markers::OnWorkerIfLarge);
    QVERIFY(parts && parts.value().escalation.has_value() && parts.value().markers.has_value());
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("IRN")).value();
    QCOMPARE(parts.value().escalation->size(), expected.size());
    QCOMPARE(parts.value().escalation->last().measureTypes, expected.last().measureTypes);
    QCOMPARE(parts.value().markers->resolutions.size(),
             buildTimelineMarkers(*m_db, QStringLiteral("IRN")).value().resolutions.size());
}

void TestTimelineLoader::clearDropsWhatWasKept()
{
    TimelineLoader loader(*m_db, 0);
    QSignalSpy loaded(&loader, &TimelineLoader::escalationLoaded);
    QVERIFY(!loader.request(QString(), TimelineLoader::Markers::Kept).value().escalation.has_value());
    QVERIFY(loaded.wait(20000));
    QVERIFY(loader.request(QString(), TimelineLoader::Markers::Kept).value().escalation.has_value());
    loader.clear(); // the data changed
    QVERIFY(!loader.request(QString(), TimelineLoader::Markers::Kept).value().escalation.has_value());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 2);
}

void TestTimelineLoader::chartDrawsNoLineUntilItArrives()
{
    TimelineData data = buildTimeline(*m_db, QStringLiteral("PRK")).value();
    const QList<EscalationStep> steps = data.escalation;
    data.escalation.clear();
    TimelineChart chart(data);
    chart.setData(data, false);
    QVERIFY(!chart.isEscalationKnown());
    QVERIFY(!chart.escalationSeries()); // no line at zero while the count is on the way
    chart.setEscalation(steps);
    QVERIFY(chart.isEscalationKnown());
    QVERIFY(chart.escalationSeries());
    QCOMPARE(chart.escalationSeries()->points().last().y(), qreal(steps.last().measureTypes));
}

void TestTimelineLoader::givenIntervalsAreCountedAtOnce()
{
    const QList<InForceInterval> intervals =
        inForceIntervals(MeasureFactRepository(*m_db).timingForState(QStringLiteral("PRK")).value());
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("PRK")).value();
    TimelineLoader loader(*m_db, 0); // every state counts as large: without intervals, the worker counts
    QSignalSpy loaded(&loader, &TimelineLoader::escalationLoaded);
    auto parts = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::Kept, &intervals);
    QVERIFY(parts && parts.value().escalation.has_value());
    const QList<EscalationStep> &steps = *parts.value().escalation;
    QCOMPARE(steps.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(steps.at(i).date, expected[i].date);
        QCOMPARE(steps.at(i).measureTypes, expected[i].measureTypes);
    }
    // Kept like a worker's count, and no worker was started.
    auto again = loader.request(QStringLiteral("PRK"), TimelineLoader::Markers::Kept);
    QVERIFY(again && again.value().escalation.has_value());
    QCOMPARE(again.value().escalation->size(), expected.size());
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0);
}

// Switching to All states (3,000 resolutions, past kBackgroundAbove) counts the line on the worker, and
// the intervals it counts from serve "in force on" too: ticked before, the measures tab waits for them
// (no rows, a line saying so, the status counts saying so) and then shows what reading them at once
// gives; ticked after, it needs no reading at all.
void TestTimelineLoader::inForceWaitsForTheWorkersIntervals()
{
    auto db = test::openFile(m_dir.filePath(QStringLiteral("synthetic.sqlite")), true);
    SyntheticOptions options;
    options.resolutions = 3000;
    options.states = 20;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    const QList<EscalationStep> expected = buildEscalation(*db, QString()).value();
    QVERIFY(!expected.isEmpty() && expected.last().measureTypes > 0);
    const QDate day(2015, 6, 30);
    const qsizetype inForceThatDay = measuresInForceOn(loadInForceIntervals(*db, QString()).value(), day).size();
    QVERIFY(inForceThatDay > 100);
    for (const bool tickedBefore : {false, true}) {
        Workspace w(*db);
        QVERIFY(w.reload().ok());
        w.browserTabs()->setCurrentIndex(1); // the measures tab, where "in force on" is
        auto *inForce = w.measuresPage().findChild<QCheckBox *>();
        w.measuresPage().findChild<QDateEdit *>()->setDate(day);
        if (tickedBefore)
            inForce->setChecked(true);
        w.setStateCode(QString());
        TimelineChart *chart = w.timelinePanel().view()->timeline();
        // The markers are on the worker's way too: none drawn, and the panel says what is happening.
        QVERIFY(w.timelineLoader().isReadingMarkers(QString()));
        QVERIFY(w.timelinePanel().isAwaited());
        QCOMPARE(chart->data().resolutions.size(), 0);
        QCOMPARE(w.timelinePanel().titleText(), QStringLiteral("All states — reading the resolutions…"));
        QCOMPARE(w.timelinePanel().emptyMessage(), QStringLiteral("Placing the resolutions of all states on the timeline…"));
        if (!tickedBefore)
            dumpForLooking(w, QStringLiteral("timeline-awaited"));
        QVERIFY(!chart->isEscalationKnown()); // on the worker's way
        MeasureBrowserModel &measures = w.measureModel();
        QCOMPARE(measures.isWaitingForIntervals(), tickedBefore);
        if (tickedBefore) {
            QCOMPARE(measures.rowCount(), 0);
            QCOMPARE(w.counts().measuresInForceAwaited, day);
            QCOMPARE(w.measuresPage().waitingText(), QStringLiteral("Working out which measures were in force on 30 Jun 2015…"));
            dumpForLooking(w, QStringLiteral("measures-waiting"));
        }
        w.timelineLoader().wait();
        QCoreApplication::processEvents();
        QVERIFY(!w.timelinePanel().isAwaited());
        QCOMPARE(chart->data().resolutions.size(), 3000);
        QVERIFY(w.timelinePanel().emptyMessage().isEmpty());
        QVERIFY(w.timelinePanel().titleText().startsWith(QStringLiteral("All states — %1 resolutions").arg(QLocale().toString(3000))));
        QVERIFY(chart->isEscalationKnown());
        QCOMPARE(chart->escalationSeries()->points().last().y(), qreal(expected.last().measureTypes));
        QVERIFY(measures.intervalsOf(QString())); // kept, whether "in force on" was ticked or not
        if (!tickedBefore)
            inForce->setChecked(true); // then nothing is read: the rows come at once
        QVERIFY(!measures.isWaitingForIntervals());
        QCOMPARE(measures.rowCount(), inForceThatDay);
        QVERIFY(!w.counts().measuresInForceAwaited.isValid());
        QCOMPARE(w.counts().shownMeasures, int(inForceThatDay));
        QVERIFY(w.measuresPage().waitingText().isEmpty());
        if (tickedBefore)
            dumpForLooking(w, QStringLiteral("measures-in-force"));
    }
}

// The workers cannot open the file (gone from its folder; this window's connection still reads it): the
// analyst is told once, and the measures tab and the timeline read through this window's connection
// instead of waiting for ever.
void TestTimelineLoader::aFailedCountLeavesNoTabWaiting()
{
    const QString path = m_dir.filePath(QStringLiteral("moved-away.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("synthetic.sqlite")), path)); // the test above made it
    auto db = test::openFile(path);
    Workspace w(*db);
    QVERIFY(w.reload().ok());
    QSignalSpy problems(&w, &Workspace::problem);
    const QDate day(2015, 6, 30);
    w.measuresPage().findChild<QDateEdit *>()->setDate(day);
    w.measuresPage().findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".gone")));
    w.setStateCode(QString());
    QVERIFY(w.measureModel().isWaitingForIntervals());
    w.timelineLoader().wait();
    QCoreApplication::processEvents();
    QCOMPARE(problems.count(), 1); // the markers' worker and the line's failed alike: told once
    QVERIFY(!w.measureModel().isWaitingForIntervals());
    // The timeline read through this window's connection instead, line included.
    QVERIFY(!w.timelinePanel().isAwaited());
    TimelineChart *chart = w.timelinePanel().view()->timeline();
    QCOMPARE(chart->data().resolutions.size(), 3000);
    QVERIFY(chart->isEscalationKnown());
    QCOMPARE(w.measureModel().rowCount(), measuresInForceOn(loadInForceIntervals(*db, QString()).value(), day).size());
    QVERIFY(w.measuresPage().waitingText().isEmpty());
}

// Switching to a large state whose markers are on the worker's way: the selection stays where it was until
// they arrive, then follows to the state's newest sanctions round, as it does at once for a small state.
void TestTimelineLoader::selectionFollowsWhenTheMarkersArrive()
{
    auto db = test::openFile(m_dir.filePath(QStringLiteral("three-states.sqlite")), true);
    SyntheticOptions options;
    options.resolutions = 4000;
    options.states = 3;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    const TimelineData all = buildTimelineMarkers(*db, QString()).value();
    QString large;
    TimelineData largest;
    const QList<StateChoice> states = BrowserRepository(*db).states().value();
    QStringList codes;
    for (const StateChoice &state : states)
        codes << state.code;
    for (const QString &code : codes) {
        TimelineData markers = buildTimelineMarkers(*db, code).value();
        if (markers.resolutions.size() > largest.resolutions.size()) {
            large = code;
            largest = std::move(markers);
        }
    }
    QVERIFY2(largest.resolutions.size() > TimelineLoader::kBackgroundAbove, qPrintable(large));
    QSet<qint64> ofLarge;
    for (const TimelineEntry &e : largest.resolutions)
        ofLarge.insert(e.id);
    qint64 outsider = 0;
    for (const TimelineEntry &e : all.resolutions) {
        if (!ofLarge.contains(e.id))
            outsider = e.id;
    }
    QVERIFY(outsider != 0);
    qint64 newestRound = 0;
    for (const TimelineEntry &e : largest.resolutions) {
        if (e.category() == TimelineCategory::SanctionsRound)
            newestRound = e.id;
    }
    QVERIFY(newestRound != 0);

    Workspace w(*db);
    QVERIFY(w.reload().ok());
    w.setStateCode(QString());
    w.timelineLoader().wait();
    QCoreApplication::processEvents();
    w.setCurrentResolution(outsider);
    QVERIFY(w.reload().ok()); // nothing kept: the large state's markers (shown first, maybe) are read again
    QCOMPARE(w.currentResolutionId(), outsider);
    w.setStateCode(large);
    QVERIFY(w.timelinePanel().isAwaited());
    QCOMPARE(w.currentResolutionId(), outsider); // not followed to a round nobody has read yet
    w.timelineLoader().wait();
    QCoreApplication::processEvents();
    QVERIFY(!w.timelinePanel().isAwaited());
    QCOMPARE(w.timelinePanel().view()->timeline()->data().resolutions.size(), largest.resolutions.size());
    QCOMPARE(w.currentResolutionId(), newestRound);
}

QTEST_MAIN(TestTimelineLoader)
#include "tst_timeline_loader.moc"
