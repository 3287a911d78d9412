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
#include "workspace/MeasuresPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QTabWidget>
#include <QLineSeries>
#include <QSignalSpy>

using namespace st;

class TestEscalationLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void largeStateArrivesLaterAndIsKept();
    void smallStateIsCountedAtOnce();
    void clearDropsWhatWasKept();
    void chartDrawsNoLineUntilItArrives();
    void givenIntervalsAreCountedAtOnce();
    void inForceIntervalsServeTheWorkspacesLine();

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

// With "in force on" ticked, switching to All states (3,000 resolutions, past kBackgroundAbove) draws the
// line at once from the intervals the measures tab computed, instead of reading all measures again.
void TestEscalationLoader::inForceIntervalsServeTheWorkspacesLine()
{
    auto db = test::openFile(m_dir.filePath(QStringLiteral("synthetic.sqlite")), true);
    SyntheticOptions options;
    options.resolutions = 3000;
    options.states = 20;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    const QList<EscalationStep> expected = buildEscalation(*db, QString()).value();
    QVERIFY(!expected.isEmpty() && expected.last().measureTypes > 0);
    for (const bool inForce : {false, true}) {
        Workspace w(*db);
        QVERIFY(w.reload().ok());
        if (inForce) {
            w.browserTabs()->setCurrentIndex(1); // the measures tab, where "in force on" is
            w.measuresPage().findChild<QCheckBox *>()->setChecked(true);
        }
        w.setStateCode(QString());
        TimelineChart *chart = w.timelinePanel().view()->timeline();
        QCOMPARE(chart->data().resolutions.size(), 3000);
        QCOMPARE(chart->isEscalationKnown(), inForce); // without the intervals it is on the worker's way
        w.escalationLoader().wait();
        QCoreApplication::processEvents();
        QVERIFY(chart->isEscalationKnown());
        QCOMPARE(chart->escalationSeries()->points().last().y(), qreal(expected.last().measureTypes));
    }
}

QTEST_MAIN(TestEscalationLoader)
#include "tst_escalation_loader.moc"
