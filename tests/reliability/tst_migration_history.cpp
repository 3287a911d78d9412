// Issue 12, item 14: a database of every past schema version, with data in every table, is migrated
// to the current schema with every row of every old column kept as it was, and ends with the same
// schema as a new database. A migration killed (kill -9) at random moments leaves a sound database
// at one of the versions with all its rows, and the next open finishes the job.
//
// The fixtures in tests/data/migrations/ were written by the migration steps themselves followed by
// the INSERTs below (schemas 1-3 by writeFixture(); 4 and 5 as empty databases made by builds at those
// versions, the INSERTs run from Python; 6 as the v5 fixture with step 6's statements and its INSERT
// run from Python; 7 as the v6 fixture with step 7's statement and its UPDATE run from Python, since the
// positional INSERTs above no longer fit the wider measures table; 8 as the v7 fixture with step 8's
// two statements, as a new database holds them, and its INSERT run from Python; 9 as the v8 fixture
// migrated by the app, then its UPDATEs run from Python: kept for the step after 9); a shipped step is never edited, so they stay what an old
// version of the app wrote. ST_WRITE_MIGRATION_FIXTURES=1 writes the fixtures that are missing (when a
// new step is added: the fixture of the version before it); existing ones are never rewritten.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace st;

namespace {

const QString kFixtures = QStringLiteral(ST_TEST_DATA_DIR "/migrations");

QString fixturePath(int version) { return QStringLiteral("%1/schema-v%2.sqlite").arg(kFixtures).arg(version); }

// Every schema version a past app could have written: each step's, except the latest.
QList<int> pastVersions()
{
    QList<int> out;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version < latestSchemaVersion())
            out << step.version;
    }
    return out;
}

// A plain connection (no migration, no checks), closed and removed with the object.
class Connection {
public:
    explicit Connection(const QString &path, bool readOnly = true)
        : m_name(QStringLiteral("history-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
};

QList<QVariantList> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    const auto r = rows(db, sql);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

// The tables that hold data: not SQLite's own, not the full-text indexes (which are derived from the
// data and rebuilt by the migration that adds them).
QStringList dataTables(const QSqlDatabase &db)
{
    QStringList names;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                         "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE "
                                                         "'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_text_%' "
                                                         "ORDER BY name")))
        names << r.first().toString();
    return names;
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    for (const QVariantList &r : rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        names << r.at(1).toString();
    return names;
}

// Every row of `table`, the columns `cols` only, in one fixed order.
QList<QVariantList> tableRows(const QSqlDatabase &db, const QString &table, const QStringList &cols)
{
    QStringList order;
    for (int i = 1; i <= cols.size(); ++i)
        order << QString::number(i);
    return rows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(cols.join(QLatin1Char(',')), table,
                                                                          order.join(QLatin1Char(','))));
}

// Fails the test at the first table, column or row of `before` that `after` lacks or holds differently.
void compareRowForRow(const QSqlDatabase &before, const QSqlDatabase &after, int *rowsCompared = nullptr)
{
    for (const QString &table : dataTables(before)) {
        const QStringList cols = columns(before, table);
        const QStringList now = columns(after, table);
        for (const QString &c : cols)
            QVERIFY2(now.contains(c), qPrintable(QStringLiteral("%1.%2 is gone").arg(table, c)));
        const auto old = tableRows(before, table, cols);
        const auto kept = tableRows(after, table, cols);
        QVERIFY2(!old.isEmpty(), qPrintable(QStringLiteral("the fixture's %1 is empty").arg(table)));
        QCOMPARE(kept.size(), old.size());
        for (qsizetype i = 0; i < old.size(); ++i) {
            QVERIFY2(kept.at(i) == old.at(i),
                     qPrintable(QStringLiteral("%1, row %2 changed").arg(table).arg(i + 1)));
        }
        if (rowsCompared)
            *rowsCompared += int(old.size());
    }
}

// What each version's tables hold in the fixtures: every column used, NULLs and non-ASCII text too.
struct Insert {
    int since; // the schema version that has the table
    const char *sql;
};
const Insert kInserts[] = {
    {1, "INSERT INTO states VALUES (1, 'PRK', 'Democratic People''s Republic of Korea'), (2, 'IRN', 'Iran')"},
    {1, "INSERT INTO measure_types VALUES (1, 'arms_embargo', 'Arms embargo', 'trade', 0, 'Weapons of all kinds'),"
        " (2, 'refined_petroleum_cap', 'Refined petroleum cap', 'trade', 1, '')"},
    {1, "INSERT INTO regimes VALUES (1, '1718', 'DPRK sanctions', 1, NULL, 'DPRK', 'https://main.un.org/1718')"},
    {1, "INSERT INTO resolutions VALUES (1, 'S/RES/1718 (2006)', 1718, '2006-10-14', 'adopted', 'sanctions', 1,"
        " 'Résolution 1718 — “the first” régime', 15, 0, 0, '', 1, 'Established the 1718 regime.', NULL),"
        " (2, 'S/2019/961', NULL, '2019-12-16', 'vetoed', 'other', NULL, 'Draft on sanctions relief', 3, 10, 2,"
        " 'USA', NULL, '', 'Vetoed; 北朝鮮 in the note')"},
    {1, "UPDATE regimes SET established_by = 1"},
    {1, "INSERT INTO resolution_sources VALUES (1, 0, 'https://undocs.org/S/RES/1718(2006)'),"
        " (1, 1, 'https://press.un.org/en/2006/sc8853.doc.htm'), (2, 0, 'https://undocs.org/S/2019/961')"},
    {1, "INSERT INTO resolution_states VALUES (1, 1, 0), (2, 1, 0), (2, 2, 1)"},
    {1, "INSERT INTO trigger_events VALUES (1, 1, '2006-10-09', '2006-10-09', 'nuclear_test',"
        " 'First nuclear test', 'https://press.un.org/en/2006/sc8853.doc.htm', NULL),"
        " (2, 1, '2017-11-28', '2017-11-29', 'missile_launch', 'Hwasong-15', 'https://press.un.org/x', 'UTC date')"},
    {1, "INSERT INTO resolution_triggers VALUES (1, 1, 0), (2, 2, 0)"},
    {1, "INSERT INTO measures VALUES"
        " (1, 1, 0, 1, 1, 'introduces', 'Ban on battle tanks and armoured combat vehicles', 'OP 8(a)(i)',"
        "  NULL, NULL, NULL, NULL, NULL, NULL, 'https://undocs.org/S/RES/1718(2006)', NULL),"
        " (2, 1, 1, 1, 2, 'introduces', 'Cap on refined petroleum', 'OP 5', 500000.5, 'barrels', 'year',"
        "  '2018-01-01', '2018-12-31', NULL, 'https://undocs.org/S/RES/1718(2006)', 'Cap in barrels'),"
        " (3, 2, 0, 1, 2, 'relaxes', 'Raise the cap (vetoed)', NULL, 4000000, 'barrels', 'year', NULL, NULL, 2,"
        "  'https://undocs.org/S/2019/961', NULL)"},
    {2, "INSERT INTO designations (id, reference_number, kind, name, listed_on, regime_id, state_id, resolution_id)"
        " VALUES (1, 'KPi.001', 'individual', 'RI JONG WON', '2016-03-02', 1, 1, 1),"
        " (2, 'KPe.001', 'entity', 'KOREA MINING DEVELOPMENT TRADING CORPORATION', '2009-04-24', 1, 1, NULL)"},
    {2, "INSERT INTO audit_log (id, changed_at, user, table_name, row_id, operation, before, after)"
        " VALUES (1, '2024-01-02T03:04:05.678Z', 'analyst', 'resolutions', 1, 'update',"
        " '{\"summary\":\"old\"}', '{\"summary\":\"Established the 1718 regime.\"}'),"
        " (2, '2024-01-02T03:04:06.000Z', 'analyst', 'designations', 2, 'insert', NULL, '{\"name\":\"K\"}')"},
    {4, "INSERT INTO designation_aliases VALUES (1, 0, 'a.k.a.', 'Ri Jong-won', '1958-05-22', 'Pyongyang', NULL,"
        " 'good quality'), (2, 0, 'f.k.a.', 'KOMID', NULL, NULL, NULL, NULL)"},
    {4, "INSERT INTO designation_details VALUES (1, 0, 'nationality', 0, 'VALUE', 'Democratic People''s Republic of"
        " Korea'), (1, 1, 'document', 0, 'NUMBER', '381310014'), (2, 0, 'address', 0, 'CITY', 'Pyongyang')"},
    {4, "INSERT INTO un_list_imports VALUES (1, '2024-09-26T10:00:00.000Z', 'analyst', 'consolidated.xml',"
        " 'abababababababababababababababababababababababababababababababab', '2024-09-26T00:00:07.514Z', 1, 1, 2,"
        " 0, 0, 0, '')"},
    {5, "UPDATE audit_log SET action_id = 1"},
    {6, "INSERT INTO measure_disputes VALUES (2, 0, 'IRN RUS CHN', 'Holds the reinstatement void; « nul »',"
        " 'https://press.un.org/en/2025/sc16180.doc.htm')"},
    {7, "UPDATE measures SET legal_basis = 'Decides that all Member States shall prevent the direct or indirect supply…'"
        " WHERE id = 1"},
    {8, "INSERT INTO acts VALUES (1, 'presidential_statement', '2006-10-06', 'S/PRST/2006/41', 'Statement — “test”', 1,"
        " 'Urged the DPRK not to test', 'https://press.un.org/en/2006/sc8849.doc.htm', NULL),"
        " (2, 'committee_decision', '2009-04-24', NULL, 'Three entities', NULL, '', 'https://x.org/y', 'secondary')"},
    {9, "UPDATE resolutions SET row_version = 3, changed_by = 'analyst', changed_at = '2026-12-05T00:01:02.345Z' WHERE id = 1"},
    {9, "UPDATE measures SET row_version = 2, changed_by = 'rédactrice', changed_at = '2026-12-05T00:02:03.456Z' WHERE id = 2"},
    {9, "UPDATE trigger_events SET row_version = 2, changed_by = 'analyst', changed_at = '2026-12-05T00:03:04.567Z' WHERE id = 1"},
    {9, "UPDATE states SET row_version = 4, changed_by = 'analyst', changed_at = '2026-12-05T00:04:05.678Z' WHERE id = 2"},
    {9, "UPDATE measure_types SET row_version = 2, changed_by = 'analyst', changed_at = '2026-12-05T00:05:06.789Z' WHERE id = 1"},
};

void writeFixture(int version)
{
    const QString path = fixturePath(version);
    QFile::remove(path);
    {
        Connection c(path, false);
        QVERIFY(sql::exec(c.db(), QStringLiteral("PRAGMA page_size = 1024")).ok());
        auto migrated = migrate(c.db(), QString(), version);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().fullText()));
        QCOMPARE(schemaVersion(c.db()).value(), version);
        for (const Insert &insert : kInserts) {
            if (insert.since <= version) {
                auto done = sql::exec(c.db(), QString::fromUtf8(insert.sql));
                QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().fullText()));
            }
        }
        QVERIFY(sql::exec(c.db(), QStringLiteral("VACUUM")).ok());
    }
    qInfo("wrote %s", qPrintable(path));
}

// The schema as SQLite records it: every table, index and trigger with its SQL.
QList<QVariantList> schemaOf(const QSqlDatabase &db)
{
    return rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                   "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
}

} // namespace

class TestMigrationHistory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPastVersionHasAFixture();
    void fixtureMigratesWithEveryRowKept_data();
    void fixtureMigratesWithEveryRowKept();
    void killedMigrationLeavesASoundDatabase();
};

void TestMigrationHistory::initTestCase()
{
    if (qEnvironmentVariableIntValue("ST_WRITE_MIGRATION_FIXTURES") == 1) {
        QDir().mkpath(kFixtures);
        for (int v : pastVersions()) {
            if (!QFile::exists(fixturePath(v)))
                writeFixture(v);
        }
    }
}

void TestMigrationHistory::everyPastVersionHasAFixture()
{
    for (int v : pastVersions()) {
        QVERIFY2(QFile::exists(fixturePath(v)), qPrintable(fixturePath(v)));
        Connection c(fixturePath(v));
        QCOMPARE(schemaVersion(c.db()).value(), v);
        QCOMPARE(scalar(c.db(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
        // Data in every table the version has, so that no table's migration goes unchecked.
        for (const QString &table : dataTables(c.db()))
            QVERIFY2(scalar(c.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() > 0, qPrintable(table));
    }
}

void TestMigrationHistory::fixtureMigratesWithEveryRowKept_data()
{
    QTest::addColumn<int>("version");
    for (int v : pastVersions())
        QTest::addRow("schema %d", v) << v;
}

void TestMigrationHistory::fixtureMigratesWithEveryRowKept()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(fixturePath(version), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    const test::AppRun run = test::runApp({QStringLiteral("--database"), path, QStringLiteral("--export"),
                                           QStringLiteral("/dev/null")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    Connection old(fixturePath(version));
    Connection migrated(path);
    QCOMPARE(schemaVersion(migrated.db()).value(), latestSchemaVersion());
    int compared = 0;
    compareRowForRow(old.db(), migrated.db(), &compared);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(compared >= 20);
    QCOMPARE(scalar(migrated.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(rows(migrated.db(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    // The same schema as a database created today, down to each statement.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    test::openFile(fresh, true).reset();
    Connection created(fresh);
    QCOMPARE(schemaOf(migrated.db()), schemaOf(created.db()));

    // The full-text index covers the old rows (its step rebuilt it from them), the new columns are
    // empty, and the backup beside the file is the fixture at its own version.
    QCOMPARE(scalar(migrated.db(), QStringLiteral("SELECT count(*) FROM resolution_text WHERE resolution_text "
                                                  "MATCH 'regime'")).toInt(), 1);
    QCOMPARE(scalar(migrated.db(), QStringLiteral("SELECT count(*) FROM measure_text WHERE measure_text "
                                                  "MATCH 'petroleum'")).toInt(), 1);
    if (version >= 2) {
        QCOMPARE(scalar(migrated.db(), QStringLiteral("SELECT count(*) FROM designations WHERE delisted_on IS NULL "
                                                      "AND un_list_type IS NULL")).toInt(), 2);
    }
    // Step 9: every record the forms edit starts at version 1, nobody named as its last editor.
    if (version < 9) {
        for (const char *table : {"resolutions", "measures", "trigger_events", "states", "measure_types"}) {
            QCOMPARE(scalar(migrated.db(), QStringLiteral("SELECT count(*) FROM %1 WHERE row_version <> 1 OR changed_by "
                                                          "IS NOT NULL OR changed_at IS NOT NULL").arg(QLatin1String(table))).toInt(), 0);
        }
    }
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.v%1-*.bak").arg(version)});
    QCOMPARE(backups.size(), 1);
    Connection backup(dir.filePath(backups.first()));
    QCOMPARE(schemaVersion(backup.db()).value(), version);
    compareRowForRow(old.db(), backup.db());
}

// kill -9 at moments spread over the migration of a large schema-1 database (the fixture with 1,500
// resolutions and 7,500 measures added, so that the migration takes long enough to be hit). Each
// step is one transaction, so whatever the moment, the file must pass integrity_check at one of the
// versions with all its rows, and the next open must finish the migration with every row kept.
void TestMigrationHistory::killedMigrationLeavesASoundDatabase()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("large-v1.sqlite"));
    QVERIFY(QFile::copy(fixturePath(1), source));
    QFile(source).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        Connection c(source, false);
        QVERIFY(sql::exec(c.db(), QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
            "INSERT INTO resolutions SELECT 100 + i, printf('S/RES/%d (2030)', 10000 + i), 10000 + i, '2030-01-01',"
            " 'adopted', 'sanctions', 1, printf('Synthetic resolution %d on the regime', i), 15, 0, 0, '', 1,"
            " printf('Summary %d of a resolution long enough to give the index some work to do', i), NULL FROM n")).ok());
        QVERIFY(sql::exec(c.db(), QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4) "
            "INSERT INTO measures SELECT NULL, r.id, n.i, 1, 1, 'introduces', printf('Measure %d of %s: a ban on "
            "supplying items', n.i, r.symbol), printf('OP %d', n.i + 1), NULL, NULL, NULL, NULL, NULL, NULL,"
            " 'https://undocs.org/x', NULL FROM resolutions r, n WHERE r.id > 100")).ok());
    }
    // When the migration runs within the app's run: after the start-up (about a run that creates an
    // empty database) and for as long as a migrating run takes longer than one that needs none.
    const auto timedRun = [&dir](const QString &from, const QString &name) {
        const QString path = dir.filePath(name);
        if (!QFile::copy(from, path))
            qFatal("cannot copy %s", qPrintable(from));
        QElapsedTimer timer;
        timer.start();
        const test::AppRun run = test::runApp({QStringLiteral("--database"), path, QStringLiteral("--export"),
                                               QStringLiteral("/dev/null")});
        if (run.exitCode != 0)
            qFatal("%s", qPrintable(run.err));
        return std::pair{timer.elapsed(), path};
    };
    const auto [migratingMs, migrated] = timedRun(source, QStringLiteral("timed.sqlite"));
    const qint64 currentMs = timedRun(migrated, QStringLiteral("timed-again.sqlite")).first;
    const qint64 migrationMs = qMax<qint64>(migratingMs - currentMs, 20);
    QElapsedTimer startup;
    startup.start();
    QCOMPARE(test::runApp({QStringLiteral("--database"), dir.filePath(QStringLiteral("empty.sqlite")),
                           QStringLiteral("--empty"), QStringLiteral("--export"), QStringLiteral("/dev/null")})
                 .exitCode,
             0);
    const qint64 startupMs = startup.elapsed();
    Connection original(source);
    const int runs = 8;
    QMap<int, int> versions; // schema version found after the kill -> runs
    int withBackup = 0;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(run));
        QVERIFY(QFile::copy(source, path));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(ST_APP_BINARY),
                  {QStringLiteral("--database"), path, QStringLiteral("--export"), QStringLiteral("/dev/null")});
        QVERIFY(app.waitForStarted());
        // Spread over the migration, from a little before it starts (the export that follows it takes
        // the rest of the run) to a little after it ends.
        QThread::msleep(quint64(qMax<qint64>(0, startupMs - migrationMs / 4) + migrationMs * 3 / 2 * run / (runs - 1)));
        app.kill(); // SIGKILL
        app.waitForFinished();
        if (!QDir(dir.path()).entryList({QStringLiteral("killed-%1.sqlite.v1-*.bak").arg(run)}).isEmpty())
            ++withBackup;
        {
            // Read-write, as the next run opens it: a kill in the middle of a transaction leaves a hot
            // journal, which SQLite rolls back on the first read, and which a read-only connection cannot
            // ("attempt to write a readonly database": seen once in 8 kills, in a coverage run).
            Connection after(path, false);
            QCOMPARE(scalar(after.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            const int v = schemaVersion(after.db()).value();
            QVERIFY2(v >= 1 && v <= latestSchemaVersion(), qPrintable(QString::number(v)));
            ++versions[v];
            compareRowForRow(original.db(), after.db());
            if (QTest::currentTestFailed())
                return;
        }
        const test::AppRun reopened = test::runApp({QStringLiteral("--database"), path, QStringLiteral("--export"),
                                                    QStringLiteral("/dev/null")});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
        Connection finished(path);
        QCOMPARE(schemaVersion(finished.db()).value(), latestSchemaVersion());
        compareRowForRow(original.db(), finished.db());
        if (QTest::currentTestFailed())
            return;
    }
    QStringList found;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        found << QStringLiteral("schema %1: %2").arg(it.key()).arg(it.value());
    qInfo("%d kills over a migration of about %lld ms (a run %lld ms, %lld ms without it); found after the "
          "kill: %s; %d had written the backup; start-up about %lld ms",
          runs, migrationMs, migratingMs, currentMs, qPrintable(found.join(QStringLiteral(", "))), withBackup, startupMs);
}

QTEST_GUILESS_MAIN(TestMigrationHistory)
#include "tst_migration_history.moc"
