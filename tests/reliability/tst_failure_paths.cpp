// Every statement of an operation refused in turn (storage/InjectedFaults.h), as a failing disk or a
// full one would refuse it: each refusal must be reported as an error with a sentence for the reader,
// and must leave every table exactly as it was. An operation that carried on past a refused statement
// and reported success would have written part of a change, or shown a report with facts missing.
#include "EditingTestSupport.h"
#include "UnListTestData.h"

#include "designations/UnListImport.h"
#include "editing/RecordEdits.h"
#include "interchange/CsvExport.h"
#include "interchange/DatasetImporter.h"
#include "reports/ReportBuilder.h"
#include "storage/InjectedFaults.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"
#include "synthetic/SyntheticDataset.h"
#include "workspace/ResolutionDetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

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
};

// The tables (with row ids and the audit log) and the interchange export: what "as it was" means.
QStringList everything(const Database &db)
{
    QStringList lines = test::dumpTables(db);
    lines << QString::number(test::auditRows(db));
    lines << QString::fromUtf8(test::exportJson(db));
    return lines;
}

// Refuses the operation's first statement, then its second, and so on, until it runs without
// reaching the refused one. Stops at the first run that breaks the rule, saying which statement.
// `mayCarryOn`: statements whose refusal the operation rightly survives, with the data unchanged
// (a report's snapshot: without it the reads share the caller's transaction, storage/SnapshotRead.h).
Walk walkFailures(const Database &db, const Operation &operation, const QStringList &mayCarryOn = {})
{
    Walk walk;
    const QStringList before = everything(db);
    for (int n = 1;; ++n) {
        sql::failStatement(n);
        const Status done = operation();
        const QString refused = sql::injectedFaultStatement();
        sql::failStatement(0);
        if (refused.isEmpty()) {
            if (!done)
                QTest::qFail(qPrintable(QStringLiteral("failed with no statement refused: ") + done.error().fullText()),
                             __FILE__, __LINE__);
            walk.statements = n - 1;
            qInfo("%s: %d statements, each refused in turn", QTest::currentTestFunction(), walk.statements);
            return walk;
        }
        const QString where = QStringLiteral("statement %1 refused (%2)").arg(n).arg(refused.left(160));
        if (done && !mayCarryOn.contains(refused)) {
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
    auto db = test::openMemory();
    const QByteArray json = smallDatasetJson(*db, QStringLiteral("Changed: "));
    const Walk walk = walkFailures(*db, [&] { return statusOf(importDatasetJson(*db, json)); });
    QVERIFY2(walk.statements > 40, qPrintable(QString::number(walk.statements)));
    QCOMPARE(test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM resolutions WHERE title LIKE 'Changed: %'")), 2);
}

void TestFailurePaths::unListImport()
{
    auto db = test::openMemory();
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
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    const MeasureRepository measures(db->connection());
    const qint64 r2397 = resolutionId(*db, QStringLiteral("S/RES/2397 (2017)"));
    const QList<Measure> stored = measures.forResolution(r2397).value();
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

    Resolution resolution = ResolutionRepository(db->connection()).findById(r2397).value().value();
    resolution.title += QStringLiteral(" (reviewed)");
    const QList<qint64> triggers = test::triggersOf(*db, r2397);
    walk = walkFailures(*db, [&] { return statusOf(edits.updateResolution(r2397, resolution, triggers)); });
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));
}

void TestFailurePaths::deletionsAndTheirUndo()
{
    auto db = test::openMemory();
    const RecordEdits edits(*db);
    const qint64 r1718 = resolutionId(*db, QStringLiteral("S/RES/1718 (2006)"));
    std::optional<RecordChange> deleted;
    Walk walk = walkFailures(*db, [&]() -> Status {
        auto change = edits.deleteResolution(r1718);
        if (!change)
            return change.error();
        deleted = change.value();
        return {};
    });
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
    auto db = test::openMemory();
    const QStringList snapshot{dialectOf(db->connection()).beginSnapshotRead(), QStringLiteral("ROLLBACK")};
    ReportOptions options;
    options.stateCode = QStringLiteral("PRK");
    options.generatedAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    Walk walk = walkFailures(*db, [&] { return statusOf(buildReport(*db, options)); }, snapshot);
    QVERIFY2(walk.statements > 5, qPrintable(QString::number(walk.statements)));

    const qint64 r2397 = resolutionId(*db, QStringLiteral("S/RES/2397 (2017)"));
    walk = walkFailures(*db, [&] { return statusOf(loadResolutionDetail(*db, r2397)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    walk = walkFailures(*db, [&] { return statusOf(exportDatasetJson(*db)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));

    walk = walkFailures(*db, [&] { return statusOf(csvTables(*db)); });
    QVERIFY2(walk.statements > 3, qPrintable(QString::number(walk.statements)));
}

QTEST_GUILESS_MAIN(TestFailurePaths)
#include "tst_failure_paths.moc"
