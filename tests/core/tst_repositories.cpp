#include "TestSupport.h"

#include "storage/DesignationRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/MeasureFactRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "storage/TriggerEventRepository.h"

using namespace st;

class TestRepositories : public QObject {
    Q_OBJECT
private slots:
    void statesUpsertByCode();
    void resolutionRoundTripsEveryField();
    void upsertKeepsRowIdAndReplacesLists();
    void measureLineageResolvesToLatestEffective();
    void triggerEventIsStoredOnce();
    void designationUpsert();
    void removeResolutionCascadesToMeasures();
    void measureFactsAreTheRecordsLightPart();
    void measureLegalBasisIsStoredAndRead();
    void measureRoundTripsEveryField();

private:
    static Resolution draft2022();
};

Resolution TestRepositories::draft2022()
{
    Resolution r;
    r.symbol = QStringLiteral("S/2022/431");
    r.date = QDate(2022, 5, 26);
    r.status = ResolutionStatus::Vetoed;
    r.kind = ResolutionKind::Sanctions;
    r.regimeCode = QStringLiteral("1718");
    r.states = {QStringLiteral("PRK")};
    r.title = QStringLiteral("Draft on DPRK launches");
    r.votes = {13, 2, 0};
    r.vetoedBy = {QStringLiteral("CHN"), QStringLiteral("RUS")};
    r.chapterVii = true;
    r.summary = QStringLiteral("Would have tightened oil caps.");
    r.sources = {QStringLiteral("https://press.un.org/en/2022/sc14911.doc.htm"), QStringLiteral("https://undocs.org/S/2022/431")};
    r.note = QStringLiteral("a note");
    return r;
}

void TestRepositories::statesUpsertByCode()
{
    auto db = test::openMemory(true);
    StateRepository states(db->connection());
    const auto first = states.upsert({0, QStringLiteral("IRN"), QStringLiteral("Iran")});
    QVERIFY(first.ok());
    const auto second = states.upsert({0, QStringLiteral("IRN"), QStringLiteral("Islamic Republic of Iran")});
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value());
    const auto all = states.all().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("Islamic Republic of Iran"));
    QCOMPARE(states.idOf(QStringLiteral("XYZ")).error().code, Error::Code::NotFound);
}

void TestRepositories::resolutionRoundTripsEveryField()
{
    auto db = test::openMemory(); // bundled data supplies state PRK and regime 1718
    ResolutionRepository repo(db->connection());
    QVERIFY(repo.remove(repo.idOf(QStringLiteral("S/2022/431")).value()).ok());
    const Resolution r = draft2022();
    auto id = repo.upsert(r);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
    auto back = repo.findBySymbol(r.symbol).value();
    QVERIFY(back.has_value());
    Resolution expected = r;
    expected.id = id.value();
    QCOMPARE(*back, expected);
}

void TestRepositories::upsertKeepsRowIdAndReplacesLists()
{
    auto db = test::openMemory();
    ResolutionRepository repo(db->connection());
    auto before = repo.findBySymbol(QStringLiteral("S/RES/2397 (2017)")).value();
    QVERIFY(before.has_value());
    Resolution changed = *before;
    changed.sources = {QStringLiteral("https://example.org/only-source")};
    changed.summary = QStringLiteral("Edited summary");
    auto id = repo.upsert(changed);
    QVERIFY(id.ok());
    QCOMPARE(id.value(), before->id);
    auto after = repo.findBySymbol(changed.symbol).value();
    QCOMPARE(after->sources, changed.sources);
    QCOMPARE(after->summary, QStringLiteral("Edited summary"));
    // Its measures stay attached to the same row.
    QVERIFY(MeasureRepository(db->connection()).forResolution(before->id).value().size() > 0);
}

void TestRepositories::measureLineageResolvesToLatestEffective()
{
    auto db = test::openMemory();
    MeasureRepository measures(db->connection());
    // 2375 has two refined-petroleum caps (Oct-Dec 2017 and from 2018); a bare reference means the later one.
    auto id = measures.resolve({QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), {}},
                               QStringLiteral("PRK"));
    QVERIFY(id.ok());
    const auto list = measures.forResolution(
        ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2375 (2017)")).value()).value();
    const auto it = std::find_if(list.begin(), list.end(), [&](const Measure &m) { return m.id == id.value(); });
    QVERIFY(it != list.end());
    QCOMPARE(it->effectiveFrom, QDate(2018, 1, 1));
    QCOMPARE(it->cap->value, 2000000.0);

    auto missing = measures.resolve({QStringLiteral("S/RES/1718 (2006)"), QStringLiteral("crude_oil_cap"), {}},
                                    QStringLiteral("PRK"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestRepositories::triggerEventIsStoredOnce()
{
    auto db = test::openMemory(true);
    QVERIFY(StateRepository(db->connection()).upsert({0, QStringLiteral("PRK"), QStringLiteral("DPRK")}).ok());
    TriggerEventRepository events(db->connection());
    TriggerEvent e{0, QStringLiteral("PRK"), QDate(2017, 9, 2), QDate(2017, 9, 3), EventKind::NuclearTest,
                   QStringLiteral("Sixth nuclear test"), QStringLiteral("https://example.org/t"), {}};
    const qint64 a = events.upsert(e).value();
    e.note = QStringLiteral("now with a note");
    const qint64 b = events.upsert(e).value();
    QCOMPARE(a, b);
    const auto all = events.all().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().note, QStringLiteral("now with a note"));
    QCOMPARE(all.first().localDate, QDate(2017, 9, 3));
}

void TestRepositories::designationUpsert()
{
    auto db = test::openMemory();
    DesignationRepository repo(db->connection());
    Designation d{0, QStringLiteral("KPi.001"), DesignationKind::Individual, QStringLiteral("YUN HO-JIN"),
                  QDate(2009, 7, 16), QStringLiteral("1718"), QStringLiteral("PRK"), {}};
    QVERIFY(repo.upsert(d).ok());
    d.name = QStringLiteral("YUN HO JIN");
    QVERIFY(repo.upsert(d).ok());
    const auto all = repo.all().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("YUN HO JIN"));
    QCOMPARE(repo.count().value(), 1);
    d.regimeCode = QStringLiteral("9999");
    QCOMPARE(repo.upsert(d).error().code, Error::Code::NotFound);
}

void TestRepositories::removeResolutionCascadesToMeasures()
{
    auto db = test::openMemory();
    ResolutionRepository repo(db->connection());
    MeasureRepository measures(db->connection());
    const int before = measures.count().value();
    const qint64 id = repo.idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    const int own = int(measures.forResolution(id).value().size());
    QVERIFY(own > 0);
    QVERIFY(repo.remove(id).ok());
    QCOMPARE(measures.count().value(), before - own);
}


// Issue 13: facts and records come from one query mapped by column name; the light projection must
// say what the full one says, measure for measure, for every state of the bundled data.
void TestRepositories::measureFactsAreTheRecordsLightPart()
{
    auto db = test::openMemory();
    const QList<MeasureFact> facts = MeasureFactRepository(db->connection()).forState({}).value();
    const QList<MeasureRecord> records =
        MeasureRepository(db->connection()).records(QStringLiteral("ORDER BY m.id"), {}).value();
    QCOMPARE(facts.size(), records.size());
    QVERIFY(facts.size() > 100);
    QHash<qint64, MeasureFact> byId;
    for (const MeasureFact &f : facts)
        byId.insert(f.id, f);
    int capped = 0, contested = 0, failed = 0, lineage = 0;
    for (const MeasureRecord &r : records) {
        QVERIFY2(byId.contains(r.id), qPrintable(QString::number(r.id)));
        QCOMPARE(r.fact(), byId.value(r.id));
        capped += r.cap.has_value();
        contested += r.contested;
        failed += !r.adopted;
        lineage += r.changesId != 0;
        QVERIFY(!r.typeName.isEmpty());
        if (r.changesId != 0) {
            QVERIFY(r.changes && !r.changes->resolution.isEmpty() && !r.changes->type.isEmpty());
            QVERIFY(r.changesResolutionId != 0);
        }
    }
    // The comparison covered each kind of field that a position mix-up would garble.
    QVERIFY(capped > 0);
    QVERIFY(contested > 0);
    QVERIFY(failed > 0);
    QVERIFY(lineage > 0);

    // The report reads a state's records once and takes their facts from them: in the order of the
    // facts' own read, which the in-force and escalation computations were written against. The
    // records come in resolution order, which is not the facts' (effective-from first).
    int reordered = 0;
    for (const QString &state : {QStringLiteral("PRK"), QStringLiteral("IRN")}) {
        const QList<MeasureFact> read = MeasureFactRepository(db->connection()).forState(state).value();
        const QList<MeasureRecord> ofState = MeasureRepository(db->connection()).forState(state).value();
        const QList<MeasureFact> derived = factsInTimeOrder(ofState);
        QVERIFY(read.size() > 10);
        QCOMPARE(derived, read);
        QList<qint64> readIds, recordIds;
        for (const MeasureFact &f : read)
            readIds << f.id;
        for (const MeasureRecord &r : ofState)
            recordIds << r.id;
        reordered += recordIds != readIds;
    }
    QVERIFY2(reordered > 0, "in some state the two orders differ, so the comparison tests the sort");
}

void TestRepositories::measureLegalBasisIsStoredAndRead()
{
    auto db = test::openMemory();
    MeasureRepository measures(db->connection());
    // The bundled 1747 arms measure carries OP 5's wording from its source.
    const qint64 r1747 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/1747 (2007)")).value();
    const QList<Measure> of1747 = measures.forResolution(r1747).value();
    QVERIFY(!of1747.isEmpty());
    QCOMPARE(of1747.first().typeCode, QStringLiteral("arms_embargo"));
    QVERIFY(of1747.first().legalBasis.startsWith(QStringLiteral("5. Decides that Iran shall not supply, sell or transfer")));

    Measure m = of1747.first();
    const QString wording = QStringLiteral("5. Décide que l\u2019Iran ne doit fournir, vendre ou transférer\u2026");
    m.legalBasis = wording;
    QVERIFY(measures.update(m.id, r1747, m).ok());
    QCOMPARE(measures.findById(m.id).value()->legalBasis, wording);
    const QList<MeasureRecord> rows = measures.records(QStringLiteral("WHERE m.id = ?"), {m.id}).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().legalBasis, wording);

    // Cleared, it is stored as no value at all (the export then omits the key).
    m.legalBasis.clear();
    QVERIFY(measures.update(m.id, r1747, m).ok());
    QVERIFY(measures.findById(m.id).value()->legalBasis.isEmpty());
    QVERIFY(sql::scalar(db->connection(), QStringLiteral("SELECT legal_basis FROM measures WHERE id = ?"), {m.id}).value().isNull());
}

// A measure with every field set (cap, dates, lineage, disputes, its texts) reads back equal, field
// for field, to what was written: the whole struct is compared, so a field a save or a read drops fails.
void TestRepositories::measureRoundTripsEveryField()
{
    auto db = test::openMemory();
    MeasureRepository measures(db->connection());
    const qint64 r2397 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    const int before = int(measures.forResolution(r2397).value().size());

    Measure m;
    m.resolution = QStringLiteral("S/RES/2397 (2017)");
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("refined_petroleum_cap");
    m.action = MeasureAction::Tightens;
    m.description = QStringLiteral("Refined petroleum capped again, for a test");
    m.paragraph = QStringLiteral("OP 99");
    m.legalBasis = QStringLiteral("99. Decides, for a test, that the cap applies");
    m.cap = Cap{123456.5, QStringLiteral("barrels"), QStringLiteral("year")};
    m.effectiveFrom = QDate(2018, 2, 1);
    m.effectiveTo = QDate(2019, 3, 31);
    m.source = QStringLiteral("https://example.org/op99");
    m.note = QStringLiteral("entered by a test");
    m.disputes = {Dispute{{QStringLiteral("RUS"), QStringLiteral("CHN")}, QStringLiteral("They hold it void."),
                          QStringLiteral("https://example.org/letter")},
                  Dispute{{QStringLiteral("IRN")}, QStringLiteral("Iran too."), QStringLiteral("https://example.org/iran")}};
    const auto id = measures.insert(r2397, m);
    CHECK_OK(id);
    // Lineage: 2375's transitional refined-petroleum cap (Oct-Dec 2017). 2375 has two such caps, both
    // OP 14, and a bare reference names the later one: the read keeps the paragraph to tell them apart.
    const qint64 r2375 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2375 (2017)")).value();
    qint64 transitional = 0;
    const auto of2375 = measures.forResolution(r2375); // kept: value() is a reference into it
    for (const Measure &earlier : of2375.value()) {
        if (earlier.typeCode == m.typeCode && earlier.effectiveFrom == QDate(2017, 10, 1))
            transitional = earlier.id;
    }
    QVERIFY(transitional != 0);
    CHECK_OK(measures.setChanges(id.value(), transitional));
    CHECK_OK(DisputeRepository(db->connection()).setFor(id.value(), m.disputes));

    const auto back = measures.findById(id.value());
    CHECK_OK(back);
    QVERIFY(back.value().has_value());
    Measure expected = m;
    expected.id = id.value();
    expected.position = before; // appended after the resolution's own measures
    expected.changesId = transitional;
    expected.changes = MeasureRef{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), QStringLiteral("OP 14")};
    QCOMPARE(back.value()->changes, expected.changes);
    QCOMPARE(back.value()->disputes, expected.disputes);
    QCOMPARE(*back.value(), expected);

    // And the comparison itself tells a difference in any nested part.
    Measure otherView = expected;
    otherView.disputes[1].view = QStringLiteral("Iran holds it void too.");
    QVERIFY(*back.value() != otherView);
    Measure otherParagraph = expected;
    otherParagraph.changes->paragraph.clear(); // the bare reference names the other cap
    QVERIFY(*back.value() != otherParagraph);
    Measure otherCap = expected;
    otherCap.cap->period = QStringLiteral("3 months");
    QVERIFY(*back.value() != otherCap);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
