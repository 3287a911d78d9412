// Snapshots and exact restore: deleting a resolution with everything that hangs off it, then undoing,
// gives back the very same rows (same ids, same lineage links from other resolutions' measures).
#include "EditingTestSupport.h"

#include "editing/RecordEdits.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"

using namespace st;

class TestRecordSnapshot : public QObject {
    Q_OBJECT
private slots:
    void captureFollowsCascadesAndLinks();
    void deleteThenUndoRestoresEveryRow();
    void restoreRefusesARecordChangedElsewhere();
    void restoreOfTheCurrentStateWritesNothing();
};

namespace {
qint64 idOf(const Database &db, const char *symbol)
{
    return ResolutionRepository(db.connection()).idOf(QString::fromLatin1(symbol)).value();
}
} // namespace

void TestRecordSnapshot::captureFollowsCascadesAndLinks()
{
    auto db = test::openMemory();
    const qint64 id = idOf(*db, "S/RES/1718 (2006)");
    auto snapshot = captureRecord(*db, records::resolutions, id);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().fullText()));
    const RecordSnapshot &s = snapshot.value();
    QCOMPARE(s.rows.first().table, records::resolutions);
    QCOMPARE(s.rows.first().rowid, id);
    QCOMPARE(s.rowsOf(QStringLiteral("measures")).size(), 7);
    QCOMPARE(s.rowsOf(QStringLiteral("resolution_states")).size(), 1);
    QCOMPARE(s.rowsOf(QStringLiteral("resolution_triggers")).size(), 1);
    QVERIFY(s.rowsOf(QStringLiteral("resolution_sources")).size() >= 1);

    // Six later measures (2664 among them) change one of 1718's, and the 1718 regime names it as its founder.
    int measureLinks = 0, regimeLinks = 0;
    for (const SnapshotLink &l : s.links) {
        measureLinks += l.table == QLatin1String("measures");
        regimeLinks += l.table == QLatin1String("regimes");
    }
    QCOMPARE(measureLinks, 6);
    QCOMPARE(regimeLinks, 1);

    auto missing = captureRecord(*db, records::resolutions, 999999);
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().exists());
}

void TestRecordSnapshot::deleteThenUndoRestoresEveryRow()
{
    auto db = test::openMemory();
    const QStringList before = test::dumpTables(*db);
    const QByteArray jsonBefore = test::exportJson(*db);
    const qint64 id = idOf(*db, "S/RES/1718 (2006)");
    const qint64 changed = test::scalarInt(*db, QStringLiteral(
        "SELECT count(*) FROM measures WHERE changes_measure_id IN (SELECT id FROM measures WHERE resolution_id = ?)"), {id});
    QCOMPARE(changed, 6);

    const RecordEdits edits(*db);
    auto change = edits.deleteResolution(id);
    QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().fullText()));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE id = ?"), {id}), 0);
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM measures WHERE resolution_id = ?"), {id}), 0);
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM regimes WHERE established_by IS NULL")), 1);
    const QStringList afterDelete = test::dumpTables(*db);
    QVERIFY(afterDelete != before);

    const qint64 audit = test::lastAuditId(*db);
    QVERIFY(edits.undo(change.value()).ok());
    QCOMPARE(test::dumpTables(*db), before);
    QCOMPARE(test::exportJson(*db), jsonBefore);
    // The undo is a change like any other: the audit log shows the rows coming back.
    QCOMPARE(test::auditRowsFor(*db, audit, records::resolutions, id, QStringLiteral("insert")), 1);
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND table_name = 'measures' "
                                                 "AND operation = 'insert'"), {audit}), 7);

    QVERIFY(edits.redo(change.value()).ok());
    QCOMPARE(test::dumpTables(*db), afterDelete);
    QVERIFY(edits.undo(change.value()).ok());
    QCOMPARE(test::dumpTables(*db), before);
}

void TestRecordSnapshot::restoreRefusesARecordChangedElsewhere()
{
    auto db = test::openMemory();
    const qint64 resolutionId = idOf(*db, "S/RES/2397 (2017)");
    Measure m = MeasureRepository(db->connection()).forResolution(resolutionId).value().first();
    const RecordEdits edits(*db);
    m.description = QStringLiteral("Edited through the form");
    auto change = edits.updateMeasure(m.id, m);
    QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().fullText()));

    // Another writer (an import, say) changes the same measure after the edit.
    m.description = QStringLiteral("Changed by an import");
    QVERIFY(MeasureRepository(db->connection()).update(m.id, resolutionId, m).ok());
    const QStringList now = test::dumpTables(*db);
    auto undone = edits.undo(change.value());
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error().code, Error::Code::Conflict);
    QCOMPARE(test::dumpTables(*db), now);
}

void TestRecordSnapshot::restoreOfTheCurrentStateWritesNothing()
{
    auto db = test::openMemory();
    const qint64 id = idOf(*db, "S/RES/2375 (2017)");
    auto change = RecordEdits(*db).deleteResolution(id);
    QVERIFY(change.ok());
    const qint64 audit = test::auditRows(*db);
    // Redoing what is already so (after a failed undo, say) is harmless and leaves no audit trace.
    QVERIFY(change.value().redo(*db).ok());
    QCOMPARE(test::auditRows(*db), audit);
}

QTEST_GUILESS_MAIN(TestRecordSnapshot)
#include "tst_record_snapshot.moc"
