// The bundled dataset: its counts and the facts analysts rely on most, read back from the database
// after the real import path.
#include "TestSupport.h"

#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "storage/TriggerEventRepository.h"

using namespace st;

// A build without the bundled dataset, for as long as it lives (Qt's resource functions are global).
struct WithoutTheBundledDataset {
    WithoutTheBundledDataset() { Q_CLEANUP_RESOURCE(bundled_dataset); }
    ~WithoutTheBundledDataset() { Q_INIT_RESOURCE(bundled_dataset); }
};

class TestDataset : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_db = test::openMemory(); }
    void counts();
    void aNewDatabaseGetsItUnlessEmptyOrMissing();
    void everyRecordCarriesASource();
    void sanctionsRoundsAreAllThere_data();
    void sanctionsRoundsAreAllThere();
    void vetoedDrafts();
    void capsAndLineage();
    void nuclearTestsLinkedToTheirRounds_data();
    void nuclearTestsLinkedToTheirRounds();
    void panelRenewalsFormOneLineage();
    void notesSpeakToReaders_data();
    void notesSpeakToReaders();
    void sourcesArePrimaryOrReputable();

private:
    int count(const QString &statement) const
    {
        return sql::scalar(m_db->connection(), statement).value().toInt();
    }
    std::unique_ptr<Database> m_db;
};

void TestDataset::counts()
{
    // Both regimes (issue 16): DPRK 27 resolutions (with 2664), 82 measures, 14 events; Iran 13, 51, 10
    // (per-regime counts in tst_iran_regime).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions")), 40); // with 2664 (2022)
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions WHERE status = 'vetoed'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions WHERE status = 'not_adopted'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions WHERE kind = 'sanctions' AND status = 'adopted'")), 14);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions WHERE kind = 'panel_renewal' AND status = 'adopted'")), 17);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM measures")), 133);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM trigger_events")), 24);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM trigger_events WHERE kind = 'nuclear_test'")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM states")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM regimes")), 2);
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT r.symbol FROM regimes g JOIN resolutions r "
                                                            "ON r.id = g.established_by WHERE g.code = '1718'"))
                 .value().toString(), QStringLiteral("S/RES/1718 (2006)"));
}

void TestDataset::everyRecordCarriesASource()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resolutions r WHERE NOT EXISTS "
                                  "(SELECT 1 FROM resolution_sources s WHERE s.resolution_id = r.id)")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM measures WHERE source NOT LIKE 'http%'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM trigger_events WHERE source NOT LIKE 'http%'")), 0);
}

// Issue 11: the detail pane and the report print these notes; they are written for analysts, not
// as a log of how the data was collected.
void TestDataset::notesSpeakToReaders_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("resolutions") << QStringLiteral("resolutions");
    QTest::newRow("measures") << QStringLiteral("measures");
    QTest::newRow("trigger events") << QStringLiteral("trigger_events");
}

void TestDataset::notesSpeakToReaders()
{
    QFETCH(QString, table);
    static const QStringList developerPhrases{
        QStringLiteral("recollection"), QStringLiteral("in this session"), QStringLiteral("from memory"),
        QStringLiteral("the brief"), QStringLiteral("not opened"), QStringLiteral("no longer cited"),
        QStringLiteral("kept because"), QStringLiteral("kept for that reason"), QStringLiteral("excerpt seen"),
        QStringLiteral("to my "), QStringLiteral("(null)"), QStringLiteral("not verified"), QStringLiteral("stored page")};
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT id, note FROM %1 WHERE note IS NOT NULL").arg(table));
    QVERIFY(q.ok());
    int notes = 0;
    while (q.value().next()) {
        const QString note = q.value().value(1).toString();
        ++notes;
        for (const QString &phrase : developerPhrases)
            QVERIFY2(!note.contains(phrase, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 %2 says \"%3\": %4").arg(table, q.value().value(0).toString(), phrase, note)));
    }
    QVERIFY(notes > 0);
}

void TestDataset::sourcesArePrimaryOrReputable()
{
    // Blogs and re-posts are replaced by the UN's own pages (press releases, resolution texts).
    for (const QString &site : {QStringLiteral("socialnews.xyz"), QStringLiteral("tedmontgomery.com")}) {
        const QString like = QLatin1Char('%') + site + QLatin1Char('%');
        for (const QString &statement : {QStringLiteral("SELECT count(*) FROM resolution_sources WHERE url LIKE '%1'"),
                                         QStringLiteral("SELECT count(*) FROM measures WHERE source LIKE '%1'"),
                                         QStringLiteral("SELECT count(*) FROM trigger_events WHERE source LIKE '%1'")})
            QCOMPARE(count(statement.arg(like)), 0);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
                                  "WHERE r.symbol = 'S/RES/2371 (2017)' AND m.source = "
                                  "'https://www.un.org/press/en/2017/sc12945.doc.htm'")), 3);
}

void TestDataset::sanctionsRoundsAreAllThere_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("chapterVii"); // "1", "0" or "" (unknown)
    QTest::newRow("1695") << 1695 << QDate(2006, 7, 15) << QStringLiteral("0");
    QTest::newRow("1718") << 1718 << QDate(2006, 10, 14) << QStringLiteral("1");
    QTest::newRow("1874") << 1874 << QDate(2009, 6, 12) << QStringLiteral("1");
    QTest::newRow("2087") << 2087 << QDate(2013, 1, 22) << QString();
    QTest::newRow("2094") << 2094 << QDate(2013, 3, 7) << QStringLiteral("1");
    QTest::newRow("2270") << 2270 << QDate(2016, 3, 2) << QStringLiteral("1");
    QTest::newRow("2321") << 2321 << QDate(2016, 11, 30) << QStringLiteral("1");
    QTest::newRow("2356") << 2356 << QDate(2017, 6, 2) << QStringLiteral("1");
    QTest::newRow("2371") << 2371 << QDate(2017, 8, 5) << QStringLiteral("1");
    QTest::newRow("2375") << 2375 << QDate(2017, 9, 11) << QStringLiteral("1");
    QTest::newRow("2397") << 2397 << QDate(2017, 12, 22) << QStringLiteral("1");
}

void TestDataset::sanctionsRoundsAreAllThere()
{
    QFETCH(int, number);
    QFETCH(QDate, date);
    QFETCH(QString, chapterVii);
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT symbol, adopted_on, votes_for, votes_against, "
                                                         "votes_abstain, chapter_vii FROM resolutions WHERE number = ?"),
                      {number});
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("S/RES/%1 (%2)").arg(number).arg(date.year()));
    QCOMPARE(q.value().value(1).toString(), date.toString(Qt::ISODate));
    QCOMPARE(q.value().value(2).toInt(), 15); // every DPRK round was unanimous
    QCOMPARE(q.value().value(3).toInt(), 0);
    QCOMPARE(q.value().value(4).toInt(), 0);
    QCOMPARE(q.value().value(5).isNull() ? QString() : q.value().value(5).toString(), chapterVii);
}

void TestDataset::vetoedDrafts()
{
    ResolutionRepository repo(m_db->connection());
    const auto d2022 = repo.findBySymbol(QStringLiteral("S/2022/431")).value();
    QVERIFY(d2022.has_value());
    QCOMPARE(d2022->date, QDate(2022, 5, 26));
    QCOMPARE(d2022->votes, (Votes{13, 2, 0}));
    QCOMPARE(d2022->vetoedBy, (QStringList{QStringLiteral("CHN"), QStringLiteral("RUS")}));
    QVERIFY(!d2022->number.has_value());

    const auto d2024 = repo.findBySymbol(QStringLiteral("S/2024/255")).value();
    QVERIFY(d2024.has_value());
    QCOMPARE(d2024->date, QDate(2024, 3, 28));
    QCOMPARE(d2024->votes, (Votes{13, 1, 1}));
    QCOMPARE(d2024->vetoedBy, QStringList{QStringLiteral("RUS")});
    QCOMPARE(d2024->kind, ResolutionKind::PanelRenewal);
}

void TestDataset::capsAndLineage()
{
    const auto measures = MeasureRepository(m_db->connection()).all().value();
    auto find = [&](const QString &symbol, const QString &type, const QDate &from = {}) -> const Measure * {
        for (const Measure &m : measures) {
            if (m.resolution == symbol && m.typeCode == type && (from.isNull() || m.effectiveFrom == from))
                return &m;
        }
        return nullptr;
    };
    // 2397 tightens the refined-petroleum cap 2375 introduced: 2,000,000 -> 500,000 barrels a year.
    const Measure *r2375 = find(QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), QDate(2018, 1, 1));
    const Measure *r2397 = find(QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("refined_petroleum_cap"));
    QVERIFY(r2375 && r2397);
    QCOMPARE(r2375->cap->value, 2000000.0);
    QCOMPARE(r2375->cap->unit, QStringLiteral("barrels"));
    QCOMPARE(r2397->cap->value, 500000.0);
    QCOMPARE(r2397->cap->period, QStringLiteral("year"));
    QCOMPARE(r2397->action, MeasureAction::Tightens);
    QCOMPARE(r2397->changesId, r2375->id);
    // The transitional 2375 cap: 500,000 barrels for October to December 2017.
    const Measure *transitional = find(QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), QDate(2017, 10, 1));
    QVERIFY(transitional);
    QCOMPARE(transitional->cap->value, 500000.0);
    QCOMPARE(transitional->effectiveTo, QDate(2017, 12, 31));
    // Crude oil: 2397 sets 4 million barrels a year, changing 2375's crude-oil measure.
    const Measure *crude = find(QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("crude_oil_cap"));
    QVERIFY(crude);
    QCOMPARE(crude->cap->value, 4000000.0);
    QCOMPARE(crude->changes->resolution, QStringLiteral("S/RES/2375 (2017)"));
    // 2371 replaces 2321's coal cap with a full ban: no cap, lineage to 2321.
    const Measure *coalBan = find(QStringLiteral("S/RES/2371 (2017)"), QStringLiteral("coal_iron_export_ban"));
    const Measure *coalCap = find(QStringLiteral("S/RES/2321 (2016)"), QStringLiteral("coal_iron_export_ban"), QDate(2017, 1, 1));
    QVERIFY(coalBan && coalCap);
    QVERIFY(!coalBan->cap.has_value());
    QCOMPARE(coalBan->changesId, coalCap->id);
    QCOMPARE(coalCap->cap->value, 400870018.0);
}

void TestDataset::nuclearTestsLinkedToTheirRounds_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QDate>("newYorkDate");
    QTest::addColumn<QDate>("koreaDate");
    QTest::newRow("2006 test -> 1718") << QStringLiteral("S/RES/1718 (2006)") << QDate(2006, 10, 8) << QDate(2006, 10, 9);
    QTest::newRow("2009 test -> 1874") << QStringLiteral("S/RES/1874 (2009)") << QDate(2009, 5, 24) << QDate(2009, 5, 25);
    QTest::newRow("2013 test -> 2094") << QStringLiteral("S/RES/2094 (2013)") << QDate(2013, 2, 11) << QDate(2013, 2, 12);
    QTest::newRow("Jan 2016 test -> 2270") << QStringLiteral("S/RES/2270 (2016)") << QDate(2016, 1, 5) << QDate(2016, 1, 6);
    QTest::newRow("Sep 2016 test -> 2321") << QStringLiteral("S/RES/2321 (2016)") << QDate(2016, 9, 8) << QDate(2016, 9, 9);
    QTest::newRow("2017 test -> 2375") << QStringLiteral("S/RES/2375 (2017)") << QDate(2017, 9, 2) << QDate(2017, 9, 3);
}

void TestDataset::nuclearTestsLinkedToTheirRounds()
{
    QFETCH(QString, symbol);
    QFETCH(QDate, newYorkDate);
    QFETCH(QDate, koreaDate);
    const qint64 id = ResolutionRepository(m_db->connection()).idOf(symbol).value();
    const auto events = TriggerEventRepository(m_db->connection()).forResolution(id).value();
    const auto it = std::find_if(events.begin(), events.end(),
                                 [](const TriggerEvent &e) { return e.kind == EventKind::NuclearTest; });
    QVERIFY(it != events.end());
    QCOMPARE(it->date, newYorkDate);
    QCOMPARE(it->localDate, koreaDate);
    QVERIFY(!it->note.isEmpty()); // the New York / Korea difference is explained
}

void TestDataset::panelRenewalsFormOneLineage()
{
    // Follow the Panel of Experts mandate back from 2680 (2023): every renewal changes the previous one.
    auto q = sql::run(m_db->connection(), QStringLiteral(
        "WITH RECURSIVE chain(id, changes, symbol, until) AS ("
        " SELECT m.id, m.changes_measure_id, r.symbol, m.effective_to FROM measures m "
        "  JOIN resolutions r ON r.id = m.resolution_id JOIN measure_types t ON t.id = m.type_id "
        "  WHERE r.number = 2680 AND t.code = 'panel_of_experts' "
        " UNION ALL SELECT m.id, m.changes_measure_id, r.symbol, m.effective_to FROM measures m "
        "  JOIN resolutions r ON r.id = m.resolution_id JOIN chain c ON m.id = c.changes) "
        "SELECT symbol, until FROM chain"));
    QStringList chain;
    QString lastUntil;
    while (q.value().next()) {
        chain << q.value().value(0).toString();
        if (lastUntil.isEmpty())
            lastUntil = q.value().value(1).toString();
    }
    QCOMPARE(lastUntil, QStringLiteral("2024-04-30")); // the mandate that lapsed after the 2024 veto
    QCOMPARE(chain.first(), QStringLiteral("S/RES/2680 (2023)"));
    QCOMPARE(chain.last(), QStringLiteral("S/RES/1874 (2009)")); // which created the Panel
    QVERIFY2(chain.size() >= 14, qPrintable(chain.join(QStringLiteral(", "))));
}

// fillNewDatabase, the one rule for a new database: --empty leaves it empty; a build without the dataset
// says so, in the words of the start that failed, and leaves the database empty; otherwise it is filled.
void TestDataset::aNewDatabaseGetsItUnlessEmptyOrMissing()
{
    const auto fresh = test::openMemory(true);
    QVERIFY(fresh->isNew());
    const auto resolutions = [&fresh] {
        return sql::scalar(fresh->connection(), QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt();
    };
    CHECK_OK(fillNewDatabase(*fresh, true));
    QCOMPARE(resolutions(), 0);
    {
        WithoutTheBundledDataset missing;
        QVERIFY(bundledDatasetJson().isEmpty());
        const auto loaded = loadBundledDataset(*fresh);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::NotFound);
        QCOMPARE(loaded.error().message, QStringLiteral("The bundled dataset is missing from this build."));
        const Status filled = fillNewDatabase(*fresh, false);
        QVERIFY(!filled.ok());
        QCOMPARE(filled.error().code, Error::Code::NotFound);
        QCOMPARE(filled.error().message,
                 QStringLiteral("The bundled dataset could not be loaded: The bundled dataset is missing from this build."));
        QCOMPARE(resolutions(), 0);
    }
    CHECK_OK(fillNewDatabase(*fresh, false));
    QCOMPARE(resolutions(), count(QStringLiteral("SELECT count(*) FROM resolutions")));
    QVERIFY(resolutions() > 0);
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
