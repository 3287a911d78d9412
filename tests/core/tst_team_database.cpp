// A team database on PostgreSQL (issue 14): the address form, and — in the run labelled postgres,
// against the server scripts/test.sh starts — the same schema from the one list of steps, the same
// search results as SQLite's FTS5, one writer at a time, and a foreign database left alone.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/BrowserRepository.h"
#include "storage/Migrator.h"
#include "storage/ResolutionRepository.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "synthetic/SyntheticDataset.h"

#include <QRegularExpression>

using namespace st;

namespace {

#define ST_NEEDS_SERVER()                                                                                        \
    if (!test::onServer())                                                                                           \
        QSKIP("Issue 14: runs against PostgreSQL in tst_team_database_postgres (scripts/test.sh starts the server)")

QStringList firstColumn(const Database &db, const QString &statement, const QVariantList &values = {})
{
    auto rows = sql::collect(db.connection(), statement, values, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!rows)
        qFatal("%s", qPrintable(rows.error().fullText()));
    return rows.value();
}

// Table -> its columns in order, as the engine's catalogue gives them. FTS5 keeps its index in shadow
// tables (resolution_text_data, ...) that are SQLite's machinery, not the app's rows.
QMap<QString, QStringList> layoutOf(const Database &db)
{
    static const QRegularExpression fts5Shadow(QStringLiteral("_text_(data|idx|docsize|config|content)$"));
    const SqlDialect &dialect = dialectOf(db.connection());
    QMap<QString, QStringList> layout;
    for (const QString &table : firstColumn(db, dialect.rowTableNames())) {
        if (!fts5Shadow.match(table).hasMatch())
            layout.insert(table, firstColumn(db, dialect.columnNames(), {table}));
    }
    return layout;
}

QStringList symbolsInOrder(const Database &db, const QList<qint64> &ids)
{
    QHash<qint64, QString> symbolOf;
    const auto summaries = ResolutionRepository(db.connection()).summaries(); // kept: value() is a reference into it
    for (const ResolutionSummary &s : summaries.value())
        symbolOf.insert(s.id, s.symbol);
    QStringList out;
    for (qint64 id : ids)
        out << symbolOf.value(id);
    return out;
}

QString addressWith(const QString &address, const QString &setting)
{
    return address + (address.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) + setting;
}

// SQLite's database with the bundled dataset: the reference the server's answers are compared with.
std::unique_ptr<Database> sqliteReference()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    if (!db || !loadBundledDataset(*db.value()))
        qFatal("cannot make the SQLite reference");
    return std::move(db).value();
}

} // namespace

class TestTeamDatabase : public QObject {
    Q_OBJECT
private slots:
    void readsAnAddress();
    void refusesAPasswordOrAnUnknownSetting();
    void createsTheSameSchemaFromTheSameSteps();
    void findsWhatFts5Finds_data();
    void findsWhatFts5Finds();
    void cleanupTestCase();
    void sortsAsSqliteSorts();
    void letsOneWriterAtATime();
    void nestsTransactionsAsSavepoints();
    void readModifyWriteJoinsTheTransactionItIsIn();
    void transactionOnAClosedConnectionSaysSo();
    void leavesAForeignDatabaseAlone();
    void honoursSslmode();
    void appFillsANewServerDatabaseAsAFile();
    void generatesTheSameSyntheticDataAsAFile();
    void answersSqlitesOwnQuestionsHarmlessly();

private:
    std::unique_ptr<Database> m_server; // both with the bundled dataset, shared by the search rows
    std::unique_ptr<Database> m_sqlite;
};

void TestTeamDatabase::cleanupTestCase()
{
    m_server.reset();
    m_sqlite.reset();
}

void TestTeamDatabase::readsAnAddress()
{
    auto a = parseServerAddress(QStringLiteral("postgresql://analyst@db.example.org:6543/sanctions?sslmode=verify-full"));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().fullText()));
    QCOMPARE(a.value().user, QStringLiteral("analyst"));
    QCOMPARE(a.value().host, QStringLiteral("db.example.org"));
    QCOMPARE(a.value().port, 6543);
    QCOMPARE(a.value().database, QStringLiteral("sanctions"));
    QVERIFY(a.value().connectOptions.contains(QStringLiteral("sslmode='verify-full'")));
    QVERIFY(a.value().connectOptions.contains(QStringLiteral("connect_timeout='10'")));
    // A statement to a server the network no longer reaches fails in 20 s, not the kernel's ~15 min.
    QVERIFY(a.value().connectOptions.contains(QStringLiteral("tcp_user_timeout='20000'")));
    auto patient = parseServerAddress(QStringLiteral("postgresql://analyst@db.example.org/sanctions?tcp_user_timeout=60000"));
    QVERIFY(patient.ok());
    QCOMPARE(patient.value().connectOptions.filter(QStringLiteral("tcp_user_timeout")),
             QStringList{QStringLiteral("tcp_user_timeout='60000'")});

    // A socket folder as host, and libpq's defaults for what is left out.
    auto local = parseServerAddress(QStringLiteral("postgres:///team?host=%2Frun%2Fpostgresql"));
    QVERIFY(local.ok());
    QCOMPARE(local.value().host, QStringLiteral("/run/postgresql"));
    QCOMPARE(local.value().user, QString());
    QCOMPARE(local.value().port, -1);
    QCOMPARE(local.value().display(), QStringLiteral("postgresql:///team?host=/run/postgresql"));

    QVERIFY(isServerAddress(QStringLiteral("postgresql://h/d")));
    QVERIFY(!isServerAddress(QStringLiteral("/home/analyst/postgresql.sqlite")));
}

void TestTeamDatabase::refusesAPasswordOrAnUnknownSetting()
{
    for (const char *text : {"postgresql://analyst:secret@host/db", "postgresql://analyst@host/db?password=secret"}) {
        auto a = parseServerAddress(QString::fromLatin1(text));
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(QLatin1String("~/.pgpass")), qPrintable(a.error().message));
    }
    auto unknown = parseServerAddress(QStringLiteral("postgresql://host/db?sslmod=require"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("sslmod")));
    auto port = parseServerAddress(QStringLiteral("postgresql://host:99999/db"));
    QVERIFY(!port.ok());
    QVERIFY(port.error().message.contains(QLatin1String("99999")));
    // Through Database::open as well: nothing is tried with a refused address.
    auto db = Database::open(QStringLiteral("postgresql://analyst:secret@host/db"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::InvalidInput);
}

void TestTeamDatabase::createsTheSameSchemaFromTheSameSteps()
{
    ST_NEEDS_SERVER();
    auto server = test::openMemory(true);
    QCOMPARE(schemaVersion(server->connection()).value(), latestSchemaVersion());
    QCOMPARE(server->migration().fromVersion, 0);

    // Bypass openMemory's server choice: the reference is SQLite's own schema.
    auto sqlite = Database::open(QStringLiteral(":memory:"));
    QVERIFY(sqlite.ok());
    const auto expected = layoutOf(*sqlite.value());
    const auto actual = layoutOf(*server);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(actual.value(it.key()), it.value());

    // Opened again, the database is known and up to date: nothing to migrate, nothing loaded twice.
    const QString address = server->path();
    server.reset();
    auto again = Database::open(address);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().fullText()));
    QVERIFY(!again.value()->isNew());
    QCOMPARE(again.value()->migration().fromVersion, latestSchemaVersion());
}

void TestTeamDatabase::findsWhatFts5Finds_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"petroleum", "refined petroleum", "cap", "nuclear", "missile launch", "S/RES/2397",
                             "2397", "panel", "coal iron", "seafood", "joint venture", "Kim", "satellite", "veto",
                             "ban", "luxury", "zz", "éxport", "crude oil"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestTeamDatabase::findsWhatFts5Finds()
{
    ST_NEEDS_SERVER();
    QFETCH(QString, text);
    if (!m_server) {
        m_server = test::openMemory();
        m_sqlite = sqliteReference();
    }
    Database *server = m_server.get();
    Database *sqlite = m_sqlite.get();

    ResolutionFilter resolutions;
    resolutions.search = text;
    const auto serverIds = BrowserRepository(server->connection()).resolutionIds(resolutions, ResolutionSortKey::Date);
    const auto onFile = BrowserRepository(sqlite->connection()).resolutionIds(resolutions, ResolutionSortKey::Date);
    QVERIFY(serverIds.ok() && onFile.ok());
    QCOMPARE(symbolsInOrder(*server, serverIds.value()), symbolsInOrder(*sqlite, onFile.value()));

    MeasureFilter measures;
    measures.search = text;
    const auto serverMeasures = BrowserRepository(server->connection()).measureIds(measures, MeasureSortKey::Resolution);
    const auto fileMeasures = BrowserRepository(sqlite->connection()).measureIds(measures, MeasureSortKey::Resolution);
    QVERIFY(serverMeasures.ok() && fileMeasures.ok());
    // The same data loaded in the same order: the same ids.
    QCOMPARE(serverMeasures.value(), fileMeasures.value());
}

void TestTeamDatabase::sortsAsSqliteSorts()
{
    ST_NEEDS_SERVER();
    auto server = test::openMemory();
    auto sqlite = sqliteReference();
    for (ResolutionSortKey key : {ResolutionSortKey::Title, ResolutionSortKey::Date, ResolutionSortKey::StatusCode,
                                  ResolutionSortKey::Kind, ResolutionSortKey::Vote, ResolutionSortKey::ChapterVii,
                                  ResolutionSortKey::Measures, ResolutionSortKey::Triggers}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const auto a = BrowserRepository(server->connection()).resolutionIds({}, key, order);
            const auto b = BrowserRepository(sqlite->connection()).resolutionIds({}, key, order);
            QVERIFY2(a.ok() && b.ok(), "both engines answer");
            QCOMPARE(symbolsInOrder(*server, a.value()), symbolsInOrder(*sqlite, b.value()));
        }
    }
    // The measures view's keys, those with empty values (cap, end date) among them: the same data loaded
    // the same way has the same ids, so the id lists compare directly.
    for (MeasureSortKey key : {MeasureSortKey::Resolution, MeasureSortKey::State, MeasureSortKey::Type, MeasureSortKey::Action,
                               MeasureSortKey::Cap, MeasureSortKey::EffectiveFrom, MeasureSortKey::EffectiveTo,
                               MeasureSortKey::Description}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const auto a = BrowserRepository(server->connection()).measureIds({}, key, order);
            const auto b = BrowserRepository(sqlite->connection()).measureIds({}, key, order);
            QVERIFY2(a.ok() && b.ok(), "both engines answer");
            QVERIFY2(a.value() == b.value(), qPrintable(QStringLiteral("measure sort key %1, order %2").arg(int(key)).arg(int(order))));
        }
    }
    auto states = BrowserRepository(server->connection()).states();
    auto fileStates = BrowserRepository(sqlite->connection()).states();
    QCOMPARE(states.value().size(), fileStates.value().size());
    for (qsizetype i = 0; i < states.value().size(); ++i)
        QCOMPARE(states.value()[i].code, fileStates.value()[i].code);
}

void TestTeamDatabase::letsOneWriterAtATime()
{
    ST_NEEDS_SERVER();
    auto first = test::openMemory(true);
    auto second = Database::open(first->path());
    QVERIFY(second.ok());
    Transaction holding(*first, Transaction::ReadModifyWrite);
    QVERIFY(holding.began().ok());
    int waits = 0;
    const WriteWait shortWait{400, [&waits] { ++waits; }};
    Transaction refused(second.value()->connection(), Transaction::ReadModifyWrite, shortWait);
    QVERIFY(!refused.began().ok());
    QVERIFY2(refused.began().error().message.contains(QLatin1String("second")), qPrintable(refused.began().error().message));
    QCOMPARE(waits, 1);
    QVERIFY(holding.commit().ok());
    Transaction next(second.value()->connection(), Transaction::ReadModifyWrite, shortWait);
    QVERIFY(next.began().ok());
}

void TestTeamDatabase::nestsTransactionsAsSavepoints()
{
    ST_NEEDS_SERVER();
    auto db = test::openMemory(true);
    const QString insert = QStringLiteral("INSERT INTO states(code, name) VALUES (?, ?)");
    {
        Transaction outer(*db);
        QVERIFY(sql::exec(db->connection(), insert, {QStringLiteral("AAA"), QStringLiteral("Kept")}).ok());
        {
            Transaction inner(*db); // a savepoint: rolled back alone
            QVERIFY(inner.began().ok());
            QVERIFY(sql::exec(db->connection(), insert, {QStringLiteral("BBB"), QStringLiteral("Dropped")}).ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(firstColumn(*db, QStringLiteral("SELECT code FROM states ORDER BY code")), QStringList{QStringLiteral("AAA")});
}

// Both engines: a ReadModifyWrite guard opened inside a transaction (an import calling a repository
// that guards its own rows) joins it; its commit decides nothing, the outer transaction does.
void TestTeamDatabase::readModifyWriteJoinsTheTransactionItIsIn()
{
    auto db = test::openMemory(true);
    const QString insert = QStringLiteral("INSERT INTO states(code, name) VALUES (?, ?)");
    const QString codes = QStringLiteral("SELECT code FROM states ORDER BY code");
    {
        Transaction outer(*db);
        CHECK_OK(outer.began());
        CHECK_OK(sql::exec(db->connection(), insert, {QStringLiteral("AAA"), QStringLiteral("Outer")}));
        {
            Transaction joined(*db, Transaction::ReadModifyWrite);
            CHECK_OK(joined.began());
            CHECK_OK(sql::exec(db->connection(), insert, {QStringLiteral("BBB"), QStringLiteral("Joined")}));
            CHECK_OK(joined.commit());
        }
        // Still the outer transaction's: both rows are there for it, and nothing is committed yet.
        QCOMPARE(firstColumn(*db, codes), (QStringList{QStringLiteral("AAA"), QStringLiteral("BBB")}));
    } // rolled back: the joined guard's commit did not commit
    QCOMPARE(firstColumn(*db, codes), QStringList());
    {
        Transaction outer(*db);
        {
            Transaction joined(*db, Transaction::ReadModifyWrite);
            CHECK_OK(joined.began());
            CHECK_OK(sql::exec(db->connection(), insert, {QStringLiteral("CCC"), QStringLiteral("Joined")}));
        } // no commit of its own: nothing undone either, the outer one decides
        CHECK_OK(outer.commit());
    }
    QCOMPARE(firstColumn(*db, codes), QStringList{QStringLiteral("CCC")});
}

// A connection that runs no statement at all (closed under the guard): both kinds of guard say the
// database cannot be changed, commit() repeats that, and nothing is written.
void TestTeamDatabase::transactionOnAClosedConnectionSaysSo()
{
    if (test::onServer())
        QSKIP("Not a failure on a server: there a closed connection is opened again (issue 14, tested in tst_connection_loss_postgres)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = test::openFile(dir.filePath(QStringLiteral("closed.sqlite")), true);
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM states) || ' ' || (SELECT count(*) FROM audit_log)");
    const QStringList before = firstColumn(*db, counts);
    QSqlDatabase connection = db->connection();
    connection.close();
    {
        Transaction write(connection, Transaction::ReadModifyWrite, WriteWait{});
        QVERIFY(!write.began());
        QCOMPARE(write.began().error().code, Error::Code::Storage);
        QCOMPARE(write.began().error().message, QStringLiteral("The database cannot be changed."));
        const Status committed = write.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().message, write.began().error().message);
    }
    {
        Transaction plain(connection);
        QVERIFY(!plain.began());
        QCOMPARE(plain.began().error().code, Error::Code::Storage);
        QVERIFY(!plain.commit());
    }
    QVERIFY(connection.open()); // the same file again: nothing was written to it
    QCOMPARE(firstColumn(*db, counts), before);
}

void TestTeamDatabase::leavesAForeignDatabaseAlone()
{
    ST_NEEDS_SERVER();
    auto mine = test::openMemory(true);
    const QString address = mine->path();
    mine.reset();
    // Another application's database: drop our stamp and add its own table (a raw connection).
    {
        auto other = Database::open(address);
        QVERIFY(other.ok());
        QVERIFY(sql::exec(other.value()->connection(), QStringLiteral("DROP TABLE sanctions_tracker_schema")).ok());
    }
    auto refused = Database::open(address);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotADatabase);
    QVERIFY2(refused.error().message.contains(QLatin1String("another application")), qPrintable(refused.error().message));
}

void TestTeamDatabase::honoursSslmode()
{
    ST_NEEDS_SERVER();
    // The throwaway cluster listens on a unix socket, where libpq uses no TLS whatever the mode; that
    // the setting reaches libpq shows in its verdict on a mode it does not know, and in a known one
    // being accepted.
    const QString address = test::freshServerDatabase();
    auto unknown = Database::open(addressWith(address, QStringLiteral("sslmode=always")));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().detail.contains(QLatin1String("sslmode")), qPrintable(unknown.error().fullText()));
    QVERIFY2(unknown.error().message.contains(QLatin1String("Cannot connect")), qPrintable(unknown.error().message));
    auto preferred = Database::open(addressWith(address, QStringLiteral("sslmode=prefer")));
    QVERIFY2(preferred.ok(), qPrintable(preferred.ok() ? QString() : preferred.error().fullText()));
}

void TestTeamDatabase::appFillsANewServerDatabaseAsAFile()
{
    ST_NEEDS_SERVER();
    // The app given an empty server database creates the schema and loads the bundled dataset, as it
    // does for a new file; both then export the same bytes, the server also when opened again.
    QTemporaryDir dir;
    const QString server = test::freshServerDatabase();
    const QString file = dir.filePath(QStringLiteral("analyst.sqlite"));
    for (const QString &database : {server, file, server}) {
        const test::AppRun run = test::runApp({QStringLiteral("-d"), database, QStringLiteral("--export"),
                                               dir.filePath(database == file ? QStringLiteral("file.json")
                                                                             : QStringLiteral("server.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QByteArray fromServer = test::readAll(dir.filePath(QStringLiteral("server.json")));
    QVERIFY(fromServer.contains("S/RES/2397 (2017)"));
    QCOMPARE(fromServer, test::readAll(dir.filePath(QStringLiteral("file.json"))));
}

// The dialect's answers to what only SQLite's code paths ask (a journal mode, the schema cookie, the
// hidden row key, a database-qualified table name): none of those paths runs on a team database today,
// but the answers must do no harm if one does — nothing to run where SQLite runs a pragma, and names
// the server accepts.
void TestTeamDatabase::answersSqlitesOwnQuestionsHarmlessly()
{
    ST_NEEDS_SERVER();
    const auto db = test::openMemory();
    const SqlDialect &dialect = dialectOf(db->connection());
    QVERIFY(dialect.concurrentReadersJournal().isEmpty()); // MVCC: readers never wait for a writer
    QVERIFY(dialect.readSchemaCookie().isEmpty());
    QVERIFY(dialect.writeSchemaCookie(41).isEmpty());
    const auto scalar = [&db](const QString &statement) {
        auto v = sql::scalar(db->connection(), statement);
        if (!v)
            qFatal("%s: %s", qPrintable(statement), qPrintable(v.error().fullText()));
        return v.value();
    };
    // The row key is the primary key every table of ours has: it finds each resolution once.
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT %1) FROM resolutions").arg(dialect.rowKey())).toInt(),
             scalar(QStringLiteral("SELECT count(*) FROM resolutions")).toInt());
    // A stored table is named plainly: the database's own rows, beside a connection table of another name.
    // (Unlike SQLite's main., a plain name would find a connection table of the same name first — pg_temp
    // leads the search path — so this holds while connection tables have names of their own, as they do.)
    QVERIFY(sql::exec(db->connection(), dialect.createConnectionTable(QStringLiteral("st_test_scratch"), QStringLiteral("x integer"))).ok());
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(dialect.storedTable(QStringLiteral("resolutions")))).toInt() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(dialect.connectionTable(QStringLiteral("st_test_scratch")))).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
// --generate-synthetic on a team database: it once ended with FTS5's 'optimize' command, which the
// server refused, so nothing was generated there. The same seed makes the same data on both engines,
// and the server's search finds it.
void TestTeamDatabase::generatesTheSameSyntheticDataAsAFile()
{
    ST_NEEDS_SERVER();
    const SyntheticOptions options{40, 6, 1718};
    auto server = test::openMemory(true);
    auto file = Database::open(QStringLiteral(":memory:"));
    QVERIFY(file.ok());
    const auto onServer = generateSyntheticDataset(*server, options);
    QVERIFY2(onServer.ok(), qPrintable(onServer.ok() ? QString() : onServer.error().fullText()));
    const auto onFile = generateSyntheticDataset(*file.value(), options);
    QVERIFY(onFile.ok());
    QCOMPARE(onServer.value().resolutions, 40);
    QCOMPARE(onServer.value().resolutions, onFile.value().resolutions);
    QCOMPARE(onServer.value().measures, onFile.value().measures);
    QCOMPARE(onServer.value().triggerEvents, onFile.value().triggerEvents);
    QCOMPARE(sql::scalar(server->connection(), QStringLiteral("SELECT count(*) FROM measures")).value().toLongLong(),
             qint64(onFile.value().measures));

    ResolutionFilter all;
    all.search = QStringLiteral("sanctions");
    const auto found = BrowserRepository(server->connection()).resolutionIds(all, ResolutionSortKey::Date);
    const auto foundOnFile = BrowserRepository(file.value()->connection()).resolutionIds(all, ResolutionSortKey::Date);
    QVERIFY(found.ok() && foundOnFile.ok());
    QVERIFY(!found.value().isEmpty());
    QCOMPARE(found.value().size(), foundOnFile.value().size());
}

#include "tst_team_database.moc"
