// The built binary, end to end, as a script or an analyst at a terminal would use it. In its server
// run (tst_cli_postgres) the cases about what a database holds run against new databases on the
// PostgreSQL server under test; the cases about files (damaged, foreign, newer, unwritable, the data
// folder) are a file's alone and say so.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <unistd.h>

using namespace st;
using test::runApp;
using Run = test::AppRun;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void versionAndHelp();
    void newDatabaseIsFilledWithTheBundledDataset();
    void emptyOptionLeavesTheDatabaseEmpty();
    void exportToStandardOutput();
    void roundTripIsByteIdentical();
    void badImportFiles_data();
    void badImportFiles();
    void missingImportFile();
    void unwritableExportPathKeepsOldFile();
    void notASqliteDatabase();
    void newerSchemaIsRefused();
    void damagedPageTheExportDoesNotReadIsReported();
    void unknownOption();
    void firstRunCreatesTheDatabaseInTheDataFolder();
    void aNewDatabaseThatCannotBeCreatedLeavesNoFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A database the app has not seen: a new file named `name`.sqlite, or a new database on the server.
    QString newDatabase(const QString &name) const
    {
        return test::onServer() ? test::freshServerDatabase() : path(name + QStringLiteral(".sqlite"));
    }
    // What the database holds, to compare before and after: a file's bytes, a server database's export.
    QByteArray contentsOf(const QString &database) const
    {
        if (!test::onServer())
            return test::fingerprint(database);
        const Run r = runApp({QStringLiteral("--database"), database, QStringLiteral("--export"), QStringLiteral("-")});
        return r.exitCode == 0 ? r.out.toUtf8() : QByteArray();
    }
    QTemporaryDir m_dir;
};

void TestCli::versionAndHelp()
{
    const Run v = runApp({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY2(v.out.startsWith(QStringLiteral("sanctions-tracker 0.")), qPrintable(v.out));
    const Run h = runApp({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *option : {"--database", "--empty", "--export", "--import"})
        QVERIFY2(h.out.contains(QLatin1String(option)), option);
}

void TestCli::newDatabaseIsFilledWithTheBundledDataset()
{
    const QString db = newDatabase(QStringLiteral("new"));
    const QString out = path(QStringLiteral("out.json"));
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(test::onServer() || QFile::exists(db));
    // The bundled file is already in export form: a new database exports it byte for byte.
    QCOMPARE(test::readAll(out), bundledDatasetJson());
}

void TestCli::emptyOptionLeavesTheDatabaseEmpty()
{
    const Run r = runApp({QStringLiteral("--database"), newDatabase(QStringLiteral("e")), QStringLiteral("--empty"),
                          QStringLiteral("--export"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("\"resolutions\": []")));
    QVERIFY(r.out.contains(QStringLiteral("\"states\": []")));
}

void TestCli::exportToStandardOutput()
{
    const Run r = runApp({QStringLiteral("--database"), newDatabase(QStringLiteral("s")), QStringLiteral("--export"),
                          QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.toUtf8(), bundledDatasetJson());
}

void TestCli::roundTripIsByteIdentical()
{
    const QString first = path(QStringLiteral("first.json"));
    const QString second = path(QStringLiteral("second.json"));
    QCOMPARE(runApp({QStringLiteral("--database"), newDatabase(QStringLiteral("a")), QStringLiteral("--export"), first}).exitCode, 0);
    const QString b = newDatabase(QStringLiteral("b"));
    const Run imported = runApp({QStringLiteral("--database"), b, QStringLiteral("--empty"), QStringLiteral("--import"), first});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("40 resolutions (40 new, 0 updated), 133 measures")), qPrintable(imported.out));
    QCOMPARE(runApp({QStringLiteral("--database"), b, QStringLiteral("--export"), second}).exitCode, 0);
    QCOMPARE(test::fingerprint(second), test::fingerprint(first));
}

void TestCli::badImportFiles_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed JSON") << QByteArray("\"states\": [") << QByteArray("\"states\": [[,") << QStringLiteral("malformed JSON");
    QTest::newRow("unknown measure type") << QByteArray("\"type\": \"travel_ban\"") << QByteArray("\"type\": \"teleport_ban\"")
                                          << QStringLiteral("unknown measure type");
    QTest::newRow("impossible date") << QByteArray("\"date\": \"2017-08-05\"") << QByteArray("\"date\": \"2017-02-30\"")
                                     << QStringLiteral("not a real date: \"2017-02-30\"");
    QTest::newRow("vote above 15") << QByteArray("\"abstain\": 0") << QByteArray("\"abstain\": 99") << QStringLiteral("votes.abstain");
    QTest::newRow("duplicate symbol") << QByteArray("\"symbol\": \"S/RES/2087 (2013)\"")
                                      << QByteArray("\"symbol\": \"S/RES/2050 (2012)\"") << QStringLiteral("appears twice");
}

void TestCli::badImportFiles()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    const QString db = newDatabase(QStringLiteral("bad"));
    QCOMPARE(runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), path(QStringLiteral("x.json"))}).exitCode, 0);
    const QByteArray before = contentsOf(db);
    QVERIFY(!before.isEmpty());

    QByteArray json = bundledDatasetJson();
    const qsizetype at = json.indexOf(from);
    QVERIFY(at >= 0);
    json.replace(at, from.size(), to);
    const QString bad = path(QStringLiteral("bad.json"));
    test::writeAll(bad, json);

    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--import"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("database is unchanged")));
    QCOMPARE(contentsOf(db), before);
    QFile::remove(db);
}

void TestCli::missingImportFile()
{
    const Run r = runApp({QStringLiteral("--database"), newDatabase(QStringLiteral("m")), QStringLiteral("--import"),
                          path(QStringLiteral("nope.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
}

void TestCli::unwritableExportPathKeepsOldFile()
{
    const QString db = newDatabase(QStringLiteral("w"));
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"),
                          QStringLiteral("/nonexistent-dir-st/out.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write /nonexistent-dir-st/out.json")), qPrintable(r.err));

    // An existing file in a folder we may not write to keeps its bytes.
    QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
    const QString locked = path(QStringLiteral("locked/old.json"));
    test::writeAll(locked, "old contents");
    QFile::setPermissions(path(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
    const Run r2 = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), locked});
    QFile::setPermissions(path(QStringLiteral("locked")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (r2.exitCode == 0 && geteuid() == 0)
        return; // root ignores directory permissions; the first case above still checked the message
    QCOMPARE(r2.exitCode, 1);
    QCOMPARE(test::readAll(locked), QByteArray("old contents"));
}

void TestCli::notASqliteDatabase()
{
    if (test::onServer()) // a case about a database *file* (its bytes, its folder)
        QSKIP("Issue 14: a database file's case; tst_cli_postgres covers what a server database holds");
    const QString db = path(QStringLiteral("notes.txt"));
    test::writeAll(db, "Shopping list: rice, tea\n");
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is not a SQLite database file")), qPrintable(r.err));
    QCOMPARE(test::readAll(db), QByteArray("Shopping list: rice, tea\n"));
}

void TestCli::newerSchemaIsRefused()
{
    if (test::onServer()) // a case about a database *file* (its bytes, its folder)
        QSKIP("Issue 14: a database file's case; tst_cli_postgres covers what a server database holds");
    const QString db = path(QStringLiteral("newer.sqlite"));
    {
        auto opened = test::openFile(db, true);
        QVERIFY(sql::exec(opened->connection(), QStringLiteral("PRAGMA user_version = 42")).ok());
    }
    const QByteArray before = test::fingerprint(db);
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
    QCOMPARE(test::fingerprint(db), before);
}

// The audit log's page is garbled: the export does not read it, and wrote a whole export before
// quick_check was run. Now the export is still written (it is how the data is rescued) and the exit
// status and message say that the file needs restoring.
void TestCli::damagedPageTheExportDoesNotReadIsReported()
{
    if (test::onServer()) // a case about a database *file* (its bytes, its folder)
        QSKIP("Issue 14: a database file's case; tst_cli_postgres covers what a server database holds");
    const QString db = path(QStringLiteral("damaged.sqlite"));
    qint64 auditPage = 0;
    int pageSize = 0;
    {
        auto opened = test::openFile(db);
        auditPage = sql::scalar(opened->connection(), QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_log'"))
                        .value().toLongLong();
        pageSize = sql::scalar(opened->connection(), QStringLiteral("PRAGMA page_size")).value().toInt();
    }
    QVERIFY(auditPage > 1);
    QByteArray bytes = test::readAll(db);
    for (int i = 0; i < pageSize; ++i)
        bytes[(auditPage - 1) * pageSize + i] = char((i * 13) % 256);
    test::writeAll(db, bytes);
    const QByteArray before = test::fingerprint(db);

    const QString out = path(QStringLiteral("rescued.json"));
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("damaged.sqlite is damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Page %1").arg(auditPage)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("The export holds every record")), qPrintable(r.err));
    // The export is whole: the bundled dataset's resolutions are all in it.
    const QJsonObject exported = QJsonDocument::fromJson(test::readAll(out)).object();
    QCOMPARE(exported.value(QStringLiteral("resolutions")).toArray().size(),
             QJsonDocument::fromJson(bundledDatasetJson()).object().value(QStringLiteral("resolutions")).toArray().size());
    QCOMPARE(test::fingerprint(db), before);
}

void TestCli::unknownOption()
{
    const Run r = runApp({QStringLiteral("--frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
}

// Without --database the app keeps its database in the user's data folder (XDG_DATA_HOME on Linux):
// the first run creates the folder and the file and fills it with the bundled dataset; the next run
// opens the same file and finds the same records.
void TestCli::firstRunCreatesTheDatabaseInTheDataFolder()
{
    if (test::onServer()) // a case about a database *file* (its bytes, its folder)
        QSKIP("Issue 14: a database file's case; tst_cli_postgres covers what a server database holds");
    const QString data = path(QStringLiteral("xdg-data"));
    const QList<std::pair<QString, QString>> env{{QStringLiteral("XDG_DATA_HOME"), data},
                                                  {QStringLiteral("HOME"), path(QStringLiteral("home"))}};
    const QString expected = data + QStringLiteral("/SanctionsTracker/sanctions-tracker/sanctions-tracker.sqlite");
    QVERIFY(!QFile::exists(expected));
    const Run first = runApp({QStringLiteral("--export"), path(QStringLiteral("first.json"))}, 120000, env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(QFile::exists(expected), qPrintable(expected));
    QCOMPARE(test::readAll(path(QStringLiteral("first.json"))), bundledDatasetJson());
    const QByteArray stored = test::fingerprint(expected);
    const Run second = runApp({QStringLiteral("--export"), path(QStringLiteral("second.json"))}, 120000, env);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(test::readAll(path(QStringLiteral("second.json"))), bundledDatasetJson());
    QCOMPARE(test::fingerprint(expected), stored); // opened, not filled a second time
}

// A database file that cannot be created (its folder does not exist, or the path is a folder) is
// refused with a message naming it, and nothing is left behind: no empty file, no -wal or -shm.
void TestCli::aNewDatabaseThatCannotBeCreatedLeavesNoFile()
{
    if (test::onServer()) // a case about a database *file* (its bytes, its folder)
        QSKIP("Issue 14: a database file's case; tst_cli_postgres covers what a server database holds");
    const QString missingFolder = path(QStringLiteral("no-such-folder/new.sqlite"));
    const Run r = runApp({QStringLiteral("--database"), missingFolder, QStringLiteral("--export"), QStringLiteral("-")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("new.sqlite")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));

    const QString folder = path(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    const Run f = runApp({QStringLiteral("--database"), folder, QStringLiteral("--export"), QStringLiteral("-")});
    QVERIFY(f.exitCode != 0);
    QVERIFY2(f.err.contains(QStringLiteral("a-folder")), qPrintable(f.err));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("-shm")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
