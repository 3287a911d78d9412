// Which measures applied on a given day, from effective dates and lineage, on the bundled data.
#include "TestSupport.h"

#include "analysis/CapHistory.h"
#include "analysis/InForce.h"
#include "analysis/Timeline.h"
#include "storage/MeasureFactRepository.h"

using namespace st;

class TestInForce : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refinedPetroleumCapOnGivenDays_data();
    void refinedPetroleumCapOnGivenDays();
    void vetoedDraftsNeverApply();
    void panelMandateLapsedAfterApril2024();
    void supersededAndExpiredIntervals();
    void escalationJumpsAtTheRounds();
    void coalCapHistory();
    void refinedPetroleumCapHistory();
    void timelineSeries();

private:
    const MeasureFact *factOf(qint64 id) const;
    QList<const MeasureFact *> inForce(const QString &type, const QDate &day) const;
    std::unique_ptr<Database> m_db;
    QList<MeasureFact> m_facts;
    QList<InForceInterval> m_intervals;
};

void TestInForce::initTestCase()
{
    m_db = test::openMemory();
    m_facts = MeasureFactRepository(m_db->connection()).forState(QStringLiteral("PRK")).value();
    QCOMPARE(m_facts.size(), 82); // with 2664 (2022)
    m_intervals = inForceIntervals(m_facts);
}

const MeasureFact *TestInForce::factOf(qint64 id) const
{
    for (const MeasureFact &f : m_facts) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<const MeasureFact *> TestInForce::inForce(const QString &type, const QDate &day) const
{
    QList<const MeasureFact *> out;
    for (qint64 id : measuresInForceOn(m_intervals, day)) {
        if (const MeasureFact *f = factOf(id); f && f->typeCode == type)
            out << f;
    }
    return out;
}

void TestInForce::refinedPetroleumCapOnGivenDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("symbol"); // empty: no cap applied
    QTest::addColumn<double>("barrels");
    QTest::newRow("before 2375") << QDate(2017, 9, 10) << QString() << 0.0;
    QTest::newRow("adopted, not yet effective") << QDate(2017, 9, 30) << QString() << 0.0;
    QTest::newRow("2375 transitional") << QDate(2017, 10, 1) << QStringLiteral("S/RES/2375 (2017)") << 500000.0;
    QTest::newRow("last day of 2017") << QDate(2017, 12, 31) << QStringLiteral("S/RES/2375 (2017)") << 500000.0;
    QTest::newRow("2397 from 2018") << QDate(2018, 1, 1) << QStringLiteral("S/RES/2397 (2017)") << 500000.0;
    QTest::newRow("today") << QDate(2026, 11, 28) << QStringLiteral("S/RES/2397 (2017)") << 500000.0;
}

void TestInForce::refinedPetroleumCapOnGivenDays()
{
    QFETCH(QDate, day);
    QFETCH(QString, symbol);
    QFETCH(double, barrels);
    const auto found = inForce(QStringLiteral("refined_petroleum_cap"), day);
    if (symbol.isEmpty()) {
        QCOMPARE(found.size(), 0);
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->symbol, symbol);
    QCOMPARE(found.first()->cap->value, barrels);
}

void TestInForce::vetoedDraftsNeverApply()
{
    // S/2022/431 would have cut the refined-petroleum cap to 375,000 barrels; it was vetoed.
    const auto found = inForce(QStringLiteral("refined_petroleum_cap"), QDate(2023, 1, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->symbol, QStringLiteral("S/RES/2397 (2017)"));
    for (const InForceInterval &i : m_intervals)
        QVERIFY(factOf(i.measureId)->adopted);
}

void TestInForce::panelMandateLapsedAfterApril2024()
{
    const auto during = inForce(QStringLiteral("panel_of_experts"), QDate(2024, 4, 30));
    QCOMPARE(during.size(), 1);
    QCOMPARE(during.first()->symbol, QStringLiteral("S/RES/2680 (2023)"));
    QCOMPARE(inForce(QStringLiteral("panel_of_experts"), QDate(2024, 5, 1)).size(), 0);
    // Before the first mandate: the Panel did not exist.
    QCOMPARE(inForce(QStringLiteral("panel_of_experts"), QDate(2009, 1, 1)).size(), 0);
}

void TestInForce::supersededAndExpiredIntervals()
{
    // Hand-made facts: A from 2000; B changes A from 2005; C expires end of 2001; D vetoed; E terminates.
    auto fact = [](qint64 id, QDate date, qint64 changes = 0, bool adopted = true,
                   MeasureAction action = MeasureAction::Introduces, QDate to = {}) {
        MeasureFact f;
        f.id = id;
        f.symbol = QStringLiteral("S/RES/%1 (x)").arg(id);
        f.resolutionDate = date;
        f.adopted = adopted;
        f.typeCode = QStringLiteral("t%1").arg(id == 2 ? 1 : id);
        f.stateCode = QStringLiteral("AAA");
        f.action = action;
        f.changesId = changes;
        f.effectiveTo = to;
        return f;
    };
    const QList<MeasureFact> facts{fact(1, QDate(2000, 1, 1)), fact(2, QDate(2005, 1, 1), 1),
                                   fact(3, QDate(2001, 1, 1), 0, true, MeasureAction::Introduces, QDate(2001, 12, 31)),
                                   fact(4, QDate(2002, 1, 1), 0, false), fact(5, QDate(2003, 1, 1), 0, true, MeasureAction::Terminates)};
    const auto intervals = inForceIntervals(facts);
    QCOMPARE(intervals.size(), 3);
    QCOMPARE(intervals[0], (InForceInterval{1, QStringLiteral("t1"), QDate(2000, 1, 1), QDate(2005, 1, 1)}));
    QCOMPARE(intervals[1], (InForceInterval{2, QStringLiteral("t1"), QDate(2005, 1, 1), {}}));
    QCOMPARE(intervals[2], (InForceInterval{3, QStringLiteral("t3"), QDate(2001, 1, 1), QDate(2002, 1, 1)}));
    const auto steps = escalationSteps(intervals);
    const QList<EscalationStep> expected{{QDate(2000, 1, 1), 1}, {QDate(2001, 1, 1), 2}, {QDate(2002, 1, 1), 1}};
    QCOMPARE(steps, expected);
}

void TestInForce::escalationJumpsAtTheRounds()
{
    const auto steps = escalationSteps(m_intervals);
    auto countOn = [&](const QDate &day) {
        int n = 0;
        for (const EscalationStep &s : steps) {
            if (s.date <= day)
                n = s.measureTypes;
        }
        return n;
    };
    QCOMPARE(countOn(QDate(2006, 10, 13)), 1);  // 1695's missile-related demand
    QVERIFY(countOn(QDate(2006, 10, 14)) > countOn(QDate(2006, 10, 13)));  // 1718
    QVERIFY(countOn(QDate(2016, 3, 2)) > countOn(QDate(2016, 3, 1)));      // 2270
    QVERIFY(countOn(QDate(2016, 11, 30)) > countOn(QDate(2016, 11, 29)));  // 2321
    QVERIFY(countOn(QDate(2017, 8, 5)) >= countOn(QDate(2017, 8, 4)));     // 2371
    QVERIFY(countOn(QDate(2017, 9, 11)) > countOn(QDate(2017, 9, 10)));    // 2375
    QVERIFY(countOn(QDate(2017, 12, 22)) > countOn(QDate(2017, 12, 21)));  // 2397
    QVERIFY(countOn(QDate(2024, 5, 1)) < countOn(QDate(2024, 4, 30)));     // the Panel lapsed
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i].date > steps[i - 1].date && steps[i].measureTypes != steps[i - 1].measureTypes);
}

void TestInForce::coalCapHistory()
{
    const CapHistory h = capHistory(m_facts, QStringLiteral("coal_iron_export_ban"), QStringLiteral("PRK"));
    QStringList symbols;
    for (const CapStep &s : h.applied)
        symbols << s.symbol;
    QCOMPARE(symbols, (QStringList{QStringLiteral("S/RES/2270 (2016)"), QStringLiteral("S/RES/2321 (2016)"),
                                   QStringLiteral("S/RES/2321 (2016)"), QStringLiteral("S/RES/2371 (2017)")}));
    QVERIFY(!h.applied[0].value.has_value());          // 2270: a ban with a livelihood exemption, no figure
    QCOMPARE(h.applied[0].until, QDate(2016, 11, 30)); // replaced by 2321
    QCOMPARE(h.applied[2].from, QDate(2017, 1, 1));
    QCOMPARE(*h.applied[2].value, 400870018.0);
    QCOMPARE(h.applied[2].until, QDate(2017, 8, 5));
    QVERIFY(h.applied[3].isBan());                     // 2371: full ban
    QVERIFY(h.applied[3].until.isNull());
}

void TestInForce::refinedPetroleumCapHistory()
{
    const CapHistory h = capHistory(m_facts, QStringLiteral("refined_petroleum_cap"), QStringLiteral("PRK"));
    QCOMPARE(h.applied.size(), 2);
    QCOMPARE(h.applied[0].symbol, QStringLiteral("S/RES/2375 (2017)"));
    QCOMPARE(h.applied[1].symbol, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(h.applied[1].from, QDate(2018, 1, 1));
    // 2375's 2,000,000 barrels a year never applied: 2397 replaced it before 1 January 2018.
    QCOMPARE(h.supersededBeforeEffect.size(), 1);
    QCOMPARE(*h.supersededBeforeEffect[0].value, 2000000.0);
    QCOMPARE(h.supersededBeforeEffect[0].from, QDate(2018, 1, 1));
}

void TestInForce::timelineSeries()
{
    const TimelineData t = buildTimeline(*m_db, QStringLiteral("PRK")).value();
    QCOMPARE(t.resolutions.size(), 27);
    QCOMPARE(t.resolutions.first().date, QDate(2006, 7, 15));
    QCOMPARE(t.resolutions.first().shortLabel(), QStringLiteral("1695"));
    int rounds = 0, renewals = 0, vetoed = 0;
    for (const TimelineEntry &e : t.resolutions) {
        rounds += e.category() == TimelineCategory::SanctionsRound;
        renewals += e.category() == TimelineCategory::PanelRenewal;
        vetoed += e.category() == TimelineCategory::VetoedDraft;
    }
    QCOMPARE(rounds, 10);
    QCOMPARE(renewals, 13);
    QCOMPARE(vetoed, 2);
    QCOMPARE(t.triggers.size(), 14);
    // The sixth nuclear test (2 September 2017, New York) led to 2375 nine days later.
    const auto sixth = std::find_if(t.triggers.begin(), t.triggers.end(), [](const TriggerLink &l) {
        return l.event.kind == EventKind::NuclearTest && l.event.date == QDate(2017, 9, 2);
    });
    QVERIFY(sixth != t.triggers.end());
    QCOMPARE(sixth->symbol, QStringLiteral("S/RES/2375 (2017)"));
    QCOMPARE(sixth->lagDays(), 9);
    QVERIFY(!t.escalation.isEmpty());
    // A state with no record has an empty timeline (Iran has its own since issue 16: tst_iran_regime).
    QCOMPARE(buildTimeline(*m_db, QStringLiteral("LBY")).value().resolutions.size(), 0);
}

QTEST_GUILESS_MAIN(TestInForce)
#include "tst_in_force.moc"
