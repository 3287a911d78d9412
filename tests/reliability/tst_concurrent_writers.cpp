// Two writers on one database (issue 12, defects 3 and 9): an import takes the write lock before it
// reads what it reconciles against, waits for another writer with a message instead of failing at
// once, gives up with a clear sentence after its wait, and a reviewed UN list import is refused when
// the designations changed after the review. Two processes, or two connections.
#include "AppRunner.h"
#include "TestSupport.h"
#include "UnListTestData.h"

#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/Sql.h"
#include "designations/UnListImport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace st;
using test::runApp;

namespace {

std::unique_ptr<QProcess> startApp(const QStringList &args, int waitSeconds = -1)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (waitSeconds >= 0)
        env.insert(QStringLiteral("SANCTIONS_TRACKER_WRITE_WAIT"), QString::number(waitSeconds));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ST_APP_BINARY), args);
    if (!p->waitForStarted())
        qFatal("cannot start the app");
    return p;
}

// Reads the process's stderr until `text` shows up (true) or it ends or `ms` pass (false).
bool waitForError(QProcess &p, const QString &text, QByteArray &err, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        err += p.readAllStandardError();
        if (QString::fromUtf8(err).contains(text))
            return true;
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(200);
    }
    return false;
}

// The test's own connection: a second writer that holds the lock as long as the test wants.
class OtherWriter {
public:
    explicit OtherWriter(const QString &path) : m_name(QStringLiteral("other-writer"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~OtherWriter() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &statement) const { return QSqlQuery(connection()).exec(statement); }
    void close() const { connection().close(); }

private:
    QString m_name;
};

} // namespace

class TestConcurrentWriters : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void jsonImportWaitsForAnotherWriterThenSucceeds();
    void jsonImportGivesUpAfterItsWait();
    void unListImportReconcilesWhatAnotherWriterCommittedWhileItWaited();
    void twoUnListImportsAtOnceBothSucceed();
    void reviewedImportIsRefusedWhenDesignationsChangedAfterTheReview();
    void secondConnectionKeepsTheFirstOnesLock();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newDatabase(const QString &name)
    {
        const QString db = path(name);
        if (runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), path(name + QStringLiteral(".json"))}).exitCode != 0)
            qFatal("cannot create %s", qPrintable(db));
        return db;
    }
    QTemporaryDir m_dir;
};

void TestConcurrentWriters::jsonImportWaitsForAnotherWriterThenSucceeds()
{
    const QString db = newDatabase(QStringLiteral("wait.sqlite"));
    OtherWriter other(db);
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto app = startApp({QStringLiteral("--database"), db, QStringLiteral("--import"), db + QStringLiteral(".json")});
    QByteArray err;
    QVERIFY2(waitForError(*app, QStringLiteral("waiting for another Sanctions Tracker"), err), err.constData());
    QVERIFY(!app->waitForFinished(1500)); // still waiting, not failed
    QCOMPARE(app->state(), QProcess::Running);
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    QVERIFY(app->waitForFinished(60000));
    QCOMPARE(app->exitCode(), 0);
    QVERIFY(QString::fromUtf8(app->readAllStandardOutput()).contains(QStringLiteral("Imported")));
}

void TestConcurrentWriters::jsonImportGivesUpAfterItsWait()
{
    const QString db = newDatabase(QStringLiteral("busy.sqlite"));
    OtherWriter other(db);
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QByteArray before = test::fingerprint(db);
    auto app = startApp({QStringLiteral("--database"), db, QStringLiteral("--import"), db + QStringLiteral(".json")}, 1);
    QVERIFY(app->waitForFinished(60000));
    const QString err = QString::fromUtf8(app->readAllStandardError());
    QCOMPARE(app->exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("waiting for another Sanctions Tracker")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("kept writing to the database for more than 1 second")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("nothing was imported")), qPrintable(err));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(test::fingerprint(db), before);
}

// Defect 3: the import read the stored designations before its lock, so one committed meanwhile was
// neither reconciled nor reported ("removed: 0" instead of 1).
void TestConcurrentWriters::unListImportReconcilesWhatAnotherWriterCommittedWhileItWaited()
{
    const QString db = newDatabase(QStringLiteral("reconcile.sqlite"));
    {
        auto other = test::openFile(db);
        QVERIFY(sql::exec(other->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
        Designation d;
        d.referenceNumber = QStringLiteral("KPi.990");
        d.name = QStringLiteral("Added by the other writer");
        d.listedOn = QDate(2017, 6, 2);
        QVERIFY(DesignationRepository(other->connection()).upsert(d).ok());

        auto app = startApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), test::smallList()});
        QByteArray err;
        QVERIFY2(waitForError(*app, QStringLiteral("waiting for another Sanctions Tracker"), err), err.constData());
        QVERIFY(sql::exec(other->connection(), QStringLiteral("COMMIT")).ok());
        QVERIFY(app->waitForFinished(60000));
        const QString out = QString::fromUtf8(app->readAllStandardOutput());
        QCOMPARE(app->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("removed: 1\n")), qPrintable(out));
    }
    auto check = test::openFile(db);
    QVERIFY(sql::scalar(check->connection(),
                        QStringLiteral("SELECT delisted_on IS NOT NULL FROM designations WHERE reference_number = 'KPi.990'"))
                .value()
                .toBool());
}

// Before: a raw "UNIQUE constraint failed: designations.reference_number" in 4 of 6 runs.
void TestConcurrentWriters::twoUnListImportsAtOnceBothSucceed()
{
    for (int run = 0; run < 3; ++run) {
        const QString db = newDatabase(QStringLiteral("race%1.sqlite").arg(run));
        const QStringList args{QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), test::smallList()};
        auto first = startApp(args);
        auto second = startApp(args);
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
        const QString out1 = QString::fromUtf8(first->readAllStandardOutput());
        const QString out2 = QString::fromUtf8(second->readAllStandardOutput());
        const QString err = QString::fromUtf8(first->readAllStandardError() + second->readAllStandardError());
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(!err.contains(QStringLiteral("UNIQUE")), qPrintable(err));
        // One added the 11 records, the other found them all unchanged.
        QVERIFY2((out1.contains(QStringLiteral("added: 11\n")) && out2.contains(QStringLiteral("unchanged: 11\n")))
                     || (out2.contains(QStringLiteral("added: 11\n")) && out1.contains(QStringLiteral("unchanged: 11\n"))),
                 qPrintable(out1 + QStringLiteral("\n---\n") + out2));
    }
}

void TestConcurrentWriters::reviewedImportIsRefusedWhenDesignationsChangedAfterTheReview()
{
    const QString db = path(QStringLiteral("review.sqlite"));
    auto analyst = test::openFile(db);
    auto list = readUnListFile(test::smallList());
    QVERIFY(list.ok());
    auto review = UnListImport::prepare(*analyst, list.value(), QStringLiteral("un-list-small.xml"));
    QVERIFY(review.ok());
    QCOMPARE(review.value().summary().added, 11);

    // Meanwhile another Sanctions Tracker imports the same list.
    {
        auto script = test::openFile(db);
        QVERIFY(importUnListFile(*script, test::smallList()).ok());
    }
    const QVariant before = sql::scalar(analyst->connection(), QStringLiteral("SELECT count(*) FROM designations")).value();
    auto applied = review.value().apply(*analyst);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, Error::Code::Conflict);
    QVERIFY2(applied.error().message.contains(QStringLiteral("changed after this list was reviewed")),
             qPrintable(applied.error().message));
    QCOMPARE(sql::scalar(analyst->connection(), QStringLiteral("SELECT count(*) FROM designations")).value(), before);
}

// The escalation loader opens a second connection to the file the window has open. Opening it must not
// read the file through a descriptor of its own: closing that descriptor would drop the shared lock
// SQLite holds for the first connection (POSIX locks are per process), and another program could then
// switch the database out of WAL mode under the window — which the lock exists to prevent.
void TestConcurrentWriters::secondConnectionKeepsTheFirstOnesLock()
{
    const QString db = newDatabase(QStringLiteral("two-connections.sqlite"));
    const auto leaveWal = [&db] {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA journal_mode=DELETE;")});
        if (!sqlite.waitForFinished(30000))
            qFatal("sqlite3 did not finish");
        return QString::fromUtf8(sqlite.readAllStandardOutput() + sqlite.readAllStandardError()).trimmed();
    };
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    std::unique_ptr<Database> first = std::move(opened).value();
    const QString whileOpen = leaveWal();
    QVERIFY2(whileOpen.contains(QLatin1String("locked")), qPrintable(whileOpen));

    {
        auto second = Database::open(db);
        QVERIFY(second.ok());
        const QString withTwo = leaveWal();
        QVERIFY2(withTwo.contains(QLatin1String("locked")), qPrintable(withTwo));
    }
    // The second connection closed; the first still holds its lock and still reads in WAL mode.
    const QString afterSecond = leaveWal();
    QVERIFY2(afterSecond.contains(QLatin1String("locked")), qPrintable(afterSecond));
    QCOMPARE(sql::scalar(first->connection(), QStringLiteral("PRAGMA journal_mode")).value().toString(),
             QStringLiteral("wal"));
    first.reset();
    QCOMPARE(leaveWal(), QStringLiteral("delete")); // with no connection left, the switch goes through
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
