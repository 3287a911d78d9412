// Every statement of an operation refused in turn (storage/InjectedFaults.h), as a failing disk or a
// full one would refuse it: each refusal must be reported as an error with a sentence for the reader,
// and must leave every table exactly as it was. An operation that carried on past a refused statement
// and reported success would have written part of a change, or shown a report with facts missing.
#include "EditingTestSupport.h"
#include "UnListTestData.h"

#include "designations/UnListApplication.h"
#include "designations/UnListImport.h"
#include "designations/UnListReader.h"
#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "interchange/CsvExport.h"
#include "interchange/DatasetImporter.h"
#include "reports/ReportBuilder.h"
#include "storage/EngineCopy.h"
#include "storage/InjectedFaults.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"
#include "storage/TriggerEventRepository.h"
#include "synthetic/SyntheticDataset.h"
#include "workspace/ResolutionDetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace st;

namespace {

// What an operation reports: success, or the error it stopped at.
using Operation = std::function<Status()>;

template <typename T>
Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

struct Walk {
    int statements = 0; // run by the operation when none is refused
    Status unrefused;   // what the operation gave with no statement refused
};

// What the operation must give when no statement is refused.
enum class Unrefused { Succeeds, IsRefused };

// Every row of every table (ids, version stamps, the audit log and the search index's own tables
// included), one text per table made by SQLite itself: what "as it was" means. Cheap enough to take
// after each of some 1,600 refusals, under the sanitizers too.
QStringList everything(const Database &db)
{
    const QSqlDatabase c = db.connection();
    const auto tables = sql::collect(c, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                                       "name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                                       "ORDER BY name"), {},
                                     [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!tables)
        qFatal("cannot list the tables: %s", qPrintable(tables.error().fullText()));
    QStringList contents;
    for (const QString &table : tables.value()) {
        const auto columns = sql::collect(c, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table},
                                          [](const QSqlQuery &q) { return QStringLiteral("quote(\"%1\")").arg(q.value(0).toString()); });
        if (!columns)
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(columns.error().fullText()));
        const auto rows = sql::scalar(c, QStringLiteral("SELECT count(*) || ':' || coalesce(group_concat(r, char(10)), '') "
                                                        "FROM (SELECT %1 AS r FROM \"%2\" ORDER BY r)")
                                             .arg(columns.value().join(QStringLiteral(" || ',' || ")), table));
        if (!rows)
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(rows.error().fullText()));
        contents << table + QLatin1Char('=') + rows.value().toString();
    }
    return contents;
}

// Refuses the operation's first statement, then its second, and so on, until it runs without
// reaching the refused one. Stops at the first run that breaks the rule, saying which statement.
// `mayCarryOn`: statements whose refusal the operation rightly survives, with the data unchanged
// (a report's snapshot: without it the reads share the caller's transaction, storage/SnapshotRead.h).
// With Unrefused::IsRefused the operation is one the database refuses anyway (a stale save): then every
// run, the one with no statement refused too, must give an error and leave the data as it was.
Walk walkFailures(const Database &db, const Operation &operation, const QStringList &mayCarryOn = {},
                  Unrefused unrefused = Unrefused::Succeeds)
{
    Walk walk;
    const QStringList before = everything(db);
    for (int n = 1;; ++n) {
        sql::failStatement(n);
        const Status done = operation();
        const QString refused = sql::injectedFaultStatement();
        sql::failStatement(0);
        if (refused.isEmpty()) {
            if (unrefused == Unrefused::Succeeds && !done)
                QTest::qFail(qPrintable(QStringLiteral("failed with no statement refused: ") + done.error().fullText()),
                             __FILE__, __LINE__);
            if (unrefused == Unrefused::IsRefused && (done || everything(db) != before))
                QTest::qFail("the database did not refuse it, or the data changed", __FILE__, __LINE__);
            walk.statements = n - 1;
            walk.unrefused = done;
            qInfo("%s: %d statements, each refused in turn", QTest::currentTestFunction(), walk.statements);
            return walk;
        }
        const QString where = QStringLiteral("statement %1 refused (%2)").arg(n).arg(refused.left(160));
        if (done && mayCarryOn.contains(refused)) {
            if (everything(db) == before)
                continue;
            // The refused statement came after the change was committed (a snapshot's ROLLBACK): the
            // operation is complete, and the caller checks what it wrote.
            walk.statements = n;
            walk.unrefused = done;
            qInfo("%s: %d statements, each refused in turn", QTest::currentTestFunction(), walk.statements);
            return walk;
        }
        if (done) {
            QTest::qFail(qPrintable(QStringLiteral("reported success: ") + where), __FILE__, __LINE__);
            return walk;
        }
        if (!done.ok() && done.error().message.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("an error without a message: ") + where), __FILE__, __LINE__);
            return walk;
        }
        if (everything(db) != before) {
            QTest::qFail(qPrintable(QStringLiteral("the data changed: ") + where), __FILE__, __LINE__);
            return walk;
        }
    }
}

// A small dataset file with every kind of record: two resolutions of the bundled data (the second
// changes measures of the first), their states, measure types, regime, events, and two acts.
QByteArray smallDatasetJson(const Database &db, const QString &titlePrefix)
{
    QJsonObject root = QJsonDocument::fromJson(test::exportJson(db)).object();
    const QStringList kept{QStringLiteral("S/RES/1718 (2006)"), QStringLiteral("S/RES/1874 (2009)")};
    QJsonArray resolutions;
    for (const QJsonValue &r : root.value(QStringLiteral("resolutions")).toArray()) {
        QJsonObject resolution = r.toObject();
        if (!kept.contains(resolution.value(QStringLiteral("symbol")).toString()))
            continue;
        resolution.insert(QStringLiteral("title"), titlePrefix + resolution.value(QStringLiteral("title")).toString());
        resolutions.append(resolution);
    }
    root.insert(QStringLiteral("resolutions"), resolutions);
    QJsonArray regimes;
    for (const QJsonValue &g : root.value(QStringLiteral("regimes")).toArray()) {
        if (g.toObject().value(QStringLiteral("code")).toString() == QLatin1String("1718"))
            regimes.append(g);
    }
    root.insert(QStringLiteral("regimes"), regimes);
    QJsonArray acts;
    for (const QJsonValue &a : root.value(QStringLiteral("acts")).toArray()) {
        if (acts.size() < 2)
            acts.append(a);
    }
    root.insert(QStringLiteral("acts"), acts);
    return QJsonDocument(root).toJson();
}

// The change an edit made, kept for its undo and redo.
Status kept(const Result<RecordChange> &change, std::optional<RecordChange> &into)
{
    if (!change)
        return change.error();
    into = change.value();
    return {};
}

// The small dataset (and a small UN list) in a database of their own: each walk runs its operation
// and reads every table hundreds of times, so a small database keeps the test short (under ASan too).
enum class WithUnList { No, Yes };
std::unique_ptr<Database> smallDatabase(WithUnList list = WithUnList::No)
{
    static const QByteArray json = smallDatasetJson(*test::openMemory(), QString());
    auto db = test::openMemory(true);
    if (!importDatasetJson(*db, json) || (list == WithUnList::Yes && !importUnListFile(*db, test::smallList())))
        qFatal("cannot fill the small database");
    return db;
}

qint64 resolutionId(const Database &db, const QString &symbol)
{
    return ResolutionRepository(db.connection()).idOf(symbol).value();
}

} // namespace

class TestFailurePaths : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonImportIntoAnEmptyDatabase();
    void jsonImportOverStoredRecords();
    void unListImport();
    void syntheticGeneration();
    void formSaves();
    void deletionsAndTheirUndo();
    void readsReportTheirFailure();
    void reviewedUnListImport();
    void staleSaveExplainsTheConflict();
    void otherRecordKinds();
    void csvExportToAFolder();
    void migrationFromTheFirstSchema();
    void wholeDatabaseCopy();
    void cleanup();
};

void TestFailurePaths::initTestCase()
{
    // Each refusal is also logged as a warning; a walk refuses hundreds.
    QLoggingCategory::setFilterRules(QStringLiteral("st.storage.warning=false"));
    // SQLite's own statements first ask whether Qt's driver runs the same library, once per process,
    // and use Qt's interface while they cannot tell (storage/SqliteStatement.cpp): a refusal the
    // operation rightly survives. Asked here, so that the walks refuse the operations' statements.
    auto db = test::openMemory(true);
    QVERIFY(SqliteStatement::prepare(db->connection(), QStringLiteral("SELECT 1")).ok());
}

void TestFailurePaths::cleanup() { sql::failStatement(0); }

void TestFailurePaths::jsonImportIntoAnEmptyDatabase()
{
    const QByteArray json = smallDatasetJson(*test::openMemory(), QString());
    auto db = test::openMemory(true);
    const Walk walk = walkFailures(*db, [&] { return statusOf(importDatasetJson(*db, json)); });
    QVERIFY2(walk.statements > 40, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions")), 2);
}

void TestFailurePaths::jsonImportOverStoredRecords()
{
    auto db = smallDatabase();
    const QByteArray json = smallDatasetJson(*db, QStringLiteral("Changed: "));
    const Walk walk = walkFailures(*db, [&] { return statusOf(importDatasetJson(*db, json)); });
    QVERIFY2(walk.statements > 40, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE title LIKE 'Changed: %'")), 2);
}

void TestFailurePaths::unListImport()
{
    auto db = smallDatabase();
    Walk walk = walkFailures(*db, [&] { return statusOf(importUnListFile(*db, test::smallList())); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    // The next list changes, adds and removes designations of the first.
    walk = walkFailures(*db, [&] { return statusOf(importUnListFile(*db, test::smallListNewer())); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
}

void TestFailurePaths::syntheticGeneration()
{
    auto db = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 30;
    options.states = 3;
    const Walk walk = walkFailures(*db, [&] { return statusOf(generateSyntheticDataset(*db, options)); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions")), 30);
}

void TestFailurePaths::formSaves()
{
    auto db = smallDatabase();
    const RecordEdits edits(*db);
    const MeasureRepository measures(db->connection());
    const qint64 r1874 = resolutionId(*db, QStringLiteral("S/RES/1874 (2009)"));
    const QList<Measure> stored = measures.forResolution(r1874).value();
    QVERIFY(!stored.isEmpty());

    Measure edited = stored.first();
    edited.note = QStringLiteral("Checked against the resolution's text");
    Walk walk = walkFailures(*db, [&] { return statusOf(edits.updateMeasure(edited.id, edited)); });
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));

    Measure added = stored.first();
    added.id = 0;
    added.position = int(stored.size());
    added.changesId = 0;
    added.note = QStringLiteral("Added from the form");
    walk = walkFailures(*db, [&] { return statusOf(edits.createMeasure(added)); });
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));

    Resolution resolution = ResolutionRepository(db->connection()).findById(r1874).value().value();
    resolution.title += QStringLiteral(" (reviewed)");
    const QList<qint64> triggers = test::triggersOf(*db, r1874);
    walk = walkFailures(*db, [&] { return statusOf(edits.updateResolution(r1874, resolution, triggers)); });
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));
}

void TestFailurePaths::deletionsAndTheirUndo()
{
    auto db = smallDatabase();
    const RecordEdits edits(*db);
    const qint64 r1718 = resolutionId(*db, QStringLiteral("S/RES/1718 (2006)"));
    std::optional<RecordChange> deleted;
    Walk walk = walkFailures(*db, [&] { return kept(edits.deleteResolution(r1718), deleted); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    QVERIFY(deleted.has_value());
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE id = ?"), {r1718}), 0);

    walk = walkFailures(*db, [&] { return edits.undo(*deleted); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE id = ?"), {r1718}), 1);

    walk = walkFailures(*db, [&] { return edits.redo(*deleted); });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE id = ?"), {r1718}), 0);
}

// A read that met a refused statement must say so, not hand back a report, a detail page or an
// export with records silently missing.
void TestFailurePaths::readsReportTheirFailure()
{
    auto db = smallDatabase();
    const QStringList snapshot{dialectOf(db->connection()).beginSnapshotRead(), QStringLiteral("ROLLBACK")};
    ReportOptions options;
    options.stateCode = QStringLiteral("PRK");
    options.generatedAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    Walk walk = walkFailures(*db, [&] { return statusOf(buildReport(*db, options)); }, snapshot);
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));

    const qint64 r1874 = resolutionId(*db, QStringLiteral("S/RES/1874 (2009)"));
    walk = walkFailures(*db, [&] { return statusOf(loadResolutionDetail(*db, r1874)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    auto small = smallDatabase(WithUnList::Yes);
    walk = walkFailures(*small, [&] { return statusOf(exportDatasetJson(*small)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    walk = walkFailures(*small, [&] { return statusOf(csvTables(*small)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
}

// The File menu's import: the list reviewed first (reads only), then written a few records at a time.
void TestFailurePaths::reviewedUnListImport()
{
    auto db = smallDatabase();
    auto list = readUnListFile(test::smallList());
    CHECK_OK(list);
    const Walk walk = walkFailures(*db, [&]() -> Status {
        auto import = UnListImport::prepare(*db, list.value(), QStringLiteral("un-list-small.xml"));
        if (!import)
            return import.error();
        auto application = UnListApplication::start(*db, import.value());
        if (!application)
            return application.error();
        while (!application.value()->allWritten()) {
            if (Status wrote = application.value()->writeSome(5); !wrote)
                return wrote;
        }
        return statusOf(application.value()->finish());
    });
    QVERIFY2(walk.statements > 10, qPrintable(QString::number(walk.statements)));
    QVERIFY(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM designations")) > 0);
}

// A save over a change made since the form opened is refused, and the refusal says whose change it
// was and what differs (editing/EditConflict): reading that must not write, and a failed read must
// still refuse the save.
void TestFailurePaths::staleSaveExplainsTheConflict()
{
    auto db = smallDatabase();
    const qint64 r1874 = resolutionId(*db, QStringLiteral("S/RES/1874 (2009)"));
    const Measure measure = MeasureRepository(db->connection()).forResolution(r1874).value().first();
    const qint64 opened = loadVersion(*db, records::measures, measure.id).value();
    Measure theirs = measure;
    theirs.note = QStringLiteral("Their note");
    CHECK_OK(RecordEdits(*db).updateMeasure(measure.id, theirs));

    RecordEdits stale(*db);
    stale.expectVersion(opened);
    Measure mine = measure;
    mine.note = QStringLiteral("My note");
    const Walk walk = walkFailures(*db, [&] { return statusOf(stale.updateMeasure(measure.id, mine)); }, {},
                                   Unrefused::IsRefused);
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));
    QCOMPARE(walk.unrefused.error().code, Error::Code::Conflict);
    QVERIFY(stale.conflict().has_value());
}

void TestFailurePaths::otherRecordKinds()
{
    auto db = smallDatabase();
    const RecordEdits edits(*db);
    std::optional<RecordChange> created;
    const SanctionedState newState{0, QStringLiteral("LBY"), QStringLiteral("Libya")};
    Walk walk = walkFailures(*db, [&] { return kept(edits.createState(newState), created); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
    const qint64 libya = created->after.id;
    walk = walkFailures(*db, [&] { return statusOf(edits.deleteState(libya)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    MeasureType type{0, QStringLiteral("crypto_ban"), QStringLiteral("Cryptocurrency ban"), QStringLiteral("financial"),
                     false, QStringLiteral("Ban on virtual-asset services")};
    walk = walkFailures(*db, [&] { return kept(edits.createMeasureType(type), created); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
    const qint64 typeId = created->after.id;
    type.description = QStringLiteral("Ban on services for virtual assets");
    walk = walkFailures(*db, [&] { return statusOf(edits.updateMeasureType(typeId, type)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    // An event that led to a resolution: its deletion drops the link, and the undo puts it back.
    const qint64 r1874 = resolutionId(*db, QStringLiteral("S/RES/1874 (2009)"));
    const QList<qint64> triggersBefore = test::triggersOf(*db, r1874);
    const TriggerEvent linked = TriggerEventRepository(db->connection()).forResolution(r1874).value().first();
    std::optional<RecordChange> deleted;
    walk = walkFailures(*db, [&] { return kept(edits.deleteEvent(linked.id), deleted); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
    walk = walkFailures(*db, [&] { return edits.undo(*deleted); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::triggersOf(*db, r1874), triggersBefore);
}

// Nothing is written to the folder until every table has been read.
void TestFailurePaths::csvExportToAFolder()
{
    auto db = smallDatabase(WithUnList::Yes);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Walk walk = walkFailures(*db, [&]() -> Status {
        auto exported = exportCsv(*db, folder.path());
        if (!exported && !QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
            return {}; // reported as a success: the walk stops here and says so
        return statusOf(exported);
    });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 3);
}

// A migration that meets a refused statement reports it; the database it leaves is sound, and the
// next open migrates it to the same data as a migration that met none.
void TestFailurePaths::migrationFromTheFirstSchema()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    const QString fixture = QStringLiteral(ST_TEST_DATA_DIR "/migrations/schema-v1.sqlite");
    const auto migrated = [&] {
        auto db = Database::open(path, OpenOptions{false, QStringLiteral("tester")});
        return db ? everything(*db.value()) : QStringList();
    };
    QVERIFY(QFile::copy(fixture, path));
    const QStringList expected = migrated();
    QVERIFY(!expected.isEmpty());

    int statements = 0;
    for (int n = 1;; ++n) {
        QFile::remove(path);
        QVERIFY(QFile::copy(fixture, path));
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        sql::failStatement(n);
        auto db = Database::open(path, OpenOptions{false, QStringLiteral("tester")});
        const QString refused = sql::injectedFaultStatement();
        sql::failStatement(0);
        if (refused.isEmpty()) {
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
            statements = n - 1;
            break;
        }
        const QString where = QStringLiteral("statement %1 refused (%2)").arg(n).arg(refused.left(160));
        QVERIFY2(!db.ok() && !db.error().message.isEmpty(), qPrintable(QStringLiteral("opened: ") + where));
        QVERIFY2(migrated() == expected, qPrintable(QStringLiteral("the data differs: ") + where));
    }
    qInfo("%d statements, each refused in turn", statements);
    QVERIFY2(statements > 10, qPrintable(QString::number(statements)));
}

// --copy-to / --copy-from: a target that holds other data is replaced in one transaction, so a refusal
// leaves it as it was; the source is only read.
void TestFailurePaths::wholeDatabaseCopy()
{
    auto source = smallDatabase(WithUnList::Yes);
    const QStringList sourceBefore = everything(*source);
    auto target = smallDatabase();
    Measure note = MeasureRepository(target->connection()).all().value().first();
    note.note = QStringLiteral("Only in the target");
    QVERIFY(RecordEdits(*target).updateMeasure(note.id, note).ok());

    const QStringList snapshot{dialectOf(source->connection()).beginSnapshotRead(), QStringLiteral("ROLLBACK")};
    const Walk walk = walkFailures(*target, [&] {
        return statusOf(copyWholeDatabase(*source, *target, ExistingRows::Replace));
    }, snapshot);
    QVERIFY2(walk.statements > 20, qPrintable(QString::number(walk.statements)));
    QCOMPARE(everything(*source), sourceBefore);
    QCOMPARE(test::exportJson(*target), test::exportJson(*source));
}

QTEST_GUILESS_MAIN(TestFailurePaths)
#include "tst_failure_paths.moc"
