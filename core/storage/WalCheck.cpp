#include "storage/WalCheck.h"

#include "storage/SqliteDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <optional>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::WalCheck) };

std::atomic<int> s_probes{0};

// What says which database a file is.
struct Identity {
    qint64 applicationId = 0;
    int schemaVersion = 0;
    QSet<QString> tables;
};

std::optional<Identity> identityOf(const QString &databaseName, const QString &options)
{
    const QString name = QStringLiteral("st-wal-probe-%1").arg(++s_probes);
    std::optional<Identity> identity;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (db.open()) {
            // A write-ahead log is SQLite's alone: this probe speaks SQLite whatever else is open.
            const SqliteDialect sqlite;
            QSqlQuery q(db);
            Identity id;
            bool ok = q.exec(sqlite.readApplicationId()) && q.next();
            if (ok)
                id.applicationId = q.value(0).toLongLong();
            ok = ok && q.exec(sqlite.readSchemaVersion()) && q.next();
            if (ok)
                id.schemaVersion = q.value(0).toInt();
            ok = ok && q.exec(sqlite.tableNames());
            while (ok && q.next())
                id.tables.insert(q.value(0).toString());
            if (ok)
                identity = id;
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

} // namespace

Status checkWalBelongs(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    // A -wal shorter than its 32-byte header holds no frame SQLite would replay.
    if (QFileInfo(wal).size() < 32)
        return {};
    const bool hadShm = QFileInfo::exists(shm);

    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const std::optional<Identity> alone =
        identityOf(uri + QStringLiteral("?immutable=1"), QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    const std::optional<Identity> withWal = identityOf(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!hadShm)
        QFile::remove(shm); // the read-only probe may have made one; leave the folder as it was
    if (!alone || !withWal || alone->tables.isEmpty())
        return {};

    const bool sameApplication = alone->applicationId == withWal->applicationId;
    const bool schemaNotOlder = withWal->schemaVersion >= alone->schemaVersion;
    const bool tablesKept = withWal->tables.contains(alone->tables);
    if (sameApplication && schemaNotOlder && tablesKept)
        return {};
    return Error{Error::Code::NotADatabase,
                 Tr::tr("%1 has a write-ahead log (%2) that belongs to another database: opening them together would "
                    "overwrite the database with the other one's pages. Both files were left as they were. Move "
                    "%2 away (keep it if it may hold recent changes of another database), then open %1 again.")
                     .arg(path, QFileInfo(wal).fileName())};
}

} // namespace st
