#include "storage/Database.h"

#include "common/Log.h"
#include "storage/AuditTrail.h"
#include "storage/ConnectionLoss.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"
#include "storage/WalCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlError>

#include <atomic>

namespace st {

namespace {

std::atomic<int> s_connections{0};

bool isInMemory(const QString &path) { return path == QLatin1String(":memory:"); }

// The database files this process has open, by canonical path, with how many connections each.
// A second connection to a file already open here (the escalation loader's worker thread) must not
// read the file through a descriptor of its own: POSIX drops every lock a process holds on a file when
// any one of its descriptors to that file is closed, so reading the header would silently release the
// shared lock SQLite holds for the first connection, and another process could then take the file out
// of WAL mode or delete the log under it. SQLite's own opens share one descriptor table and are safe;
// the checks below exist for files nobody here has opened yet, so an open file skips them.
struct OpenFiles {
    QMutex mutex;
    QHash<QString, int> connections;         // canonical path -> connections open to it
    QHash<QString, QString> fileOfConnection; // connection name -> canonical path
};
OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

bool isOpenHere(const QString &canonical)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    return files.connections.value(canonical) > 0;
}

void opened(const QString &connection, const QString &canonical)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    files.fileOfConnection.insert(connection, canonical);
    ++files.connections[canonical];
}

void closed(const QString &connection)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    const QString canonical = files.fileOfConnection.take(connection);
    if (!canonical.isEmpty() && --files.connections[canonical] <= 0)
        files.connections.remove(canonical);
}

// SQLite files start with this 16-byte header; anything else is refused before SQLite sees it.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io, QObject::tr("Cannot read the database file %1.").arg(path), file.errorString()};
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        return Error{Error::Code::NotADatabase,
                     QObject::tr("%1 is not a SQLite database file.").arg(QFileInfo(path).absoluteFilePath())};
    }
    return {};
}

// Why the first read of a file failed, in the user's terms: a lock or a read-only place is not damage.
Error unreadable(const QString &path, const QString &detail)
{
    if (detail.contains(QLatin1String("readonly")) || detail.contains(QLatin1String("read-only"))
        || detail.contains(QLatin1String("unable to open"))) {
        return Error{Error::Code::Io,
                     QObject::tr("%1 cannot be opened here: SQLite needs to write beside it (its -wal and -shm "
                                 "files) and the file or its folder is read-only. Copy it to a folder you can write "
                                 "to. It was left unchanged.")
                         .arg(path),
                     detail};
    }
    if (detail.contains(QLatin1String("locked")) || detail.contains(QLatin1String("busy"))) {
        return Error{Error::Code::Storage,
                     QObject::tr("%1 is locked by another program (perhaps another Sanctions Tracker in the middle "
                                 "of a change); try again when it has finished. It was left unchanged.")
                         .arg(path),
                     detail};
    }
    return Error{Error::Code::NotADatabase, QObject::tr("%1 is damaged or not a SQLite database.").arg(path), detail};
}

// Reads only, so that a foreign or newer file is refused without a byte written to it.
Status checkOwnership(const QSqlDatabase &db, const QString &path)
{
    // One read at a time, stopping at the first that fails: on a file another program holds locked,
    // each read waits the busy timeout, and three of them kept the user waiting nine seconds.
    auto appId = sql::scalar(db, dialectOf(db).readApplicationId());
    if (!appId)
        return unreadable(path, appId.error().detail);
    auto tables = sql::scalar(db, dialectOf(db).countSchemaObjects());
    if (!tables)
        return unreadable(path, tables.error().detail);
    auto version = schemaVersion(db);
    if (!version)
        return unreadable(path, version.error().detail);
    const bool empty = tables.value().toInt() == 0 && version.value() == 0;
    if (!empty && appId.value().toInt() != kApplicationId && isServerAddress(path)) {
        return Error{Error::Code::NotADatabase,
                     QObject::tr("%1 holds the tables of another application, not a Sanctions Tracker database; "
                                 "it was left unchanged.")
                         .arg(path)};
    }
    if (!empty && appId.value().toInt() != kApplicationId) {
        return Error{Error::Code::NotADatabase,
                     QObject::tr("%1 is a SQLite database of another application, not a Sanctions Tracker "
                                 "database; it was left unchanged.")
                         .arg(path)};
    }
    if (version.value() > latestSchemaVersion()) {
        return Error{Error::Code::NewerSchema,
                     QObject::tr("%1 was written by a newer version of Sanctions Tracker (schema %2; this "
                                 "version knows schema %3 at most). It was left unchanged.")
                         .arg(path)
                         .arg(version.value())
                         .arg(latestSchemaVersion())};
    }
    return {};
}

Status configure(const QSqlDatabase &db, bool inMemory, bool readOnly)
{
    if (const QString keys = dialectOf(db).enforceForeignKeys(); !keys.isEmpty()) {
        if (auto done = sql::exec(db, keys); !done)
            return done;
    }
    if (!inMemory && !readOnly && !dialectOf(db).concurrentReadersJournal().isEmpty()) {
        // WAL lets a report or export read while a form writes.
        if (auto done = sql::run(db, dialectOf(db).concurrentReadersJournal()); !done)
            return done.error();
    }
    return {};
}

} // namespace

QString defaultUserName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

Database::Database(QString connectionName, QString path, QString user)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_user(std::move(user))
{
}

Database::~Database()
{
    forgetReopening(m_connectionName);
    sql::forgetStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    closed(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }


Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    if (isServerAddress(path))
        return openServer(path, options);
    const bool inMemory = isInMemory(path);
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists()) {
            if (!info.isFile())
                return Error{Error::Code::Io, QObject::tr("%1 is not a file.").arg(path)};
            if (!isOpenHere(info.canonicalFilePath())) {
                if (auto ok = checkHeader(path); !ok)
                    return ok.error();
                if (auto ok = checkWalBelongs(path); !ok)
                    return ok.error();
            }
        } else if (options.readOnly) {
            return Error{Error::Code::NotFound, QObject::tr("The database file %1 does not exist.").arg(path)};
        } else if (!info.absoluteDir().exists()) {
            return Error{Error::Code::Io, QObject::tr("Cannot create %1: the folder %2 does not exist.")
                                              .arg(path, info.absolutePath())};
        }
    }

    configureSqliteLibrary();
    const QString name = QStringLiteral("st-db-%1").arg(++s_connections);
    const QString user = options.user.isEmpty() ? defaultUserName() : options.user;
    std::unique_ptr<Database> database(new Database(name, path, user));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            return Error{Error::Code::Storage,
                         QObject::tr("The SQLite driver for Qt (QSQLITE) is not installed; install libqt6sql6-sqlite.")};
        }
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            return Error{Error::Code::Io, QObject::tr("Cannot open the database %1.").arg(path),
                         db.lastError().text()};
        }
        // SQLite has created a new file by now, so it has a canonical path.
        if (const QString canonical = QFileInfo(path).canonicalFilePath(); !inMemory && !canonical.isEmpty())
            opened(name, canonical);
        if (auto ok = database->prepare(inMemory ? QString() : path, options); !ok)
            return ok.error();
    }
    qCDebug(lcStorage) << "opened" << path << "schema" << database->m_migration.toVersion;
    return database;
}

Status Database::prepare(const QString &filePath, const OpenOptions &options)
{
    const QSqlDatabase db = connection();
    if (auto ok = checkOwnership(db, m_path); !ok)
        return ok;
    if (auto ok = configure(db, filePath.isEmpty(), options.readOnly); !ok)
        return ok;
    if (!options.readOnly) {
        auto migrated = migrate(db, filePath);
        if (!migrated)
            return migrated.error();
        m_migration = migrated.value();
    } else {
        auto version = schemaVersion(db);
        if (!version)
            return version.error();
        if (version.value() != latestSchemaVersion()) {
            return Error{Error::Code::InvalidInput,
                         QObject::tr("%1 needs an upgrade, which a read-only database cannot take.").arg(m_path)};
        }
        m_migration = {version.value(), version.value(), {}};
    }
    // Nothing is written through a read-only connection (the escalation worker's, one per count), so it
    // needs no audit trail: compiling its 33 temporary triggers took about 7 ms of each such open.
    if (options.readOnly)
        return {};
    return installAuditTrail(db, m_user);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, const OpenOptions &options)
{
    auto address = parseServerAddress(text);
    if (!address)
        return address.error();
    const ServerAddress &where = address.value();
    const QString name = QStringLiteral("st-db-%1").arg(++s_connections);
    const QString user = !options.user.isEmpty() ? options.user : !where.user.isEmpty() ? where.user : defaultUserName();
    std::unique_ptr<Database> database(new Database(name, where.display(), user));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            return Error{Error::Code::Storage,
                         QObject::tr("The PostgreSQL driver for Qt (QPSQL) is not installed; install libqt6sql6-psql.")};
        }
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.database);
        db.setUserName(where.user);
        // No password: libpq reads ~/.pgpass or PGPASSWORD itself. The server's notices ("already
        // exists, skipping") are for a console, not the user.
        db.setConnectOptions((where.connectOptions + QStringList{QStringLiteral("options='-c client_min_messages=warning'")})
                                 .join(QLatin1Char(';')));
        // open(user, password) passes the password on without storing it in the connection.
        const bool opened = options.password.isEmpty() ? db.open() : db.open(where.user, options.password);
        if (!opened) {
            return Error{Error::Code::Io, QObject::tr("Cannot connect to the team database %1.").arg(where.display()),
                         db.lastError().text()};
        }
        if (options.readOnly) {
            if (auto done = sql::exec(db, QStringLiteral("SET default_transaction_read_only = on")); !done)
                return done.error();
        }
        if (auto ok = database->prepare(QString(), options); !ok)
            return ok.error();
        rememberReopening(name, where.display(), options.password, options.readOnly);
    }
    qCDebug(lcStorage) << "opened" << where.display() << "schema" << database->m_migration.toVersion;
    return database;
}

} // namespace st
