// The timeline's escalation line counted on a worker for large states (issue 17, item 3): what arrives
// is what buildTimeline counts, it is kept per state until the data changes, and the chart draws no
// line (no false zero) while it is on the way.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "storage/MeasureFactRepository.h"
#include "synthetic/SyntheticDataset.h"
#include "workspace/EscalationLoader.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/MeasuresPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
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

class TestEscalationLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void largeStateArrivesLaterAndIsKept();
    void smallStateIsCountedAtOnce();
    void clearDropsWhatWasKept();
    void chartDrawsNoLineUntilItArrives();
    void givenIntervalsAreCountedAtOnce();
    void inForceWaitsForTheWorkersIntervals();
    void aFailedCountLeavesNoTabWaiting();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEscalationLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openFile(m_dir.filePath(QStringLiteral("bundled.sqlite")));
}

void TestEscalationLoader::largeStateArrivesLaterAndIsKept()
{
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("PRK")).value();
    QVERIFY(expected.size() > 3);
    EscalationLoader loader(*m_db, 0); // every state counts as large
    QSignalSpy loaded(&loader, &EscalationLoader::loaded);
    auto first = loader.request(QStringLiteral("PRK"), 26);
    QVERIFY(first);
    QVERIFY(!first.value().has_value()); // on the way
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
    auto again = loader.request(QStringLiteral("PRK"), 26);
    QVERIFY(again && again.value().has_value());
    QCOMPARE(again.value()->size(), expected.size());
    QCOMPARE(again.value()->last().measureTypes, expected.last().measureTypes);
}

void TestEscalationLoader::smallStateIsCountedAtOnce()
{
    EscalationLoader loader(*m_db); // the default threshold: the bundled states are small
    auto steps = loader.request(QStringLiteral("IRN"), 13);
    QVERIFY(steps && steps.value().has_value());
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("IRN")).value();
    QCOMPARE(steps.value()->size(), expected.size());
    QCOMPARE(steps.value()->last().measureTypes, expected.last().measureTypes);
}

void TestEscalationLoader::clearDropsWhatWasKept()
{
    EscalationLoader loader(*m_db, 0);
    QSignalSpy loaded(&loader, &EscalationLoader::loaded);
    QVERIFY(!loader.request(QString(), 39).value().has_value());
    QVERIFY(loaded.wait(20000));
    QVERIFY(loader.request(QString(), 39).value().has_value());
    loader.clear(); // the data changed
    QVERIFY(!loader.request(QString(), 39).value().has_value());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 2);
}

void TestEscalationLoader::chartDrawsNoLineUntilItArrives()
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

void TestEscalationLoader::givenIntervalsAreCountedAtOnce()
{
    const QList<InForceInterval> intervals =
        inForceIntervals(MeasureFactRepository(*m_db).timingForState(QStringLiteral("PRK")).value());
    const QList<EscalationStep> expected = buildEscalation(*m_db, QStringLiteral("PRK")).value();
    EscalationLoader loader(*m_db, 0); // every state counts as large: without intervals, the worker counts
    QSignalSpy loaded(&loader, &EscalationLoader::loaded);
    auto steps = loader.request(QStringLiteral("PRK"), 26, &intervals);
    QVERIFY(steps && steps.value().has_value());
    QCOMPARE(steps.value()->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(steps.value()->at(i).date, expected[i].date);
        QCOMPARE(steps.value()->at(i).measureTypes, expected[i].measureTypes);
    }
    // Kept like a worker's count, and no worker was started.
    auto again = loader.request(QStringLiteral("PRK"), 26);
    QVERIFY(again && again.value().has_value());
    QCOMPARE(again.value()->size(), expected.size());
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0);
}

// Switching to All states (3,000 resolutions, past kBackgroundAbove) counts the line on the worker, and
// the intervals it counts from serve "in force on" too: ticked before, the measures tab waits for them
// (no rows, a line saying so, the status counts saying so) and then shows what reading them at once
// gives; ticked after, it needs no reading at all.
void TestEscalationLoader::inForceWaitsForTheWorkersIntervals()
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
        QCOMPARE(chart->data().resolutions.size(), 3000);
        QVERIFY(!chart->isEscalationKnown()); // on the worker's way
        MeasureBrowserModel &measures = w.measureModel();
        QCOMPARE(measures.isWaitingForIntervals(), tickedBefore);
        if (tickedBefore) {
            QCOMPARE(measures.rowCount(), 0);
            QCOMPARE(w.counts().measuresInForceAwaited, day);
            QCOMPARE(w.measuresPage().waitingText(), QStringLiteral("Working out which measures were in force on 30 Jun 2015…"));
            dumpForLooking(w, QStringLiteral("measures-waiting"));
        }
        w.escalationLoader().wait();
        QCoreApplication::processEvents();
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

// The worker cannot open the file (gone from its folder; this window's connection still reads it): the
// analyst is told, and the measures tab reads the intervals itself instead of waiting for ever.
void TestEscalationLoader::aFailedCountLeavesNoTabWaiting()
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
    w.escalationLoader().wait();
    QCoreApplication::processEvents();
    QCOMPARE(problems.count(), 1);
    QVERIFY(!w.measureModel().isWaitingForIntervals());
    QCOMPARE(w.measureModel().rowCount(), measuresInForceOn(loadInForceIntervals(*db, QString()).value(), day).size());
    QVERIFY(w.measuresPage().waitingText().isEmpty());
}

QTEST_MAIN(TestEscalationLoader)
#include "tst_escalation_loader.moc"
