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
    void captureOfATableNotInTheSchemaIsRefused();
    void restoreThatComesBackDifferentChangesNothing_data();
    void restoreThatComesBackDifferentChangesNothing();
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

// The table name comes from the edit commands, never from input; one the schema does not have is
// refused by name before any SQL is built from it.
void TestRecordSnapshot::captureOfATableNotInTheSchemaIsRefused()
{
    auto db = test::openMemory();
    const auto captured = captureRecord(*db, QStringLiteral("resolution_drafts"), 1);
    QVERIFY(!captured);
    QCOMPARE(captured.error().code, Error::Code::Storage);
    QCOMPARE(captured.error().message, QStringLiteral("The database schema has an unexpected name."));
    QCOMPARE(captured.error().detail, QStringLiteral("resolution_drafts"));
}

void TestRecordSnapshot::restoreThatComesBackDifferentChangesNothing_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<QStringList>("sqliteRule");
    QTest::addColumn<QStringList>("serverRule");
    QTest::addColumn<QString>("detail");
    // A rule of the database's own (another tool's trigger) that rewrites a restored title...
    QTest::newRow("a value comes back changed")
        << false
        << QStringList{QStringLiteral("CREATE TRIGGER shout AFTER UPDATE OF title ON resolutions BEGIN "
                                      "UPDATE resolutions SET title = upper(NEW.title) WHERE id = NEW.id; END")}
        << QStringList{QStringLiteral("CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS "
                                      "'BEGIN NEW.title := upper(NEW.title); RETURN NEW; END'"),
                       QStringLiteral("CREATE TRIGGER shout BEFORE UPDATE ON resolutions FOR EACH ROW EXECUTE FUNCTION shout()")}
        << QStringLiteral("resolutions %1 title: %2 instead of %3");
    // ...or drops a restored source URL.
    QTest::newRow("a row does not come back")
        << true
        << QStringList{QStringLiteral("CREATE TRIGGER lose AFTER INSERT ON resolution_sources BEGIN DELETE FROM resolution_sources "
                                      "WHERE resolution_id = NEW.resolution_id AND position = NEW.position; END")}
        << QStringList{QStringLiteral("CREATE FUNCTION lose() RETURNS trigger LANGUAGE plpgsql AS "
                                      "'BEGIN DELETE FROM resolution_sources WHERE resolution_id = NEW.resolution_id "
                                      "AND position = NEW.position; RETURN NULL; END'"),
                       QStringLiteral("CREATE TRIGGER lose AFTER INSERT ON resolution_sources FOR EACH ROW EXECUTE FUNCTION lose()")}
        << QStringLiteral("resolution_sources ");
}

// Restore checks what it wrote: a record that does not come back exactly as captured is refused with
// the first row that differs, and the whole restore is rolled back.
void TestRecordSnapshot::restoreThatComesBackDifferentChangesNothing()
{
    QFETCH(bool, deleted);
    QFETCH(QStringList, sqliteRule);
    QFETCH(QStringList, serverRule);
    QFETCH(QString, detail);
    auto db = test::openMemory();
    const qint64 id = idOf(*db, "S/RES/2375 (2017)");
    const auto before = captureRecord(*db, records::resolutions, id);
    CHECK_OK(before);
    const QString title = before.value().rows.first().values.value(QStringLiteral("title")).toString();
    QVERIFY(title != title.toUpper());
    if (deleted)
        CHECK_OK(sql::exec(db->connection(), QStringLiteral("DELETE FROM resolutions WHERE id = ?"), {id}));
    else
        CHECK_OK(sql::exec(db->connection(), QStringLiteral("UPDATE resolutions SET title = 'Edited' WHERE id = ?"), {id}));
    const auto changed = captureRecord(*db, records::resolutions, id);
    CHECK_OK(changed);
    for (const QString &statement : test::onServer() ? serverRule : sqliteRule)
        CHECK_OK(sql::exec(db->connection(), statement));
    const QStringList now = test::dumpTables(*db);

    const Status restored = restoreRecord(*db, changed.value(), before.value());
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::Storage);
    QCOMPARE(restored.error().message, QStringLiteral("The record could not be restored exactly; nothing was changed."));
    if (deleted) {
        QVERIFY2(restored.error().detail.startsWith(detail) && restored.error().detail.endsWith(QLatin1String(" missing")),
                 qPrintable(restored.error().detail));
    } else {
        QCOMPARE(restored.error().detail, detail.arg(id).arg(title.toUpper(), title));
    }
    QCOMPARE(test::dumpTables(*db), now);
}

QTEST_GUILESS_MAIN(TestRecordSnapshot)
#include "tst_record_snapshot.moc"
