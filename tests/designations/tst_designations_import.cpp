// The real list of 26 September 2024 into a database: counts, regimes, links to resolutions,
// lossless storage, the import log, and the JSON interchange round trip with designations in it.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "analysis/Timeline.h"
#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "storage/DesignationRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "designations/UnListApplication.h"
#include "designations/UnListImport.h"
#include "storage/UnListStore.h"
#include "domain/Wording.h"
#include "workspace/ResolutionDetail.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlRecord>

using namespace st;

namespace {

int count(const Database &db, const QString &statement, const QVariantList &values = {})
{
    auto n = sql::scalar(db.connection(), statement, values);
    if (!n)
        qFatal("%s", qPrintable(n.error().fullText()));
    return n.value().toInt();
}

} // namespace

class TestUnListImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importLogLineInUtcOrAsStored();
    void realListCounts();
    void regimesAndStates();
    void designationsLinkToResolutions();
    void iranDesignationsLinkByListingDate();
    void workspaceShowsWhatAResolutionListed();
    void storageIsLossless();
    void importLogKeepsTheFile();
    void secondImportChangesNothing();
    void emptyDatabaseWithoutRegimes();
    void jsonRoundTripKeepsDesignations();
    void auditLogHasEveryAddedDesignation();
    void reviewedAndStreamedImportsAgree();
    void chunkedApplicationWritesWhatApplyWrites();
    void abandonedApplicationLeavesTheFileAsItWas();

private:
    // A fresh database per test: the bundled dataset plus the real list.
    std::unique_ptr<Database> importedRealList(UnListImportSummary *summary = nullptr);
};

void TestUnListImport::initTestCase()
{
    QVERIFY2(QFile::exists(test::realUnListPath()), qPrintable(test::realUnListPath()));
}

std::unique_ptr<Database> TestUnListImport::importedRealList(UnListImportSummary *summary)
{
    auto db = test::openMemory();
    QElapsedTimer timer;
    timer.start();
    auto imported = importUnListFile(*db, test::realUnListPath());
    if (!imported)
        qFatal("%s", qPrintable(imported.error().fullText()));
    qInfo("imported the real list in %lld ms", timer.elapsed());
    if (summary)
        *summary = imported.value();
    return db;
}

void TestUnListImport::realListCounts()
{
    UnListImportSummary summary;
    const auto db = importedRealList(&summary);
    QCOMPARE(summary.individuals, 682);
    QCOMPARE(summary.entities, 193);
    QCOMPARE(summary.added, 875);
    QCOMPARE(summary.changed, 0);
    QCOMPARE(summary.removed, 0);
    QCOMPARE(summary.dateGenerated, QStringLiteral("2024-09-26T00:00:07.514Z"));

    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations")), 875);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE kind = 'individual'")), 682);
    const QString dprk = QStringLiteral("SELECT count(*) FROM designations d JOIN regimes g ON g.id = d.regime_id "
                                        "WHERE g.code = '1718' AND d.kind = ?");
    QCOMPARE(count(*db, dprk, {QStringLiteral("individual")}), 80);
    QCOMPARE(count(*db, dprk, {QStringLiteral("entity")}), 75);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT un_list_type) FROM designations")), 13);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE delisted_on IS NOT NULL")), 0);
}

void TestUnListImport::regimesAndStates()
{
    const auto db = importedRealList();
    auto regimes = RegimeRepository(db->connection()).all();
    QVERIFY(regimes.ok());
    QMap<QString, QString> stateOf; // regime code -> state
    for (const Regime &g : regimes.value())
        stateOf.insert(g.code, g.stateCode);
    // Thirteen state regimes: the bundled 1718 and 1737 (Iran) and eleven created by the import.
    QCOMPARE(stateOf.size(), 13);
    QCOMPARE(stateOf.value(QStringLiteral("1737")), QStringLiteral("IRN"));
    QCOMPARE(stateOf.value(QStringLiteral("1718")), QStringLiteral("PRK"));
    QCOMPARE(stateOf.value(QStringLiteral("1988")), QStringLiteral("AFG"));
    QCOMPARE(stateOf.value(QStringLiteral("1518")), QStringLiteral("IRQ"));
    QCOMPARE(stateOf.value(QStringLiteral("2048")), QStringLiteral("GNB"));
    QVERIFY(!stateOf.contains(QStringLiteral("1267")));
    // The bundled regime was found by its list type and left as it was.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM regimes WHERE un_list_type = 'DPRK'")), 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM states")), 13);
    // The real list of 2024 predates the snapback: no Iran listing in it.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE un_list_type = 'Iran'")), 0);

    // Al-Qaida designations keep their list but have no regime or state (see docs/un-list-import.md).
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE un_list_type = 'Al-Qaida' "
                                         "AND regime_id IS NULL AND state_id IS NULL")),
             344);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE un_list_type <> 'Al-Qaida' "
                                         "AND (regime_id IS NULL OR state_id IS NULL)")),
             0);
}

void TestUnListImport::designationsLinkToResolutions()
{
    const auto db = importedRealList();
    const DesignationRepository repo(db->connection());
    const ResolutionRepository resolutions(db->connection());
    const qint64 res2270 = resolutions.idOf(QStringLiteral("S/RES/2270 (2016)")).value();
    auto made = repo.byResolution(res2270);
    QVERIFY(made.ok());
    QCOMPARE(made.value().size(), 28);
    for (const Designation &d : made.value()) {
        QCOMPARE(d.listedOn, QDate(2016, 3, 2));
        QCOMPARE(d.regimeCode, QStringLiteral("1718"));
        QCOMPARE(d.listType, QStringLiteral("DPRK"));
    }
    QVERIFY(std::is_sorted(made.value().cbegin(), made.value().cend(),
                           [](const Designation &a, const Designation &b) { return a.referenceNumber < b.referenceNumber; }));

    auto tallies = repo.tallyByResolution();
    QVERIFY(tallies.ok());
    QCOMPARE(tallies.value().value(res2270), (DesignationTally{16, 12, 0}));
    // 2375's four, as the dataset now names them: Pak Yong Sik and three bodies of the Workers' Party.
    QCOMPARE(tallies.value().value(resolutions.idOf(QStringLiteral("S/RES/2375 (2017)")).value()), (DesignationTally{1, 3, 0}));
    const QMap<QString, int> expected{{QStringLiteral("S/RES/2087 (2013)"), 10}, {QStringLiteral("S/RES/2094 (2013)"), 5},
                                      {QStringLiteral("S/RES/2270 (2016)"), 28}, {QStringLiteral("S/RES/2321 (2016)"), 21},
                                      {QStringLiteral("S/RES/2356 (2017)"), 18}, {QStringLiteral("S/RES/2371 (2017)"), 13},
                                      {QStringLiteral("S/RES/2375 (2017)"), 4},  {QStringLiteral("S/RES/2397 (2017)"), 17}};
    QCOMPARE(tallies.value().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(tallies.value().value(resolutions.idOf(it.key()).value()).total(), it.value());

    // The other 39 DPRK listings were committee decisions, e.g. KOMID on 24 April 2009.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE un_list_type = 'DPRK' "
                                         "AND resolution_id IS NULL")),
             39);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE reference_number = 'KPe.001' "
                                         "AND resolution_id IS NULL")),
             1);
    // A resolution that made none is absent from the tallies and has an empty list.
    const qint64 res1718 = resolutions.idOf(QStringLiteral("S/RES/1718 (2006)")).value();
    QVERIFY(!tallies.value().contains(res1718));
    QVERIFY(repo.byResolution(res1718).value().isEmpty());
}

// Issue 16: Iran listings link to 1737, 1747, 1803 and 1929 by listing date, as the DPRK's do. The
// stored real list has no Iran record (it predates the 2025 snapback), so this reads a synthetic file
// (tests/data/designations/README.md) into a new database; the real list's DPRK links are checked above.
void TestUnListImport::iranDesignationsLinkByListingDate()
{
    const auto db = test::openMemory();
    auto imported = importUnListFile(*db, QStringLiteral(ST_TEST_DATA_DIR "/designations/un-list-iran-synthetic.xml"));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().fullText()));
    const auto linked = [&](const QString &reference) {
        return sql::scalar(db->connection(), QStringLiteral(
                               "SELECT coalesce(r.symbol, '') FROM designations d LEFT JOIN resolutions r ON r.id = d.resolution_id "
                               "JOIN regimes g ON g.id = d.regime_id WHERE d.reference_number = ? AND g.code = '1737'"),
                           {reference})
            .value()
            .toString();
    };
    QCOMPARE(linked(QStringLiteral("IRi.901")), QStringLiteral("S/RES/1737 (2006)"));
    QCOMPARE(linked(QStringLiteral("IRe.901")), QStringLiteral("S/RES/1737 (2006)"));
    QCOMPARE(linked(QStringLiteral("IRi.902")), QStringLiteral("S/RES/1747 (2007)"));
    QCOMPARE(linked(QStringLiteral("IRi.903")), QStringLiteral("S/RES/1803 (2008)"));
    QCOMPARE(linked(QStringLiteral("IRe.902")), QStringLiteral("S/RES/1929 (2010)"));
    QCOMPARE(linked(QStringLiteral("IRe.903")), QString()); // 2009-03-10: no resolution that day
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations d JOIN states s ON s.id = d.state_id "
                                         "WHERE s.code = 'IRN'")),
             6);
    const ResolutionRepository resolutions(db->connection());
    const auto tallies = DesignationRepository(db->connection()).tallyByResolution().value();
    QCOMPARE(tallies.value(resolutions.idOf(QStringLiteral("S/RES/1737 (2006)")).value()), (DesignationTally{1, 1, 0}));
    QCOMPARE(tallies.size(), 4); // 1737, 1747, 1803, 1929
}

void TestUnListImport::workspaceShowsWhatAResolutionListed()
{
    const auto db = importedRealList();
    const ResolutionRepository resolutions(db->connection());
    const qint64 res2270 = resolutions.idOf(QStringLiteral("S/RES/2270 (2016)")).value();
    const qint64 res1718 = resolutions.idOf(QStringLiteral("S/RES/1718 (2006)")).value();

    // The timeline carries the tally its tooltip shows.
    auto timeline = buildTimeline(*db, QStringLiteral("PRK"));
    QVERIFY(timeline.ok());
    int seen = 0;
    for (const TimelineEntry &e : timeline.value().resolutions) {
        if (e.id == res2270) {
            QCOMPARE(e.designations, (DesignationTally{16, 12, 0}));
            ++seen;
        } else if (e.id == res1718) {
            QCOMPARE(e.designations.total(), 0);
            ++seen;
        }
    }
    QCOMPARE(seen, 2);

    // The detail pane lists them, with the tally in words.
    auto detail = loadResolutionDetail(*db, res2270);
    QVERIFY(detail.ok() && detail.value());
    QCOMPARE(detail.value()->designations.size(), 28);
    const QString html = resolutionDetailHtml(*detail.value());
    QVERIFY2(html.contains(QStringLiteral("Designations (28)")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("28 designations (16 individuals, 12 entities)")));
    for (const Designation &d : detail.value()->designations)
        QVERIFY2(html.contains(d.referenceNumber.toHtmlEscaped()) && html.contains(d.name.toHtmlEscaped()), qPrintable(d.referenceNumber));
    QVERIFY(!html.contains(QStringLiteral("delisted")));

    auto none = loadResolutionDetail(*db, res1718);
    QVERIFY(none.ok() && none.value());
    QVERIFY(!resolutionDetailHtml(*none.value()).contains(QStringLiteral("Designations (")));

    QCOMPARE(designationTallyText({1, 0, 1}), QStringLiteral("1 designation (1 individual, 0 entities); 1 since delisted"));
    QCOMPARE(designationTallyText({}), QString());

    // A delisted entry says since when; past 60 the pane names how many more the Designations view has.
    const Designation &first = detail.value()->designations.first();
    QVERIFY(sql::exec(db->connection(), QStringLiteral("UPDATE designations SET delisted_on = '2024-01-15' WHERE reference_number = ?"),
                      {first.referenceNumber}).ok());
    QVERIFY(sql::exec(db->connection(),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 33) "
                                     "INSERT INTO designations(reference_number, kind, name, listed_on, resolution_id) "
                                     "SELECT 'KPe.9' || i, 'entity', 'Test entity ' || i, '2016-03-02', ? FROM n"),
                      {res2270}).ok());
    auto crowded = loadResolutionDetail(*db, res2270);
    QVERIFY(crowded.ok() && crowded.value());
    QCOMPARE(crowded.value()->designations.size(), 61);
    const QString crowdedHtml = resolutionDetailHtml(*crowded.value());
    QVERIFY(crowdedHtml.contains(QStringLiteral("Designations (61)")));
    QVERIFY2(crowdedHtml.contains(QStringLiteral("delisted 15 Jan 2024")), qPrintable(crowdedHtml));
    QCOMPARE(crowdedHtml.count(QStringLiteral("delisted 15 Jan 2024")), 1);
    QVERIFY2(crowdedHtml.contains(QStringLiteral("… and 1 more: see View ▸ Designations.")), qPrintable(crowdedHtml.right(400)));
    QCOMPARE(crowdedHtml.count(QStringLiteral("(entity)</span>")) + crowdedHtml.count(QStringLiteral("(individual)</span>")), 60);
}

void TestUnListImport::storageIsLossless()
{
    const auto db = importedRealList();
    auto read = readUnListFile(test::realUnListPath());
    QVERIFY(read.ok());
    auto stored = UnListStore(db->connection()).storedDesignations();
    QVERIFY(stored.ok());
    QHash<QString, const UnListRecord *> byReference;
    for (const StoredDesignation &s : stored.value())
        byReference.insert(s.record.referenceNumber, &s.record);
    QCOMPARE(byReference.size(), 875);
    int aliases = 0, details = 0;
    for (const UnListRecord &r : read.value().records) {
        const UnListRecord *s = byReference.value(r.referenceNumber);
        QVERIFY2(s, qPrintable(r.referenceNumber));
        QVERIFY2(*s == r, qPrintable(r.referenceNumber));
        aliases += int(r.aliases.size());
        details += int(r.details.size());
    }
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designation_aliases")), aliases);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designation_details")), details);
    QVERIFY(aliases > 2500);
    QVERIFY(details > 9000);
}

void TestUnListImport::importLogKeepsTheFile()
{
    const auto db = importedRealList();
    auto log = UnListStore(db->connection()).importLog();
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 1);
    const UnListImportLogEntry &e = log.value().first();
    QCOMPARE(e.sha256.toUtf8(), test::fingerprint(test::realUnListPath()));
    QCOMPARE(e.dateGenerated, QStringLiteral("2024-09-26T00:00:07.514Z"));
    QCOMPARE(e.fileName, QStringLiteral("un-consolidated-list-2024-09-26.xml"));
    QCOMPARE(e.individuals, 682);
    QCOMPARE(e.entities, 193);
    QCOMPARE(e.added, 875);
    QCOMPARE(e.unknownElements, 0);
    QVERIFY(QDateTime::fromString(e.importedAt, Qt::ISODateWithMs).isValid());

    // What the Designations view says of it.
    const QString line = importLogLine(e);
    QVERIFY2(line.startsWith(QStringLiteral("List of 26 Sep 2024, imported ")), qPrintable(line));
    QVERIFY2(line.endsWith(QStringLiteral(" UTC from un-consolidated-list-2024-09-26.xml: 875 added, 0 changed, 0 removed")),
             qPrintable(line));
    QCOMPARE(unListImportLog(*db).value().size(), 1);
}

// The log line gives both stamps as days and times in UTC, whatever offset they were written with, and a
// stamp that does not read as one as it was stored rather than dropping it.
void TestUnListImport::importLogLineInUtcOrAsStored()
{
    const auto restore = qScopeGuard([previous = QLocale()] { QLocale::setDefault(previous); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    UnListImportLogEntry e;
    e.fileName = QStringLiteral("consolidated.xml");
    e.added = 3;
    e.changed = 2;
    e.removed = 1;
    e.dateGenerated = QStringLiteral("2024-09-26T00:00:07.514+02:00"); // 25 Sep in UTC
    e.importedAt = QStringLiteral("2026-12-06T23:30:00.000-01:00");    // 7 Dec 00:30 in UTC
    QCOMPARE(importLogLine(e), QStringLiteral("List of 25 Sep 2024, imported 7 Dec 2026 00:30 UTC from consolidated.xml: "
                                              "3 added, 2 changed, 1 removed"));
    e.dateGenerated = QStringLiteral("26 September 2024");
    e.importedAt = QStringLiteral("unknown");
    QCOMPARE(importLogLine(e), QStringLiteral("List of 26 September 2024, imported unknown from consolidated.xml: "
                                              "3 added, 2 changed, 1 removed"));
}

void TestUnListImport::secondImportChangesNothing()
{
    const auto db = importedRealList();
    auto list = readUnListFile(test::realUnListPath());
    QVERIFY(list.ok());
    auto import = UnListImport::prepare(*db, std::move(list).value(), QStringLiteral("again.xml"));
    QVERIFY(import.ok());
    QVERIFY(import.value().reconciliation().changesNothing());
    QCOMPARE(import.value().reconciliation().unchanged, 875);
}

void TestUnListImport::emptyDatabaseWithoutRegimes()
{
    // With no bundled data every state regime is created, DPRK's too, under the committee's code.
    auto db = test::openMemory(true);
    auto imported = importUnListFile(*db, test::realUnListPath());
    QVERIFY(imported.ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM regimes")), 12);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations WHERE resolution_id IS NOT NULL")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations d JOIN regimes g ON g.id = d.regime_id "
                                       "WHERE g.code = '1718'")),
             155);
    // Loading the bundled dataset afterwards merges into the created 1718 regime instead of duplicating it.
    QVERIFY(loadBundledDataset(*db).ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM regimes WHERE un_list_type = 'DPRK'")), 1);
}

void TestUnListImport::jsonRoundTripKeepsDesignations()
{
    const auto db = importedRealList();
    // Delist one so that the end date travels too.
    QVERIFY(sql::exec(db->connection(),
                      QStringLiteral("UPDATE designations SET delisted_on = '2024-10-01' WHERE reference_number = 'KPi.010'"))
                .ok());
    auto first = exportDatasetJson(*db);
    QVERIFY(first.ok());
    QVERIFY(first.value().contains("\"un_list_type\": \"Al-Qaida\""));
    QVERIFY(first.value().contains("\"delisted_on\": \"2024-10-01\""));

    auto copy = test::openMemory(true);
    auto imported = importDatasetJson(*copy, first.value());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().fullText()));
    QCOMPARE(imported.value().designations, 875);
    auto second = exportDatasetJson(*copy);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value());
}

void TestUnListImport::auditLogHasEveryAddedDesignation()
{
    const auto db = importedRealList();
    // One 'insert' row per designation, as the audit trigger would have written it.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'designations' "
                                       "AND operation = 'insert'")),
             875);
    // On a server its own triggers write them, naming the account that logged in (issue 14).
    const bool server = test::onServer();
    const QString user = server ? parseServerAddress(test::serverUnderTest()).value().user : QStringLiteral("tester");
    QCOMPARE(count(*db, server ? QStringLiteral("SELECT count(*) FROM audit_log a JOIN designations d ON d.id = a.row_id "
                                                "WHERE a.table_name = 'designations' AND a.\"user\" = ? "
                                                "AND CAST(a.after AS json) ->> 'reference_number' = d.reference_number "
                                                "AND (CAST(a.after AS json) ->> 'comments') IS NOT DISTINCT FROM d.comments")
                               : QStringLiteral("SELECT count(*) FROM audit_log a JOIN designations d ON d.id = a.row_id "
                                                "WHERE a.table_name = 'designations' AND a.user = ? "
                                                "AND json_extract(a.after, '$.reference_number') = d.reference_number "
                                                "AND json_extract(a.after, '$.comments') IS d.comments"),
                   {user}),
             875);
    // Same keys in the same order as a row the trigger itself audits.
    Designation d{0, QStringLiteral("XXi.001"), DesignationKind::Individual, QStringLiteral("TEST"), QDate(2020, 1, 1),
                  {}, {}, {}};
    QVERIFY(DesignationRepository(db->connection()).upsert(d).ok());
    const QString keys = server ? QStringLiteral("SELECT string_agg(j.k, ',' ORDER BY j.n) FROM audit_log a, "
                                                 "json_object_keys(CAST(a.after AS json)) WITH ORDINALITY AS j(k, n) "
                                                 "WHERE a.table_name = 'designations' AND a.row_id = (SELECT id FROM designations "
                                                 "WHERE reference_number = CAST(? AS text))")
                                : QStringLiteral("SELECT group_concat(key) FROM (SELECT j.key FROM audit_log a, json_each(a.after) j "
                                                 "WHERE a.table_name = 'designations' AND a.row_id = (SELECT id FROM designations "
                                                 "WHERE reference_number = ?) ORDER BY j.id)");
    const QString byTrigger = sql::scalar(db->connection(), keys, {QStringLiteral("XXi.001")}).value().toString();
    const QString inBulk = sql::scalar(db->connection(), keys, {QStringLiteral("KPi.001")}).value().toString();
    QVERIFY(byTrigger.startsWith(QStringLiteral("id,reference_number,kind,name,listed_on")));
    QCOMPARE(inBulk, byTrigger);
    // The trigger is back after the import.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'designations'")), 876);
}

// The review dialog's path (read all, reconcile, apply) and the command line's (write while reading)
// leave the same designations behind.
void TestUnListImport::reviewedAndStreamedImportsAgree()
{
    auto reviewed = test::openMemory();
    auto streamed = test::openMemory();
    for (const QString &path : {test::smallList(), test::smallListNewer(), test::smallList()}) {
        auto list = readUnListFile(path);
        QVERIFY(list.ok());
        auto import = UnListImport::prepare(*reviewed, std::move(list).value(), QFileInfo(path).fileName());
        QVERIFY(import.ok());
        auto a = import.value().apply(*reviewed);
        auto b = importUnListFile(*streamed, path);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.value().text(), a.value().text());
    }
    auto left = DesignationRepository(reviewed->connection()).all();
    auto right = DesignationRepository(streamed->connection()).all();
    QCOMPARE(left.value(), right.value());
    auto leftFull = UnListStore(reviewed->connection()).storedDesignations();
    auto rightFull = UnListStore(streamed->connection()).storedDesignations();
    QCOMPARE(leftFull.value().size(), rightFull.value().size());
    for (qsizetype i = 0; i < leftFull.value().size(); ++i)
        QVERIFY(leftFull.value()[i].record == rightFull.value()[i].record);
}

namespace {

// What an import leaves behind, row by row: designations, aliases, details and the audit log's
// designation rows (without their time stamps), as text.
QStringList importedRows(const Database &db)
{
    QStringList rows;
    for (const QString &statement :
         {QStringLiteral("SELECT * FROM designations ORDER BY id"),
          QStringLiteral("SELECT * FROM designation_aliases ORDER BY designation_id, position"),
          QStringLiteral("SELECT * FROM designation_details ORDER BY designation_id, seq"),
          QStringLiteral("SELECT id, \"user\", table_name, row_id, operation, before, after, action_id FROM audit_log "
                         "WHERE table_name = 'designations' ORDER BY id")}) {
        auto q = sql::run(db.connection(), statement);
        if (!q)
            qFatal("%s", qPrintable(q.error().fullText()));
        while (q.value().next()) {
            QStringList values;
            for (int i = 0; i < q.value().record().count(); ++i)
                values << (q.value().value(i).isNull() ? QStringLiteral("NULL") : q.value().value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

// The review dialog writes a large list a chunk at a time (UnListApplication); seven records at a
// time, over a list that adds, changes and delists, it writes what apply() writes in one go, audit
// rows included, in the same order.
void TestUnListImport::chunkedApplicationWritesWhatApplyWrites()
{
    auto atOnce = test::openMemory();
    auto inChunks = test::openMemory();
    for (const QString &path : {test::realUnListPath(), test::smallList(), test::smallListNewer()}) {
        for (Database *db : {atOnce.get(), inChunks.get()}) {
            auto list = readUnListFile(path);
            QVERIFY(list.ok());
            auto import = UnListImport::prepare(*db, std::move(list).value(), QFileInfo(path).fileName());
            QVERIFY(import.ok());
            if (db == atOnce.get()) {
                QVERIFY(import.value().apply(*db).ok());
                continue;
            }
            auto application = UnListApplication::start(*db, import.value());
            QVERIFY(application.ok());
            UnListApplication &a = *application.value();
            QCOMPARE(a.total(), import.value().reconciliation().added.size() + import.value().reconciliation().changed.size());
            int chunks = 0;
            while (!a.allWritten()) {
                const qsizetype before = a.written();
                QVERIFY(a.writeSome(7).ok());
                QCOMPARE(a.written(), std::min(before + 7, a.total()));
                ++chunks;
            }
            QCOMPARE(chunks, int((a.total() + 6) / 7));
            auto summary = a.finish();
            QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().fullText()));
            QCOMPARE(summary.value().text(), import.value().summary().text());
        }
    }
    const QStringList expected = importedRows(*atOnce);
    QVERIFY(expected.size() > 875 * 3);
    const QStringList written = importedRows(*inChunks);
    QCOMPARE(written.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(written[i], expected[i]);
}

// Cancel in the dialog destroys the application half way: the file is byte for byte as it was.
void TestUnListImport::abandonedApplicationLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("abandoned.sqlite"));
    {
        auto db = test::openFile(path);
        QVERIFY(importUnListFile(*db, test::smallList()).ok());
    }
    const QByteArray before = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        auto list = readUnListFile(test::realUnListPath());
        QVERIFY(list.ok());
        auto import = UnListImport::prepare(*db, std::move(list).value(), QStringLiteral("real.xml"));
        QVERIFY(import.ok());
        auto application = UnListApplication::start(*db, import.value());
        QVERIFY(application.ok());
        QVERIFY(application.value()->writeSome(500).ok());
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM designations")) > 11); // written, not committed
        application.value().reset(); // Cancel
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM designations")), 11);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM un_list_imports")), 1);
        // The audit trail's insert trigger, set aside for the bulk write, is back.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' "
                                           "AND name = 'audit_designations_insert'")),
                 1);
    }
    QCOMPARE(test::fingerprint(path), before);
}

QTEST_GUILESS_MAIN(TestUnListImport)
#include "tst_designations_import.moc"
