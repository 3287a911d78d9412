// Reconciling a newer list with what is stored: added, changed (which fields), removed (delisted, kept),
// relisted; nothing written before apply(), and apply() all or nothing.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "storage/DesignationRepository.h"
#include "storage/Sql.h"
#include "designations/UnListImport.h"
#include "storage/UnListStore.h"

using namespace st;

namespace {

UnListImport prepared(const Database &db, const QString &path)
{
    auto list = readUnListFile(path);
    if (!list)
        qFatal("%s", qPrintable(list.error().fullText()));
    auto import = UnListImport::prepare(db, std::move(list).value(), QFileInfo(path).fileName());
    if (!import)
        qFatal("%s", qPrintable(import.error().fullText()));
    return std::move(import).value();
}

QStringList references(const UnListImport &import, const QList<qsizetype> &indices)
{
    QStringList out;
    for (qsizetype i : indices)
        out << import.list().records[i].referenceNumber;
    return out;
}

QMap<QString, QStringList> changes(const UnListImport &import)
{
    QMap<QString, QStringList> out;
    for (const DesignationChange &c : import.reconciliation().changed)
        out.insert(import.list().records[c.incoming].referenceNumber, c.fields);
    return out;
}

QStringList removed(const UnListImport &import)
{
    QStringList out;
    for (const Delisting &d : import.reconciliation().removed)
        out << d.referenceNumber;
    return out;
}

Designation designation(const Database &db, const QString &reference)
{
    const auto all = DesignationRepository(db.connection()).all();
    for (const Designation &d : all.value()) {
        if (d.referenceNumber == reference)
            return d;
    }
    return {};
}

} // namespace

class TestUnListReconcile : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void firstImportAddsEverything();
    void newerListGivesAddedChangedRemoved();
    void applyingKeepsDelistedWithEndDate();
    void relistingAndOlderLists();
    void reviewingWritesNothing();
    void failedApplyLeavesDatabaseByteIdentical();
    void differencesNameTheFields();

private:
    QTemporaryDir m_dir;
};

void TestUnListReconcile::firstImportAddsEverything()
{
    auto db = test::openMemory();
    const UnListImport import = prepared(*db, test::smallList());
    QCOMPARE(import.reconciliation().added.size(), 11);
    QVERIFY(import.reconciliation().changed.isEmpty());
    QVERIFY(import.reconciliation().removed.isEmpty());
    QCOMPARE(import.reconciliation().unchanged, 0);
    // The bundled dataset has the DPRK regime; the Taliban's is created. Al-Qaida targets no state.
    QCOMPARE(import.regimesToCreate().size(), 1);
    QCOMPARE(import.regimesToCreate().first().regimeCode, QStringLiteral("1988"));
    QVERIFY(import.previousDateGenerated().isEmpty());
    const UnListImportSummary s = import.summary();
    QCOMPARE(s.individuals, 7);
    QCOMPARE(s.entities, 4);
    QCOMPARE(s.text(), QStringLiteral("7 individuals, 4 entities: 11 added, 0 changed, 0 removed (delisted), 0 unchanged"));
}

void TestUnListReconcile::newerListGivesAddedChangedRemoved()
{
    auto db = test::openMemory();
    QVERIFY(prepared(*db, test::smallList()).apply(*db).ok());

    const UnListImport newer = prepared(*db, test::smallListNewer());
    QCOMPARE(references(newer, newer.reconciliation().added), (QStringList{QStringLiteral("KPi.066"), QStringLiteral("KPe.002")}));
    const QMap<QString, QStringList> expected{
        {QStringLiteral("KPi.001"), {QStringLiteral("version"), QStringLiteral("aliases")}},
        {QStringLiteral("TAi.173"), {QStringLiteral("nationality")}},
        {QStringLiteral("QDe.157"), {QStringLiteral("comments")}},
    };
    QCOMPARE(changes(newer), expected);
    QCOMPARE(removed(newer), QStringList{QStringLiteral("KPi.010")});
    QCOMPARE(newer.reconciliation().unchanged, 7);
    QCOMPARE(newer.previousDateGenerated(), QStringLiteral("2024-09-26T00:00:07.514Z"));
    QVERIFY(!newer.isOlderThanPrevious());
    QCOMPARE(newer.delistingDate(), QDate(2024, 10, 15));
    QVERIFY(newer.regimesToCreate().isEmpty());
    QCOMPARE(changeFieldLabel(QStringLiteral("nationality")), QStringLiteral("nationalities"));
}

void TestUnListReconcile::applyingKeepsDelistedWithEndDate()
{
    auto db = test::openMemory();
    QVERIFY(prepared(*db, test::smallList()).apply(*db).ok());
    auto applied = prepared(*db, test::smallListNewer()).apply(*db);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().fullText()));
    QCOMPARE(applied.value().added, 2);
    QCOMPARE(applied.value().changed, 3);
    QCOMPARE(applied.value().removed, 1);

    // Never deleted: 11 + 2 rows, one of them with its end date.
    QCOMPARE(DesignationRepository(db->connection()).count().value(), 13);
    const Designation gone = designation(*db, QStringLiteral("KPi.010"));
    QCOMPARE(gone.delistedOn, QDate(2024, 10, 15));
    QCOMPARE(gone.name, QStringLiteral("YO'N CHO'NG NAM"));
    QVERIFY(!designation(*db, QStringLiteral("KPi.001")).delistedOn.isValid());

    // The changes are stored: the new alias and nationality are there, the links too.
    auto stored = UnListStore(db->connection()).storedDesignations();
    QVERIFY(stored.ok());
    for (const StoredDesignation &s : stored.value()) {
        if (s.record.referenceNumber == QLatin1String("KPi.001")) {
            QCOMPARE(s.record.versionNum, 2);
            QCOMPARE(s.record.aliases.size(), 2);
            QCOMPARE(s.record.aliases[1].name, QStringLiteral("Yun Ho Jin"));
        }
        if (s.record.referenceNumber == QLatin1String("TAi.173"))
            QCOMPARE(s.record.detailsOf(DetailSection::Nationality).size(), 2);
    }
    const Designation kim = designation(*db, QStringLiteral("KPi.066"));
    QCOMPARE(kim.resolution, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(kim.regimeCode, QStringLiteral("1718"));
    QCOMPARE(kim.stateCode, QStringLiteral("PRK"));

    // The same list again changes nothing.
    const UnListImport again = prepared(*db, test::smallListNewer());
    QVERIFY(again.reconciliation().changesNothing());
    QCOMPARE(again.reconciliation().unchanged, 12);

    auto log = UnListStore(db->connection()).importLog();
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 2);
    QCOMPARE(log.value().first().dateGenerated, QStringLiteral("2024-10-15T00:00:05.120Z"));
    QCOMPARE(log.value().first().sha256.toUtf8(), test::fingerprint(test::smallListNewer()));
    QCOMPARE(log.value().first().fileName, QStringLiteral("un-list-small-newer.xml"));
    QCOMPARE(log.value().first().user, QStringLiteral("tester"));
    QCOMPARE(log.value().first().added, 2);
    QCOMPARE(log.value().first().changed, 3);
    QCOMPARE(log.value().first().removed, 1);
}

void TestUnListReconcile::relistingAndOlderLists()
{
    auto db = test::openMemory();
    QVERIFY(prepared(*db, test::smallList()).apply(*db).ok());
    QVERIFY(prepared(*db, test::smallListNewer()).apply(*db).ok());

    // Going back to the older list: KPi.010 returns, the two newer designations leave.
    const UnListImport older = prepared(*db, test::smallList());
    QVERIFY(older.isOlderThanPrevious());
    QVERIFY(older.reconciliation().added.isEmpty());
    QCOMPARE(changes(older).value(QStringLiteral("KPi.010")), QStringList{QStringLiteral("relisted")});
    QCOMPARE(removed(older), (QStringList{QStringLiteral("KPi.066"), QStringLiteral("KPe.002")}));
    QVERIFY(older.apply(*db).ok());
    QVERIFY(!designation(*db, QStringLiteral("KPi.010")).delistedOn.isValid());
    QCOMPARE(designation(*db, QStringLiteral("KPi.066")).delistedOn, QDate(2024, 9, 26));

    // A designation delisted already is not removed a second time.
    const UnListImport same = prepared(*db, test::smallList());
    QVERIFY(same.reconciliation().changesNothing());
}

void TestUnListReconcile::reviewingWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("review.sqlite"));
    {
        auto db = test::openFile(path);
        QVERIFY(prepared(*db, test::smallList()).apply(*db).ok());
    }
    const QByteArray before = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        const UnListImport newer = prepared(*db, test::smallListNewer());
        QVERIFY(!newer.reconciliation().changesNothing()); // reviewed, then cancelled: never applied
    }
    QCOMPARE(test::fingerprint(path), before);
}

void TestUnListReconcile::failedApplyLeavesDatabaseByteIdentical()
{
    const QString path = m_dir.filePath(QStringLiteral("fail.sqlite"));
    {
        auto db = test::openFile(path);
        QVERIFY(prepared(*db, test::smallList()).apply(*db).ok());
    }
    const QByteArray before = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        // The disk "fills up" while the aliases are written, after the designations and the log row.
        QVERIFY(sql::exec(db->connection(), QStringLiteral(
            "CREATE TEMP TRIGGER disk_full BEFORE INSERT ON main.designation_aliases "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")).ok());
        auto applied = prepared(*db, test::smallListNewer()).apply(*db);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().message, QStringLiteral("The disk is full."));
        QCOMPARE(DesignationRepository(db->connection()).count().value(), 11);
        QCOMPARE(UnListStore(db->connection()).importLog().value().size(), 1);
    }
    QCOMPARE(test::fingerprint(path), before);
}

void TestUnListReconcile::differencesNameTheFields()
{
    UnListRecord r;
    r.referenceNumber = QStringLiteral("KPi.999");
    r.firstName = QStringLiteral("KIM");
    r.listType = QStringLiteral("DPRK");
    r.listedOn = QDate(2016, 3, 2);
    r.details = {{DetailSection::Address, 0, QStringLiteral("CITY"), QStringLiteral("Pyongyang")}};
    StoredDesignation s{7, QStringLiteral("KIM"), r, QStringLiteral("1718"), QStringLiteral("S/RES/2270 (2016)"), {}};
    const ListingLink link{QStringLiteral("1718"), QStringLiteral("PRK"), QStringLiteral("S/RES/2270 (2016)")};
    QVERIFY(differences(s, r, link).isEmpty());

    UnListRecord changed = r;
    changed.secondName = QStringLiteral("IL");
    changed.details[0].value = QStringLiteral("Nampo");
    changed.details.append({DetailSection::Document, 0, QStringLiteral("NUMBER"), QStringLiteral("123")});
    QCOMPARE(differences(s, changed, link),
             (QStringList{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("document")}));
    // An analyst added the resolution since the last import: the link changes, the record does not.
    const ListingLink none{QStringLiteral("1718"), QStringLiteral("PRK"), QString()};
    QCOMPARE(differences(s, r, none), QStringList{QStringLiteral("resolution")});
    s.delistedOn = QDate(2020, 1, 1);
    QCOMPARE(differences(s, r, link), QStringList{QStringLiteral("relisted")});
}

QTEST_GUILESS_MAIN(TestUnListReconcile)
#include "tst_designations_reconcile.moc"
