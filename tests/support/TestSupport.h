#pragma once

// Shared by the test executables: fresh databases and file fingerprints.
#include "interchange/BundledDataset.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/TriggerEventRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the error's full text when `result` (a Result or Status) holds an error.
// `result` is evaluated once: QVERIFY2 evaluates its description whether or not the check passes, so
// a call written there (a save, a filter change) would run two or three times.
#define CHECK_OK(result)                                                                                        \
    do {                                                                                                        \
        const auto &checkedResult_ = (result);                                                                  \
        if (!QTest::qVerify(checkedResult_.ok(), #result,                                                       \
                            qPrintable(checkedResult_.ok() ? QString() : checkedResult_.error().fullText()),   \
                            __FILE__, __LINE__))                                                                \
            return;                                                                                             \
    } while (false)

namespace st::test {

// The PostgreSQL server a run labelled `postgres` works against (scripts/test.sh starts a throwaway
// cluster and sets ST_TEST_DATABASE_URL to its maintenance database). Empty for the usual SQLite
// runs. A server run without the address fails here, loudly: it must never pass on SQLite instead.
inline QString serverUnderTest()
{
    const QString url = qEnvironmentVariable("ST_TEST_DATABASE_URL");
    if (url.isEmpty() && qEnvironmentVariableIsSet("ST_TEST_REQUIRE_SERVER")) {
        qFatal("This is a run against PostgreSQL (CTest label postgres), but ST_TEST_DATABASE_URL is not set. "
               "Run scripts/test.sh, which starts a throwaway cluster, or set it to a postgresql:// address where "
               "this user may create databases; ctest -LE postgres leaves these runs out.");
    }
    return url;
}

inline bool onServer() { return !serverUnderTest().isEmpty(); }

// Runs `statements` in the server under test's own database (the address's: the cluster's
// maintenance database), on a connection of their own; a failure is fatal.
inline void onCluster(const QStringList &statements)
{
    auto parsed = parseServerAddress(serverUnderTest());
    if (!parsed)
        qFatal("ST_TEST_DATABASE_URL: %s", qPrintable(parsed.error().fullText()));
    const ServerAddress &address = parsed.value();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("st-test-admin"));
        admin.setHostName(address.host);
        admin.setPort(address.port);
        admin.setDatabaseName(address.database);
        admin.setUserName(address.user);
        if (!admin.open())
            qFatal("cannot reach the test server %s: %s", qPrintable(address.display()), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("st-test-admin"));
}

// Who the audit log names for the changes a test makes: the app's user ("tester", as openMemory and
// openFile pass it) on a file; the login on a server, which takes no name from the client.
inline QString auditedUser()
{
    return onServer() ? parseServerAddress(serverUnderTest()).value().user : QStringLiteral("tester");
}

// A new, empty database on the server under test, named after this process; its address.
inline QString freshServerDatabase()
{
    static int s_made = 0;
    const QString name = QStringLiteral("st_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++s_made);
    // Our own name, never input; a left-over of an earlier run with the same pid goes first.
    onCluster({QStringLiteral("DROP DATABASE IF EXISTS ") + name, QStringLiteral("CREATE DATABASE ") + name});
    ServerAddress address = parseServerAddress(serverUnderTest()).value(); // read by onCluster already
    address.database = name;
    return address.display();
}

// A fresh database, migrated, with the bundled dataset unless `empty`: in memory, or a new database
// on the server under test.
inline std::unique_ptr<Database> openMemory(bool empty = false)
{
    const QString where = onServer() ? freshServerDatabase() : QStringLiteral(":memory:");
    auto db = Database::open(where, OpenOptions{false, QStringLiteral("tester")});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(where), qPrintable(db.error().fullText()));
    if (!empty) {
        auto loaded = loadBundledDataset(*db.value());
        if (!loaded)
            qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    }
    return std::move(db).value();
}

inline std::unique_ptr<Database> openFile(const QString &path, bool empty = false)
{
    auto db = Database::open(path, OpenOptions{false, QStringLiteral("tester")});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().fullText()));
    if (!empty && db.value()->isNew()) {
        auto loaded = loadBundledDataset(*db.value());
        if (!loaded)
            qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    }
    return std::move(db).value();
}

// SHA-256 of a file's bytes; empty when it does not exist.
inline QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The trigger events a resolution is linked to, in order: a save that keeps them passes them back.
inline QList<qint64> triggersOf(const Database &db, qint64 resolutionId)
{
    // Kept in a local: a range-for over a temporary Result's value() would outlive the Result.
    const auto events = TriggerEventRepository(db.connection()).forResolution(resolutionId);
    QList<qint64> ids;
    for (const TriggerEvent &e : events.value())
        ids << e.id;
    return ids;
}

} // namespace st::test
