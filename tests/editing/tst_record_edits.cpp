// Each record's create, edit and delete: the database holds what was saved, every change leaves audit
// rows, undo and redo restore the exact rows, and a refused save (broken rule, read-only or locked
// database) writes nothing.
#include "EditingTestSupport.h"

#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

#include <QTemporaryDir>

using namespace st;

class TestRecordEdits : public QObject {
    Q_OBJECT
private slots:
    void resolutionRoundTrip();
    void measureRoundTripWithLineage();
    void eventRoundTripKeepsTriggerLinks();
    void stateRoundTrip();
    void stateInUseIsNotDeleted();
    void measureTypeRoundTrip();
    void brokenRuleIsRefused();
    void readOnlyDatabaseWritesNothing();
    void fullDiskWritesNothing();
    void lockedDatabaseWritesNothing();
};

namespace {

#define CHECK_UNDO_REDO(db, change, before)                                                                  \
    do {                                                                                                        \
        checkUndoRedo(db, change, before);                                                                      \
        if (QTest::currentTestFailed())                                                                         \
            return;                                                                                             \
    } while (false)

Resolution newResolution()
{
    Resolution r;
    r.symbol = QStringLiteral("S/RES/2999 (2025)");
    r.number = 2999;
    r.date = QDate(2025, 3, 1);
    r.kind = ResolutionKind::Sanctions;
    r.regimeCode = QStringLiteral("1718");
    r.states = {QStringLiteral("PRK")};
    r.title = QStringLiteral("Non-proliferation/DPRK");
    r.votes = {13, 0, 2};
    r.chapterVii = true;
    r.sources = {QStringLiteral("https://press.un.org/en/2025/sc0001.doc.htm"), QStringLiteral("https://undocs.org/S/RES/2999(2025)")};
    return r;
}

// Undo gives back `before`, redo gives back `after`, twice over.
void checkUndoRedo(const Database &db, const RecordChange &change, const QStringList &before)
{
    const RecordEdits edits(db);
    const QStringList after = test::dumpTables(db);
    QVERIFY(after != before);
    for (int round = 0; round < 2; ++round) {
        CHECK_OK(edits.undo(change));
        QCOMPARE(test::dumpTables(db), before);
        CHECK_OK(edits.redo(change));
        QCOMPARE(test::dumpTables(db), after);
    }
}

} // namespace

void TestRecordEdits::resolutionRoundTrip()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    const ResolutionRepository repo(db->connection());
    const qint64 event = TriggerEventRepository(db->connection()).all().value().last().id;

    QStringList before = test::dumpTables(*db);
    qint64 audit = test::lastAuditId(*db);
    auto created = edits.createResolution(newResolution(), {event});
    CHECK_OK(created);
    const qint64 id = created.value().after.id;
    auto stored = repo.findById(id).value().value();
    QCOMPARE(stored.symbol, QStringLiteral("S/RES/2999 (2025)"));
    QCOMPARE(stored.sources.size(), 2);
    QCOMPARE(stored.votes, (Votes{13, 0, 2}));
    QCOMPARE(TriggerEventRepository(db->connection()).forResolution(id).value().first().id, event);
    QCOMPARE(test::auditRowsFor(*db, audit, records::resolutions, id, QStringLiteral("insert")), 1);
    CHECK_UNDO_REDO(*db, created.value(), before);

    // An edit may change the symbol itself; the row keeps its id.
    before = test::dumpTables(*db);
    audit = test::lastAuditId(*db);
    Resolution r = stored;
    r.symbol = QStringLiteral("S/RES/2998 (2025)");
    r.number = 2998;
    r.sources = {QStringLiteral("https://undocs.org/S/RES/2998(2025)")};
    auto edited = edits.updateResolution(id, r, {});
    CHECK_OK(edited);
    QCOMPARE(repo.findById(id).value()->symbol, QStringLiteral("S/RES/2998 (2025)"));
    QCOMPARE(repo.findById(id).value()->sources.size(), 1);
    QCOMPARE(test::auditRowsFor(*db, audit, records::resolutions, id, QStringLiteral("update")), 1);
    CHECK_UNDO_REDO(*db, edited.value(), before);

    before = test::dumpTables(*db);
    audit = test::lastAuditId(*db);
    auto deleted = edits.deleteResolution(id);
    CHECK_OK(deleted);
    QVERIFY(!repo.findById(id).value());
    QCOMPARE(test::auditRowsFor(*db, audit, records::resolutions, id, QStringLiteral("delete")), 1);
    CHECK_UNDO_REDO(*db, deleted.value(), before);
}

void TestRecordEdits::measureRoundTripWithLineage()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    CHECK_OK(edits.createResolution(newResolution(), {}));
    const auto earlier = MeasureRepository(db->connection())
                             .earlierOf(QStringLiteral("PRK"), QStringLiteral("refined_petroleum_cap"), QDate(2025, 3, 1))
                             .value();
    QVERIFY(!earlier.isEmpty());

    Measure m;
    m.resolution = QStringLiteral("S/RES/2999 (2025)");
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("refined_petroleum_cap");
    m.action = MeasureAction::Tightens;
    m.description = QStringLiteral("Cap lowered to 250,000 barrels a year");
    m.paragraph = QStringLiteral("OP 3");
    m.cap = Cap{250000, QStringLiteral("barrels"), QStringLiteral("year")};
    m.effectiveFrom = QDate(2025, 4, 1);
    m.changesId = earlier.last().id;
    m.source = QStringLiteral("https://undocs.org/S/RES/2999(2025)");

    QStringList before = test::dumpTables(*db);
    qint64 audit = test::lastAuditId(*db);
    auto created = edits.createMeasure(m);
    CHECK_OK(created);
    const qint64 id = created.value().after.id;
    const Measure stored = MeasureRepository(db->connection()).findById(id).value().value();
    QCOMPARE(stored.changesId, earlier.last().id);
    QCOMPARE(stored.cap->value, 250000.0);
    QCOMPARE(stored.position, 0);
    QCOMPARE(test::auditRowsFor(*db, audit, records::measures, id, QStringLiteral("insert")), 1);
    CHECK_UNDO_REDO(*db, created.value(), before);

    before = test::dumpTables(*db);
    Measure edit = stored;
    edit.cap.reset();
    edit.changesId = 0;
    edit.effectiveTo = QDate(2026, 1, 1);
    auto edited = edits.updateMeasure(id, edit);
    CHECK_OK(edited);
    QCOMPARE(MeasureRepository(db->connection()).findById(id).value()->changesId, 0);
    CHECK_UNDO_REDO(*db, edited.value(), before);

    // Deleting a measure that later ones change: the links come back with undo.
    const qint64 target = test::scalarInt(*db, QStringLiteral(
        "SELECT changes_measure_id FROM measures WHERE changes_measure_id IS NOT NULL "
        "GROUP BY changes_measure_id ORDER BY count(*) DESC, changes_measure_id LIMIT 1"));
    const qint64 changers = test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM measures WHERE changes_measure_id = ?"), {target});
    QVERIFY(changers > 0);
    before = test::dumpTables(*db);
    auto deleted = edits.deleteMeasure(target);
    CHECK_OK(deleted);
    QCOMPARE(deleted.value().before.links.size(), changers);
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM measures WHERE changes_measure_id = ?"), {target}), 0);
    CHECK_UNDO_REDO(*db, deleted.value(), before);
}

void TestRecordEdits::eventRoundTripKeepsTriggerLinks()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    TriggerEvent e{0, QStringLiteral("PRK"), QDate(2025, 1, 6), QDate(2025, 1, 6), EventKind::MissileLaunch,
                   QStringLiteral("Launch of an intermediate-range missile"), QStringLiteral("https://example.org/launch"), {}};
    QStringList before = test::dumpTables(*db);
    auto created = edits.createEvent(e);
    CHECK_OK(created);
    CHECK_UNDO_REDO(*db, created.value(), before);

    // An event that led to a resolution: deleting it drops the link, undo restores it.
    const TriggerEvent linked = TriggerEventRepository(db->connection())
                                    .forResolution(ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value())
                                    .value().first();
    before = test::dumpTables(*db);
    auto deleted = edits.deleteEvent(linked.id);
    CHECK_OK(deleted);
    QVERIFY(!deleted.value().before.rowsOf(QStringLiteral("resolution_triggers")).isEmpty());
    CHECK_UNDO_REDO(*db, deleted.value(), before);
    QVERIFY(!edits.updateEvent(linked.id, linked).ok()); // it is deleted (redone) now
    CHECK_OK(edits.undo(deleted.value()));

    before = test::dumpTables(*db);
    TriggerEvent changed = linked;
    changed.note = QStringLiteral("Re-dated from KCNA");
    auto edited = edits.updateEvent(linked.id, changed);
    CHECK_OK(edited);
    QCOMPARE(TriggerEventRepository(db->connection()).findById(linked.id).value()->note, QStringLiteral("Re-dated from KCNA"));
    CHECK_UNDO_REDO(*db, edited.value(), before);
}

void TestRecordEdits::stateRoundTrip()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    QStringList before = test::dumpTables(*db);
    auto created = edits.createState({0, QStringLiteral("LBY"), QStringLiteral("Libya")}); // IRN is bundled since issue 16
    CHECK_OK(created);
    CHECK_UNDO_REDO(*db, created.value(), before);
    before = test::dumpTables(*db);
    auto edited = edits.updateState(created.value().after.id, {0, QStringLiteral("LBY"), QStringLiteral("State of Libya")});
    CHECK_OK(edited);
    CHECK_UNDO_REDO(*db, edited.value(), before);
    before = test::dumpTables(*db);
    auto deleted = edits.deleteState(created.value().after.id);
    CHECK_OK(deleted);
    CHECK_UNDO_REDO(*db, deleted.value(), before);
}

void TestRecordEdits::stateInUseIsNotDeleted()
{
    auto db = test::openMemory();
    const QStringList before = test::dumpTables(*db);
    auto deleted = RecordEdits(*db).deleteState(StateRepository(db->connection()).idOf(QStringLiteral("PRK")).value());
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.error().code, Error::Code::Conflict);
    QVERIFY(deleted.error().message.contains(QStringLiteral("still used")));
    QCOMPARE(test::dumpTables(*db), before);
}

void TestRecordEdits::measureTypeRoundTrip()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    QStringList before = test::dumpTables(*db);
    MeasureType t{0, QStringLiteral("crypto_ban"), QStringLiteral("Cryptocurrency ban"), QStringLiteral("financial"), false,
                  QStringLiteral("States prevent virtual-asset transfers.")};
    auto created = edits.createMeasureType(t);
    CHECK_OK(created);
    CHECK_UNDO_REDO(*db, created.value(), before);
    before = test::dumpTables(*db);
    t.hasCap = true;
    auto edited = edits.updateMeasureType(created.value().after.id, t);
    CHECK_OK(edited);
    CHECK_UNDO_REDO(*db, edited.value(), before);

    // A type whose measures carry caps keeps its cap.
    const qint64 petroleum = MeasureTypeRepository(db->connection()).idOf(QStringLiteral("refined_petroleum_cap")).value();
    MeasureType capped = loadMeasureType(*db, petroleum).value();
    capped.hasCap = false;
    auto refused = edits.updateMeasureType(petroleum, capped);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().detail.contains(QStringLiteral("has_cap")));
}

void TestRecordEdits::brokenRuleIsRefused()
{
    auto db = test::openMemory();
    const QStringList before = test::dumpTables(*db);
    Resolution r = newResolution();
    r.symbol = QStringLiteral("S/RES/2397 (2017)"); // taken
    r.number = 2397;
    r.date = QDate(2017, 12, 22);
    auto refused = RecordEdits(*db).createResolution(r, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY(refused.error().detail.contains(QStringLiteral("symbol")));
    QCOMPARE(test::dumpTables(*db), before);
}

void TestRecordEdits::readOnlyDatabaseWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    test::openFile(path).reset(); // create, fill and close
    const QByteArray fingerprint = test::fingerprint(path);
    auto db = Database::open(path, OpenOptions{true, QStringLiteral("tester")});
    CHECK_OK(db);
    const QStringList before = test::dumpTables(*db.value());
    auto refused = RecordEdits(*db.value()).createResolution(newResolution(), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("read-only")), qPrintable(refused.error().fullText()));
    QCOMPARE(test::dumpTables(*db.value()), before);
    db.value().reset();
    QCOMPARE(test::fingerprint(path), fingerprint);
}

// A full disk, simulated with SQLite's max_page_count: the file may not grow by a page, so a
// resolution with a long summary cannot be stored. The edit is refused with a message saying so.
void TestRecordEdits::fullDiskWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    test::openFile(path).reset(); // create, fill and close
    const QByteArray fingerprint = test::fingerprint(path);
    {
        auto db = test::openFile(path);
        const QStringList before = test::dumpTables(*db);
        const int pages = sql::scalar(db->connection(), QStringLiteral("PRAGMA page_count")).value().toInt();
        CHECK_OK(sql::exec(db->connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Resolution r = newResolution();
        r.summary = QString(200000, QLatin1Char('x')); // needs dozens of new pages
        auto refused = RecordEdits(*db).createResolution(r, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("disk is full")), qPrintable(refused.error().fullText()));
        QCOMPARE(test::dumpTables(*db), before);
    }
    QCOMPARE(test::fingerprint(path), fingerprint);
}

void TestRecordEdits::lockedDatabaseWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    auto db = test::openFile(path);
    auto other = test::openFile(path); // another program's connection
    const QStringList before = test::dumpTables(*db);
    const RecordEdits edits(*db);
    auto deleted = edits.deleteResolution(ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value());
    CHECK_OK(deleted);
    const QStringList afterDelete = test::dumpTables(*db);

    CHECK_OK(sql::exec(other->connection(), QStringLiteral("BEGIN EXCLUSIVE")));
    auto refused = edits.createResolution(newResolution(), {});
    QVERIFY(!refused.ok());
    // A save takes the write lock before it reads the version it compares, so it is the wait that fails.
    QVERIFY2(refused.error().message.contains(QStringLiteral("kept writing")), qPrintable(refused.error().fullText()));
    auto undo = edits.undo(deleted.value());
    QVERIFY(!undo.ok());
    CHECK_OK(sql::exec(other->connection(), QStringLiteral("ROLLBACK")));
    QCOMPARE(test::dumpTables(*db), afterDelete);

    CHECK_OK(edits.undo(deleted.value())); // once the lock is gone, the same undo goes through
    QCOMPARE(test::dumpTables(*db), before);
}

QTEST_GUILESS_MAIN(TestRecordEdits)
#include "tst_record_edits.moc"
