// A -wal file left beside our database by another database must not be replayed into it (issue 12,
// defect 5): the open is refused, both files stay byte for byte as they were, and the message says so.
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace st;

class TestStaleWal : public QObject {
    Q_OBJECT
private slots:
    void walOfAnotherDatabaseIsRefusedAndBothFilesKept();
    void ownWalAfterACrashIsReplayed();

private:
    QTemporaryDir m_dir;
};

namespace {

// A SQLite database in WAL mode whose -wal holds committed frames (its schema and rows), copied to
// `walCopy` while its connection is still open, as a crash would leave it.
void makeForeignWal(const QString &path, const QString &walCopy)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO photos (name) VALUES ('holiday')")));
        QFile::remove(walCopy);
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), walCopy));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

void TestStaleWal::walOfAnotherDatabaseIsRefusedAndBothFilesKept()
{
    const QString ours = m_dir.filePath(QStringLiteral("ours.sqlite"));
    test::openFile(ours); // ours, with the bundled dataset, closed cleanly (no -wal)
    QVERIFY(!QFile::exists(ours + QStringLiteral("-wal")));
    makeForeignWal(m_dir.filePath(QStringLiteral("photos.sqlite")), ours + QStringLiteral("-wal"));
    if (QTest::currentTestFailed())
        return;
    const QByteArray mainBefore = test::fingerprint(ours);
    const QByteArray walBefore = test::fingerprint(ours + QStringLiteral("-wal"));
    QVERIFY(!walBefore.isEmpty());

    auto db = Database::open(ours);
    QVERIFY(!db.ok());
    const QString message = db.error().message;
    QVERIFY2(message.contains(QStringLiteral("belongs to another database")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Both files were left as they were")), qPrintable(message));
    QCOMPARE(test::fingerprint(ours), mainBefore);
    QCOMPARE(test::fingerprint(ours + QStringLiteral("-wal")), walBefore);
    QVERIFY(!QFile::exists(ours + QStringLiteral("-shm")));

    // With the stray -wal moved away, the database opens with all its resolutions.
    QVERIFY(QFile::remove(ours + QStringLiteral("-wal")));
    auto reopened = Database::open(ours);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().fullText()));
    QVERIFY(sql::scalar(reopened.value()->connection(), QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt() > 10);
}

void TestStaleWal::ownWalAfterACrashIsReplayed()
{
    // Our own -wal (changes committed but not yet checkpointed, as after kill -9) must still be used.
    const QString ours = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    const QString savedWal = m_dir.filePath(QStringLiteral("crashed.wal"));
    {
        auto db = test::openFile(ours, true);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO states (code, name) VALUES ('ZZZ', 'Test state')")));
        QVERIFY(QFile::copy(ours + QStringLiteral("-wal"), savedWal));
        QVERIFY(QFile::copy(ours, m_dir.filePath(QStringLiteral("crashed.main"))));
    }
    // Put back the files as they were before the clean close checkpointed them.
    QVERIFY(QFile::remove(ours));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("crashed.main")), ours));
    QFile::remove(ours + QStringLiteral("-wal"));
    QVERIFY(QFile::copy(savedWal, ours + QStringLiteral("-wal")));

    auto db = Database::open(ours);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    QCOMPARE(sql::scalar(db.value()->connection(), QStringLiteral("SELECT name FROM states WHERE code = 'ZZZ'")).value().toString(),
             QStringLiteral("Test state"));
}

QTEST_GUILESS_MAIN(TestStaleWal)
#include "tst_stale_wal.moc"
