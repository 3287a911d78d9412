#pragma once

#include "common/Result.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace st {

struct OpenOptions {
    bool readOnly = false;
    // Who the audit log names for changes made through this connection; defaults to the OS user.
    QString user = {};
    // A team database's password, asked for by File ▸ Connect to Team Database…: handed to the driver
    // for this connection only and kept in memory while it lives, so that a connection the server
    // dropped opens again without asking (ConnectionLoss.h); never written anywhere. Empty: libpq's
    // ~/.pgpass.
    QString password = {};
};

// Owns one named QSqlDatabase connection (never the default one) for its lifetime.
class Database {
public:
    // Opens or creates the file at `path` (":memory:" for a private in-memory database), refuses a file
    // that is not SQLite, a SQLite file of another application, or one written by a newer version, and
    // brings the schema up to date. A refused file is left byte-for-byte as it was.
    // A postgresql:// address (ServerAddress.h) opens a team database on a server instead: the same
    // schema, created or brought up to date the same way (docs/team-database.md).
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &user() const { return m_user; }
    // True when this open created the schema: the caller decides whether to load the bundled dataset.
    [[nodiscard]] bool isNew() const { return m_migration.fromVersion == 0; }
    [[nodiscard]] const MigrationReport &migration() const { return m_migration; }
    // How a change waits when another program writes to the file (see Transaction::ReadModifyWrite).
    void setWriteWait(WriteWait wait) { m_writeWait = std::move(wait); }
    [[nodiscard]] const WriteWait &writeWait() const { return m_writeWait; }

private:
    Database(QString connectionName, QString path, QString user);
    static Result<std::unique_ptr<Database>> openServer(const QString &address, const OpenOptions &options);
    // Checks what is there, configures the connection, migrates and installs the audit trail.
    Status prepare(const QString &filePath, const OpenOptions &options);

    QString m_connectionName;
    QString m_path;
    QString m_user;
    MigrationReport m_migration;
    WriteWait m_writeWait;
};

QString defaultUserName();

} // namespace st
