#include "TestSupport.h"

#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>

using namespace st;

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseIsAtLatestVersion();
    void olderFixtureIsUpgradedWithDataKept();
    void newerDatabaseIsRefusedUntouched();
    void foreignSqliteFileIsRefusedUntouched();
    void nonSqliteFileIsRefusedUntouched();
    void missingFolderIsReported();
    void failedStepIsNamedAndTheFileKeepsItsVersion();
    void readOnlyOpenOfAnOlderSchemaIsRefused();
    void lockedDatabaseIsCalledLockedNotDamaged();
};

void TestMigrations::freshDatabaseIsAtLatestVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    auto db = test::openFile(path, true);
    QVERIFY(db->isNew());
    QCOMPARE(db->migration().toVersion, latestSchemaVersion());
    QVERIFY(db->migration().backupPath.isEmpty());
    QCOMPARE(schemaVersion(db->connection()).value(), latestSchemaVersion());
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id")).value().toInt(), kApplicationId);
    const auto tables = sql::scalar(db->connection(),
        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' "
                       "AND name IN ('resolutions','measures','designations','audit_log') ORDER BY name)"));
    QCOMPARE(tables.value().toString(), QStringLiteral("audit_log,designations,measures,resolutions"));
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
}

// tests/data/schema-v1.sqlite was written by the first schema with two resolutions and a measure in it.
void TestMigrations::olderFixtureIsUpgradedWithDataKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ST_TEST_DATA_DIR "/schema-v1.sqlite"), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fingerprint(path);

    auto db = test::openFile(path, true);
    QVERIFY(!db->isNew());
    QCOMPARE(db->migration().fromVersion, 1);
    QCOMPARE(db->migration().toVersion, latestSchemaVersion());

    // The backup is a faithful copy of the old file, at the old version.
    const QString backup = db->migration().backupPath;
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    QVERIFY(backup.contains(QStringLiteral(".v1-")));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        copy.setDatabaseName(backup);
        QVERIFY(copy.open());
        QCOMPARE(schemaVersion(copy).value(), 1);
        QCOMPARE(sql::scalar(copy, QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt(), 2);
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    QVERIFY(!before.isEmpty());

    const auto c = db->connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt(), 2);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT symbol FROM resolutions WHERE number = 1718")).value().toString(),
             QStringLiteral("S/RES/1718 (2006)"));
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM measures")).value().toInt(), 1);
    // The new tables exist and work.
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM designations")).value().toInt(), 0);
    QVERIFY(sql::exec(c, QStringLiteral("UPDATE resolutions SET summary = 'x' WHERE number = 1718")).ok());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resolutions'")).value().toInt(), 1);

    // Schema 5 widened two CHECK lists in place: on this very connection, a draft not adopted and a
    // reinstating measure are accepted, an unknown status still refused, and the file is sound.
    QVERIFY(sql::exec(c, QStringLiteral("INSERT INTO resolutions(symbol, adopted_on, status, kind, title, votes_for, "
                                        "votes_against, votes_abstain) VALUES ('S/2025/1', '2025-09-19', 'not_adopted', "
                                        "'other', 'Draft', 4, 9, 2)")).ok());
    QVERIFY(!sql::exec(c, QStringLiteral("UPDATE resolutions SET status = 'withdrawn' WHERE symbol = 'S/2025/1'")).ok());
    QVERIFY(sql::exec(c, QStringLiteral("UPDATE measures SET action = 'reinstates'")).ok());
    QVERIFY(!sql::exec(c, QStringLiteral("UPDATE measures SET action = 'revives'")).ok());
    QVERIFY(sql::exec(c, QStringLiteral("INSERT INTO measure_disputes(measure_id, position, parties, view, source) "
                                        "SELECT id, 0, 'IRN RUS CHN', 'Void.', 'https://example.org/' FROM measures")).ok());
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt(), 3);
}

void TestMigrations::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = test::openFile(path, true);
        QVERIFY(sql::exec(db->connection(), QStringLiteral("PRAGMA user_version = 99")).ok());
        QVERIFY(sql::exec(db->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = test::fingerprint(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NewerSchema);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer version")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("99")));
    QCOMPARE(test::fingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup written either
}

void TestMigrations::foreignSqliteFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(sql::exec(other, QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)")).ok());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::fingerprint(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY2(db.error().message.contains(QStringLiteral("another application")), qPrintable(db.error().message));
    QCOMPARE(test::fingerprint(path), before);
}

void TestMigrations::nonSqliteFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeAll(path, "These are my notes, not a database.\n");
    const QByteArray before = test::fingerprint(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY2(db.error().message.contains(QStringLiteral("not a SQLite database")), qPrintable(db.error().message));
    QCOMPARE(test::fingerprint(path), before);
}

void TestMigrations::missingFolderIsReported()
{
    auto db = Database::open(QStringLiteral("/nonexistent-folder-st/x.sqlite"));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("does not exist")), qPrintable(db.error().message));
}

// A database whose upgrade cannot apply (here a v1 file someone gave a table of the name schema 2
// creates): the message names the step, the file stays at its version with its data, and the backup
// written before the upgrade is still there.
void TestMigrations::failedStepIsNamedAndTheFileKeepsItsVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tampered.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ST_TEST_DATA_DIR "/schema-v1.sqlite"), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString raw = QStringLiteral("tampered");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
        c.setDatabaseName(path);
        QVERIFY(c.open());
        QVERIFY(sql::exec(c, QStringLiteral("CREATE TABLE designations(note TEXT)")).ok());
        QVERIFY(sql::exec(c, QStringLiteral("INSERT INTO designations VALUES ('kept')")).ok());
        c.close();
    }
    QSqlDatabase::removeDatabase(raw);

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().message, QStringLiteral("Upgrading the database to schema 2 (designations, audit log and the "
                                                "indexes behind the browser's filters) failed."));
    QVERIFY2(db.error().detail.contains(QStringLiteral("table designations already exists")), qPrintable(db.error().detail));

    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
        c.setDatabaseName(path);
        QVERIFY(c.open());
        QCOMPARE(schemaVersion(c).value(), 1);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt(), 2);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT note FROM designations")).value().toString(), QStringLiteral("kept"));
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")).value().toInt(), 0);
        c.close();
    }
    QSqlDatabase::removeDatabase(raw);
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("tampered.sqlite.v1-*.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
}

// Read-only (File > Open Read-Only, --read-only) cannot upgrade: said so, and the file is untouched.
void TestMigrations::readOnlyOpenOfAnOlderSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ST_TEST_DATA_DIR "/schema-v1.sqlite"), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fingerprint(path);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(path, readOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().message, QStringLiteral("%1 needs an upgrade, which a read-only database cannot take.").arg(path));
    QCOMPARE(test::fingerprint(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup, no -wal
}

// Another program holding the file's lock (a rollback-journal writer in exclusive mode): the open
// waits its busy timeout once (3 s), then says the file is locked (not damaged), and the file is left
// as it was.
void TestMigrations::lockedDatabaseIsCalledLockedNotDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    {
        auto db = test::openFile(path, true);
        QVERIFY(sql::exec(db->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QString holder = QStringLiteral("holder");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        c.setDatabaseName(path);
        QVERIFY(c.open());
        QVERIFY(sql::exec(c, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")).ok());
        QVERIFY(sql::exec(c, QStringLiteral("BEGIN EXCLUSIVE")).ok());
        const QByteArray before = test::fingerprint(path);

        // The open stops at its first refused read: a second one would wait another 3 s for nothing.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("SQL failed.*(sqlite_schema|user_version)")));
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Storage);
        QCOMPARE(db.error().message, QStringLiteral("%1 is locked by another program (perhaps another Sanctions Tracker in "
                                                    "the middle of a change); try again when it has finished. It was left "
                                                    "unchanged.").arg(path));
        QVERIFY2(db.error().detail.contains(QStringLiteral("locked")), qPrintable(db.error().detail));
        QCOMPARE(test::fingerprint(path), before);
        QVERIFY(sql::exec(c, QStringLiteral("ROLLBACK")).ok());
        c.close();
    }
    QSqlDatabase::removeDatabase(holder);
    QVERIFY(Database::open(path).ok()); // free again, it opens
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
