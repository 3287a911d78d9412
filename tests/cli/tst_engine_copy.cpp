// --copy-to / --copy-from (issue 14 item 6): a whole database moved between a file and a team
// database on PostgreSQL, end to end through the built binary. The server cases run in
// tst_engine_copy_postgres against the cluster scripts/test.sh starts; the usage errors and the file
// to file copies run everywhere.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/DatabaseCopy.h"
#include "storage/EngineCopy.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

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

// Every table the copy writes with its row count, "table n": what a refused copy leaves as it was.
QStringList countsOf(const Database &db)
{
    const QSqlDatabase c = db.connection();
    const auto tables = sql::collect(c, dialectOf(c).copiedTableNames(), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!tables)
        qFatal("%s", qPrintable(tables.error().fullText()));
    QStringList out;
    for (const QString &table : tables.value())
        out << table + QLatin1Char(' ') + sql::scalar(c, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value().toString();
    out.sort();
    return out;
}

// A small source: an empty database with one state.
std::unique_ptr<Database> oneStateSource(const QTemporaryDir &dir)
{
    auto source = test::openFile(dir.filePath(QStringLiteral("source.sqlite")), true);
    if (!sql::exec(source->connection(), QStringLiteral("INSERT INTO states(code, name) VALUES ('AAA', 'Source')")))
        qFatal("cannot add the source's state");
    return source;
}

qint64 rowsIn(const QStringList &counts)
{
    qint64 n = 0;
    for (const QString &line : counts)
        n += line.section(QLatin1Char(' '), 1).toLongLong();
    return n;
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
    void refusesDatabasesThatDoNotMatch_data();
    void refusesDatabasesThatDoNotMatch();
    void refusesATargetWithDataNamingItAndItsRows();
    void refusesACopyThatComesOutDifferent();
    void waitsForAnotherWriterThenGivesUp();
    void copiesLineageThatLoops();

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

void TestEngineCopy::refusesDatabasesThatDoNotMatch_data()
{
    QTest::addColumn<QStringList>("sourceChange");
    QTest::addColumn<QStringList>("targetChange");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("detail");
    QTest::newRow("another schema") << QStringList() << QStringList{QStringLiteral("PRAGMA user_version = 3")}
                                    << QStringLiteral("%1 is at schema %3 and %2 at schema 3; open both with this version of the app first.")
                                    << QString();
    QTest::newRow("another table") << QStringList()
                                   << QStringList{QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")}
                                   << QStringLiteral("The two databases do not have the same tables; open both with this version of the app first.")
                                   << QStringLiteral(" notes ");
    QTest::newRow("another column") << QStringList() << QStringList{QStringLiteral("ALTER TABLE acts ADD COLUMN remark TEXT")}
                                    << QStringLiteral("The table acts has different columns in the two databases; open both with this "
                                                      "version of the app first.")
                                    << QString();
    // Two tables that point at each other, the first by name without an id: its rows could not be
    // linked once the other table's rows exist, so the plan is refused before anything is written.
    const QStringList loop{QStringLiteral("CREATE TABLE zz_a_notes(title TEXT UNIQUE, link_id INTEGER REFERENCES zz_b_links(id))"),
                           QStringLiteral("CREATE TABLE zz_b_links(id INTEGER PRIMARY KEY, note TEXT REFERENCES zz_a_notes(title))")};
    QTest::newRow("a loop without ids") << loop << loop
                                        << QStringLiteral("The table zz_a_notes cannot be copied: it refers to rows copied after it and has no id.")
                                        << QString();
}

// Copied in process, file to file: a pair the copy cannot map row for row is refused with what differs,
// and neither database changes.
void TestEngineCopy::refusesDatabasesThatDoNotMatch()
{
    QFETCH(QStringList, sourceChange);
    QFETCH(QStringList, targetChange);
    QFETCH(QString, says);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = test::openFile(dir.filePath(QStringLiteral("source.sqlite")));
    auto target = test::openFile(dir.filePath(QStringLiteral("target.sqlite")), true);
    const int version = schemaVersion(source->connection()).value();
    for (const QString &statement : sourceChange)
        CHECK_OK(sql::exec(source->connection(), statement));
    for (const QString &statement : targetChange)
        CHECK_OK(sql::exec(target->connection(), statement));
    const QStringList sourceRows = countsOf(*source);
    const QStringList targetRows = countsOf(*target);

    const auto copied = copyWholeDatabase(*source, *target, ExistingRows::Replace);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, Error::Code::InvalidInput);
    if (says.contains(QLatin1String("%1")))
        says = says.arg(source->path(), target->path()).arg(version);
    QCOMPARE(copied.error().message, says);
    QVERIFY2(copied.error().detail.contains(detail), qPrintable(copied.error().detail));
    QCOMPARE(countsOf(*target), targetRows);
    QCOMPARE(countsOf(*source), sourceRows);
}

void TestEngineCopy::refusesATargetWithDataNamingItAndItsRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = oneStateSource(dir);
    auto target = test::openFile(dir.filePath(QStringLiteral("target.sqlite")));
    const QStringList held = countsOf(*target);
    const auto refused = copyWholeDatabase(*source, *target, ExistingRows::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message, QStringLiteral("%1 already holds data (%2 rows); nothing was copied and it was left unchanged.")
                                          .arg(target->path()).arg(rowsIn(held)));
    QCOMPARE(countsOf(*target), held);

    // Replace copies over it: the target then holds the source's rows alone.
    const auto replaced = copyWholeDatabase(*source, *target, ExistingRows::Replace);
    CHECK_OK(replaced);
    QCOMPARE(countsOf(*target), countsOf(*source));
    QCOMPARE(replaced.value().rows(), rowsIn(countsOf(*source)));
}

// A rule of the target that quietly drops rows: the counts taken after the copy differ, the copy says
// which table and how many, and it is rolled back whole.
void TestEngineCopy::refusesACopyThatComesOutDifferent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = test::openFile(dir.filePath(QStringLiteral("source.sqlite")));
    auto target = test::openFile(dir.filePath(QStringLiteral("target.sqlite")), true);
    CHECK_OK(sql::exec(target->connection(), QStringLiteral("CREATE TRIGGER shy AFTER INSERT ON acts BEGIN "
                                                            "DELETE FROM acts WHERE id = NEW.id; END")));
    const QStringList before = countsOf(*target);
    const qint64 acts = sql::scalar(source->connection(), QStringLiteral("SELECT count(*) FROM acts")).value().toLongLong();
    QVERIFY(acts > 0);
    const auto copied = copyWholeDatabase(*source, *target, ExistingRows::Refuse);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, Error::Code::Storage);
    QCOMPARE(copied.error().message,
             QStringLiteral("The copy of the table acts holds 0 rows where the source has %1; nothing was copied.").arg(acts));
    QCOMPARE(countsOf(*target), before);
}

// Another writer holds the target: the copy waits the target's write wait, then says why it gave up,
// and has written nothing.
void TestEngineCopy::waitsForAnotherWriterThenGivesUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = oneStateSource(dir);
    const QString targetPath = dir.filePath(QStringLiteral("target.sqlite"));
    auto target = test::openFile(targetPath, true);
    auto other = test::openFile(targetPath, true);
    int waited = 0;
    target->setWriteWait(WriteWait{1200, [&waited] { ++waited; }});
    const QStringList before = countsOf(*target);
    {
        Transaction holding(*other, Transaction::ReadModifyWrite);
        CHECK_OK(holding.began());
        const auto copied = copyWholeDatabase(*source, *target, ExistingRows::Refuse);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Storage);
        QVERIFY2(copied.error().message.contains(QLatin1String("kept writing to the database for more than 1 second")),
                 qPrintable(copied.error().message));
        QCOMPARE(waited, 1);
    }
    QCOMPARE(countsOf(*target), before);
    CHECK_OK(copyWholeDatabase(*source, *target, ExistingRows::Refuse)); // once the other writer is done
    QCOMPARE(countsOf(*target), countsOf(*source));
}

// Two measures that each change the other (no real data does): neither can go first, so both go in
// without the link and get it once every row is in.
void TestEngineCopy::copiesLineageThatLoops()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = test::openFile(dir.filePath(QStringLiteral("source.sqlite")));
    const QSqlDatabase from = source->connection();
    const qint64 first = sql::scalar(from, QStringLiteral("SELECT min(id) FROM measures")).value().toLongLong();
    const qint64 last = sql::scalar(from, QStringLiteral("SELECT max(id) FROM measures")).value().toLongLong();
    const QString link = QStringLiteral("UPDATE measures SET changes_measure_id = ? WHERE id = ?");
    CHECK_OK(sql::exec(from, link, {last, first}));
    CHECK_OK(sql::exec(from, link, {first, last}));
    auto target = test::openFile(dir.filePath(QStringLiteral("target.sqlite")), true);
    CHECK_OK(copyWholeDatabase(*source, *target, ExistingRows::Refuse));
    const QString lineage = QStringLiteral("SELECT id || ' ' || coalesce(changes_measure_id, '-') FROM measures ORDER BY id");
    const auto column = [&lineage](const Database &db) {
        return sql::collect(db.connection(), lineage, {}, [](const QSqlQuery &q) { return q.value(0).toString(); }).value();
    };
    const QStringList copied = column(*target);
    QCOMPARE(copied, column(*source));
    QVERIFY(copied.contains(QStringLiteral("%1 %2").arg(first).arg(last)));
    QVERIFY(copied.contains(QStringLiteral("%1 %2").arg(last).arg(first)));
    QCOMPARE(countsOf(*target), countsOf(*source));
}

QTEST_GUILESS_MAIN(TestEngineCopy)
#include "tst_engine_copy.moc"
