// The synthetic dataset: realistic shape, valid lineage and caps, searchable, all in one transaction.
#include "TestSupport.h"

#include "analysis/InForce.h"
#include "storage/BrowserRepository.h"
#include "storage/MeasureFactRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "synthetic/SyntheticDataset.h"

using namespace st;

class TestSyntheticDataset : public QObject {
    Q_OBJECT
private slots:
    void shapeOfTheData();
    void lineageAndCapsAreConsistent();
    void timingFactsGiveTheSameIntervals();
    void oneCapAtATimeForEveryTypeAndState();
    void sameSeedSameData();
    void addsToTheBundledData();
    void recordsAddedAfterwardsTakeNewIds();
    void refusesNonsense();
};

namespace {
// Every measure's facts in a new synthetic database of `resolutions` resolutions; empty if it failed.
QList<MeasureFact> syntheticFacts(int resolutions)
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = resolutions;
    if (!generateSyntheticDataset(*db, options).ok())
        return {};
    return MeasureFactRepository(db->connection()).forState({}).value();
}
} // namespace

void TestSyntheticDataset::shapeOfTheData()
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 400;
    const SyntheticSummary summary = generateSyntheticDataset(*db, options).value();
    QCOMPARE(summary.resolutions, 400);
    QCOMPARE(summary.states, 200);
    QCOMPARE(ResolutionRepository(db->connection()).count().value(), 400);
    QCOMPARE(MeasureRepository(db->connection()).count().value(), summary.measures);
    QVERIFY2(summary.measures >= 400 * 8 && summary.measures <= 400 * 12, qPrintable(summary.text()));
    QVERIFY(summary.triggerEvents > 50);
    QCOMPARE(StateRepository(db->connection()).all().value().size(), 200);
    QVERIFY(MeasureTypeRepository(db->connection()).all().value().size() >= 20);
    // A few vetoed drafts, Panel renewals and rounds, as in the real Council.
    const int vetoed = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resolutions WHERE status = 'vetoed'"))
                           .value().toInt();
    QVERIFY(vetoed > 0 && vetoed < 40);
    // The full-text index was filled by the triggers: the vocabulary of caps is searchable.
    ResolutionFilter f;
    f.search = QStringLiteral("petroleum");
    QVERIFY(!BrowserRepository(db->connection()).resolutionIds(f, ResolutionSortKey::Date).value().isEmpty());
    QVERIFY(summary.text().contains(QStringLiteral("400 synthetic resolutions")));
}

void TestSyntheticDataset::lineageAndCapsAreConsistent()
{
    const QList<MeasureFact> facts = syntheticFacts(300);
    QVERIFY(!facts.isEmpty());
    QHash<qint64, const MeasureFact *> byId;
    for (const MeasureFact &f : facts)
        byId.insert(f.id, &f);
    int chained = 0;
    int tightened = 0;
    for (const MeasureFact &f : facts) {
        if (f.changesId == 0)
            continue;
        ++chained;
        const MeasureFact *earlier = byId.value(f.changesId);
        QVERIFY(earlier);
        QCOMPARE(earlier->typeCode, f.typeCode);
        QCOMPARE(earlier->stateCode, f.stateCode);
        QVERIFY(earlier->resolutionDate <= f.resolutionDate);
        QVERIFY(earlier->adopted); // chains run through measures that applied
        if (f.action == MeasureAction::Tightens && f.cap && earlier->cap) {
            QVERIFY(f.cap->value <= earlier->cap->value);
            ++tightened;
        }
    }
    QVERIFY(chained > facts.size() / 3);
    QVERIFY(tightened > 0);
}

// Issue 17: the lean query behind the escalation line and "in force on" gives the same intervals and
// steps as the full facts, for all states and for each state, and the same facts but for what it leaves out.
void TestSyntheticDataset::timingFactsGiveTheSameIntervals()
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 300;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    const MeasureFactRepository repository(db->connection());
    QStringList states{QString()};
    const QList<MeasureFact> every = repository.forState({}).value();
    for (const MeasureFact &f : every) {
        if (!states.contains(f.stateCode) && states.size() < 6)
            states << f.stateCode;
    }
    for (const QString &state : std::as_const(states)) {
        const QList<MeasureFact> full = repository.forState(state).value();
        const QList<MeasureFact> timing = repository.timingForState(state).value();
        QCOMPARE(timing.size(), full.size());
        QVERIFY(!full.isEmpty());
        for (qsizetype i = 0; i < full.size(); ++i) {
            MeasureFact expected = full[i];
            expected.symbol.clear();
            expected.contested = false;
            if (expected.cap)
                expected.cap = Cap{expected.cap->value, {}, {}};
            QVERIFY2(timing[i] == expected, qPrintable(QStringLiteral("%1, measure %2").arg(state).arg(full[i].id)));
        }
        const QList<InForceInterval> intervals = inForceIntervals(full);
        QCOMPARE(inForceIntervals(timing), intervals);
        QCOMPARE(escalationSteps(inForceIntervals(timing)), escalationSteps(intervals));
    }
}

// For every capped type of every state, at most one figure governs on any day; every other measure keeps
// the interval its own dates and successors give it.
void TestSyntheticDataset::oneCapAtATimeForEveryTypeAndState()
{
    const QList<MeasureFact> facts = syntheticFacts(600);
    QVERIFY(!facts.isEmpty());
    const QList<InForceInterval> intervals = inForceIntervals(facts);
    QHash<qint64, const MeasureFact *> byId;
    QSet<std::pair<QString, QString>> capped;
    for (const MeasureFact &f : facts) {
        byId.insert(f.id, &f);
        if (f.typeHasCap || f.cap)
            capped.insert({f.typeCode, f.stateCode});
    }
    QVERIFY(capped.size() > 5);
    QHash<std::pair<QString, QString>, QList<InForceInterval>> ofCappedType;
    int cut = 0;
    for (const InForceInterval &i : intervals) {
        const MeasureFact *f = byId.value(i.measureId);
        QVERIFY(f && f->adopted && f->action != MeasureAction::Terminates);
        QCOMPARE(i.from, f->effectiveFrom.isValid() ? f->effectiveFrom : f->resolutionDate);
        QVERIFY(i.until.isNull() || i.until > i.from);
        if (capped.contains({f->typeCode, f->stateCode})) {
            ofCappedType[{f->typeCode, f->stateCode}].append(i);
            const QDate ownEnd = f->effectiveTo.isValid() ? f->effectiveTo.addDays(1) : QDate();
            cut += i.until.isValid() && i.until != ownEnd;
        }
    }
    QVERIFY(cut > 0); // the rule changed something in this data
    for (auto it = ofCappedType.begin(); it != ofCappedType.end(); ++it) {
        QList<InForceInterval> &list = it.value();
        std::sort(list.begin(), list.end(), [](const InForceInterval &a, const InForceInterval &b) { return a.from < b.from; });
        for (qsizetype k = 0; k + 1 < list.size(); ++k) {
            QVERIFY2(list[k].until.isValid() && list[k].until <= list[k + 1].from,
                     qPrintable(QStringLiteral("%1 %2: measure %3 overlaps %4")
                                    .arg(it.key().first, it.key().second)
                                    .arg(list[k].measureId)
                                    .arg(list[k + 1].measureId)));
        }
    }
}

void TestSyntheticDataset::sameSeedSameData()
{
    auto a = test::openMemory(true);
    auto b = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 50;
    QVERIFY(generateSyntheticDataset(*a, options).ok());
    QVERIFY(generateSyntheticDataset(*b, options).ok());
    const auto titles = [](const Database &db) {
        QStringList out;
        const QList<ResolutionSummary> all = ResolutionRepository(db.connection()).summaries().value();
        for (const ResolutionSummary &s : all)
            out << s.title;
        return out;
    };
    QCOMPARE(titles(*a), titles(*b));
}

void TestSyntheticDataset::addsToTheBundledData()
{
    auto db = test::openMemory();
    const int bundled = ResolutionRepository(db->connection()).count().value();
    QCOMPARE(bundled, 40); // 27 on the DPRK (with 2664), 13 on Iran
    const int lastId = sql::scalar(db->connection(), QStringLiteral("SELECT max(id) FROM resolutions")).value().toInt();
    const int lastNumber = sql::scalar(db->connection(), QStringLiteral("SELECT max(number) FROM resolutions")).value().toInt();
    QCOMPARE(lastNumber, 2680);
    SyntheticOptions options;
    options.resolutions = 20;
    options.states = 3;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    QCOMPARE(ResolutionRepository(db->connection()).count().value(), bundled + 20);
    // Numbers continue after the real ones, symbols stay unique.
    QVERIFY(sql::scalar(db->connection(), QStringLiteral("SELECT min(number) FROM resolutions WHERE id > %1").arg(lastId))
                .value().toInt() > lastNumber);
}

// The generator writes its rows with their ids. On a server that leaves each table's id sequence
// behind, and the first state, event or measure added afterwards (a form, an import) was refused with
// "duplicate key value violates unique constraint".
void TestSyntheticDataset::recordsAddedAfterwardsTakeNewIds()
{
    auto db = test::openMemory();
    SyntheticOptions options;
    options.resolutions = 30;
    options.states = 3;
    QVERIFY(generateSyntheticDataset(*db, options).ok());
    const QSqlDatabase c = db->connection();
    const auto lastId = [&](const QString &table) {
        return sql::scalar(c, QStringLiteral("SELECT max(id) FROM %1").arg(table)).value().toLongLong();
    };
    const qint64 states = lastId(QStringLiteral("states"));
    const qint64 events = lastId(QStringLiteral("trigger_events"));
    const qint64 measures = lastId(QStringLiteral("measures"));
    QVERIFY(sql::exec(c, QStringLiteral("INSERT INTO states (code, name) VALUES ('ZZQ', 'Added afterwards')")).ok());
    QCOMPARE(lastId(QStringLiteral("states")), states + 1);
    QVERIFY(sql::exec(c, QStringLiteral(
        "INSERT INTO trigger_events (state_id, occurred_on, kind, description, source) "
        "VALUES (?, '2026-01-02', 'missile_launch', 'Added afterwards', 'https://example.org/a')"), {states + 1}).ok());
    QCOMPARE(lastId(QStringLiteral("trigger_events")), events + 1);
    QVERIFY(sql::exec(c, QStringLiteral(
        "INSERT INTO measures (resolution_id, position, state_id, type_id, action, description, source) "
        "SELECT resolution_id, 1 + position, state_id, type_id, 'renews', 'Added afterwards', source FROM measures "
        "WHERE id = ?"), {measures}).ok());
    QCOMPARE(lastId(QStringLiteral("measures")), measures + 1);
}

void TestSyntheticDataset::refusesNonsense()
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 0;
    const auto result = generateSyntheticDataset(*db, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QCOMPARE(ResolutionRepository(db->connection()).count().value(), 0);
    QCOMPARE(StateRepository(db->connection()).all().value().size(), 0);
}

QTEST_GUILESS_MAIN(TestSyntheticDataset)
#include "tst_synthetic_dataset.moc"
