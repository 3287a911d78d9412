// --copy-to / --copy-from (issue 14 item 6): a whole database moved between a file and a team
// database on PostgreSQL, end to end through the built binary. The server cases run in
// tst_engine_copy_postgres against the cluster scripts/test.sh starts; the usage errors and the file
// to file copies run everywhere.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/DatabaseCopy.h"
#include "storage/Sql.h"

#include <QSqlRecord>

using namespace st;

namespace {

#define ST_NEEDS_SERVER()                                                                                        \
    if (!test::onServer())                                                                                       \
        QSKIP("Issue 14: copies to and from PostgreSQL run in tst_engine_copy_postgres (scripts/test.sh starts "     \
              "the server)")

const QString kUnList = QStringLiteral(ST_TEST_DATA_DIR "/designations/un-consolidated-list-2024-09-26.xml");

QStringList args(std::initializer_list<QString> list) { return QStringList(list); }

// Every row of every table that matters, as text in key order: the audit log, the UN list's details
// and the import log included (the JSON export leaves those out).
QStringList rowsOf(const QString &where, const QString &table)
{
    auto db = Database::open(where, OpenOptions{true, QStringLiteral("tester"), {}});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(where), qPrintable(db.error().fullText()));
    auto rows = sql::collect(db.value()->connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table), {},
                             [](const QSqlQuery &q) {
                                 QStringList cells;
                                 for (int i = 0; i < q.record().count(); ++i)
                                     cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                                 return cells.join(QLatin1Char('|'));
                             });
    if (!rows)
        qFatal("%s", qPrintable(rows.error().fullText()));
    return rows.value();
}

} // namespace

class TestEngineCopy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBadUsage_data();
    void refusesBadUsage();
    void copiesAFileWhole();
    void refusesATargetWithDataUnlessOverwrite();
    void copiesAllOrNothing();
    void copiesToTheServerAndBack();
    void refusesAServerTargetWithDataAndRollsBackAFailure();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray exportOf(const QString &where);

    QTemporaryDir m_dir;
    QString m_source; // the bundled dataset, the real UN list of 26 Sep 2024 and an edit
};

QByteArray TestEngineCopy::exportOf(const QString &where)
{
    static int n = 0;
    const QString out = path(QStringLiteral("export-%1.json").arg(++n));
    const test::AppRun run = test::runApp({QStringLiteral("-d"), where, QStringLiteral("--export"), out});
    if (run.exitCode != 0)
        qFatal("export of %s failed: %s", qPrintable(where), qPrintable(run.err));
    return test::readAll(out);
}

void TestEngineCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = path(QStringLiteral("analyst.sqlite"));
    const test::AppRun imported = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--import-un-list"), kUnList});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // A change after the import: the audit log holds more than the first load.
    auto db = test::openFile(m_source);
    QVERIFY(sql::exec(db->connection(), QStringLiteral("UPDATE resolutions SET note = 'checked by the team' WHERE number = 2397")).ok());
    // A measure whose lineage points at a measure with a larger id: the copy cannot simply go in id order.
    QVERIFY(sql::exec(db->connection(), QStringLiteral("UPDATE measures SET changes_measure_id = (SELECT max(id) FROM measures) "
                                                       "WHERE id = (SELECT min(id) FROM measures)")).ok());
}

void TestEngineCopy::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the address")
        << args({QStringLiteral("--copy-to"), QStringLiteral("postgresql://analyst:secret@db.example.org/team")})
        << QStringLiteral("~/.pgpass");
    QTest::newRow("bad port") << args({QStringLiteral("--copy-from"), QStringLiteral("postgresql://db.example.org:99999/team")})
                              << QStringLiteral("99999");
    QTest::newRow("unknown setting")
        << args({QStringLiteral("--copy-to"), QStringLiteral("postgresql://db.example.org/team?sslmod=require")})
        << QStringLiteral("sslmod");
    QTest::newRow("both ways") << args({QStringLiteral("--copy-to"), QStringLiteral("a.sqlite"), QStringLiteral("--copy-from"),
                                        QStringLiteral("b.sqlite")})
                               << QStringLiteral("together");
    QTest::newRow("overwrite alone") << args({QStringLiteral("--overwrite")}) << QStringLiteral("--overwrite");
    QTest::newRow("with another command")
        << args({QStringLiteral("--copy-to"), QStringLiteral("a.sqlite"), QStringLiteral("--export"), QStringLiteral("-")})
        << QStringLiteral("alone");
}

void TestEngineCopy::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const QByteArray before = test::fingerprint(m_source);
    const test::AppRun run = test::runApp(QStringList{QStringLiteral("-d"), m_source} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QCOMPARE(test::fingerprint(m_source), before);

    // A copy onto itself is refused before anything is opened.
    const test::AppRun itself = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), m_source});
    QCOMPARE(itself.exitCode, 2);
    QVERIFY2(itself.err.contains(QLatin1String("onto itself")), qPrintable(itself.err));
}

void TestEngineCopy::copiesAFileWhole()
{
    const QString copy = path(QStringLiteral("copy.sqlite"));
    const test::AppRun run = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("designations: ")), qPrintable(run.out));
    QCOMPARE(exportOf(copy), exportOf(m_source));
    for (const char *table : {"audit_log", "designation_details", "designation_aliases", "un_list_imports", "measure_disputes", "acts"}) {
        const QStringList rows = rowsOf(m_source, QString::fromLatin1(table));
        QVERIFY2(!rows.isEmpty(), table);
        QCOMPARE(rowsOf(copy, QString::fromLatin1(table)), rows);
    }
    // --copy-from the other way gives the same again; a missing source is not created.
    const QString back = path(QStringLiteral("back.sqlite"));
    const test::AppRun from = test::runApp({QStringLiteral("-d"), back, QStringLiteral("--copy-from"), copy});
    QVERIFY2(from.exitCode == 0, qPrintable(from.err));
    QCOMPARE(exportOf(back), exportOf(m_source));
    const QString nowhere = path(QStringLiteral("nowhere.sqlite"));
    const test::AppRun missing = test::runApp({QStringLiteral("-d"), path(QStringLiteral("x.sqlite")), QStringLiteral("--copy-from"), nowhere});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(nowhere));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.sqlite"))));
}

void TestEngineCopy::refusesATargetWithDataUnlessOverwrite()
{
    const QString target = path(QStringLiteral("busy.sqlite"));
    QVERIFY(test::runApp({QStringLiteral("-d"), target, QStringLiteral("--export"), path(QStringLiteral("bundled.json"))}).exitCode == 0);
    const QByteArray before = test::fingerprint(target);
    const test::AppRun refused = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), target});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("already holds data")) && refused.err.contains(QLatin1String("--overwrite")),
             qPrintable(refused.err));
    QCOMPARE(test::fingerprint(target), before);

    const test::AppRun replaced = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), target, QStringLiteral("--overwrite")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QCOMPARE(exportOf(target), exportOf(m_source));
    QCOMPARE(rowsOf(target, QStringLiteral("audit_log")), rowsOf(m_source, QStringLiteral("audit_log")));
}

void TestEngineCopy::copiesAllOrNothing()
{
    // An empty target that refuses the 100th measure (a trigger of its own): the copy stops there and
    // nothing of it stays, not even the rows of the tables copied before.
    const QString target = path(QStringLiteral("picky.sqlite"));
    {
        auto db = test::openFile(target, true);
        QVERIFY(sql::exec(db->connection(), QStringLiteral("CREATE TRIGGER picky BEFORE INSERT ON measures WHEN NEW.id >= 100 "
                                                           "BEGIN SELECT RAISE(ABORT, 'no more measures here'); END")).ok());
    }
    const test::AppRun run = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no more measures here")) && run.err.contains(QLatin1String("nothing was copied")),
             qPrintable(run.err));
    for (const char *table : {"states", "resolutions", "measures", "audit_log"})
        QVERIFY2(rowsOf(target, QString::fromLatin1(table)).isEmpty(), table);
}

void TestEngineCopy::copiesToTheServerAndBack()
{
    ST_NEEDS_SERVER();
    const QString server = test::freshServerDatabase();
    const test::AppRun to = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), server});
    QVERIFY2(to.exitCode == 0, qPrintable(to.err));
    const QByteArray fromFile = exportOf(m_source);
    QVERIFY(fromFile.contains("\"designations\""));
    QCOMPARE(exportOf(server), fromFile);

    const QString back = path(QStringLiteral("from-server.sqlite"));
    const test::AppRun from = test::runApp({QStringLiteral("-d"), back, QStringLiteral("--copy-from"), server});
    QVERIFY2(from.exitCode == 0, qPrintable(from.err));
    QCOMPARE(exportOf(back), fromFile);
    for (const char *table : {"audit_log", "designation_details", "designation_aliases", "un_list_imports", "measures"}) {
        const QStringList rows = rowsOf(m_source, QString::fromLatin1(table));
        QCOMPARE(rowsOf(server, QString::fromLatin1(table)).size(), rows.size());
        QCOMPARE(rowsOf(back, QString::fromLatin1(table)), rows);
    }
    // File ▸ Save a Copy As… from a team window writes the same file.
    auto db = Database::open(server);
    QVERIFY(db.ok());
    const QString saved = path(QStringLiteral("saved-from-server.sqlite"));
    const Status copied = saveDatabaseCopy(*db.value(), saved);
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().fullText()));
    QCOMPARE(exportOf(saved), fromFile);
    QCOMPARE(rowsOf(saved, QStringLiteral("audit_log")), rowsOf(m_source, QStringLiteral("audit_log")));
    // New rows on the server take ids after the copied ones.
    auto id = sql::returningId(db.value()->connection(),
                               QStringLiteral("INSERT INTO states(code, name) VALUES ('ZZZ', 'Test') RETURNING id"), {});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
    QVERIFY(id.value() > rowsOf(m_source, QStringLiteral("states")).size());
}

void TestEngineCopy::refusesAServerTargetWithDataAndRollsBackAFailure()
{
    ST_NEEDS_SERVER();
    const QString server = test::freshServerDatabase();
    const QByteArray bundled = exportOf(server); // the app fills a new server database with the bundled data
    const test::AppRun refused = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), server});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("already holds data")), qPrintable(refused.err));
    QCOMPARE(exportOf(server), bundled);

    // With --overwrite but a rule of the server's that refuses a measure: the old rows stay.
    {
        auto db = Database::open(server);
        QVERIFY(db.ok());
        QVERIFY(sql::exec(db.value()->connection(),
                          QStringLiteral("ALTER TABLE measures ADD CONSTRAINT picky CHECK (id < 100) NOT VALID")).ok());
    }
    const test::AppRun failed = test::runApp({QStringLiteral("-d"), m_source, QStringLiteral("--copy-to"), server, QStringLiteral("--overwrite")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QLatin1String("picky")), qPrintable(failed.err));
    QCOMPARE(exportOf(server), bundled);
}

QTEST_GUILESS_MAIN(TestEngineCopy)
#include "tst_engine_copy.moc"
