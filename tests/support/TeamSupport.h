#pragma once

// A team database on the server under test with a reader's and an editor's login (issue 14, item 5),
// set up as docs/team-database.md tells an administrator to.
#include "TestSupport.h"

#include "storage/Sql.h"

namespace st::test {

struct Team {
    QString address; // the database, as its owner
    QString reader;  // login names, unique to this process
    QString editor;
    std::unique_ptr<Database> owner;

    // A connection as `account`; `claimedUser` is what the client would like the audit log to say.
    [[nodiscard]] std::unique_ptr<Database> openAs(const QString &account, const QString &claimedUser = {}) const
    {
        ServerAddress where = parseServerAddress(address).value();
        where.user = account;
        auto db = Database::open(where.display(), OpenOptions{false, claimedUser});
        if (!db)
            qFatal("cannot open as %s: %s", qPrintable(account), qPrintable(db.error().fullText()));
        return std::move(db).value();
    }
    [[nodiscard]] QString ownerAccount() const { return parseServerAddress(address).value().user; }
};

// The server-under-test's database `database` open (true) or closed (false) to new connections, as a
// server on its way down or back would be; connections already open stay. Said from the cluster's
// own database: the server refuses to close the database a statement runs in.
inline void allowConnections(const QString &database, bool allow)
{
    onCluster({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                   .arg(database, allow ? QStringLiteral("true") : QStringLiteral("false"))});
}

// The database at `address`, as a login the test cluster asks a password of (scripts/postgres.sh:
// members of password_required) and that belongs to `role` (empty: none). Nothing but a typed password
// may let it in: this process and its children get no password file and no PGPASSWORD.
inline QString loginAskedForAPassword(const QString &address, const QString &login, const QString &password,
                                      const QString &role = {})
{
    onCluster({QStringLiteral("DO $$ BEGIN CREATE ROLE password_required NOLOGIN; "
                              "EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
               QStringLiteral("DROP ROLE IF EXISTS %1").arg(login),
               QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE password_required%3")
                   .arg(login, password, role.isEmpty() ? QString() : QStringLiteral(", ") + role)});
    qputenv("PGPASSFILE", "/dev/null");
    qunsetenv("PGPASSWORD");
    ServerAddress where = parseServerAddress(address).value();
    where.user = login;
    return where.display();
}

inline Team makeTeam()
{
    Team team;
    team.owner = openMemory();
    team.address = team.owner->path();
    const qint64 pid = QCoreApplication::applicationPid();
    team.reader = QStringLiteral("reader_%1").arg(pid);
    team.editor = QStringLiteral("editor_%1").arg(pid);
    const auto admin = [&](const QString &statement) {
        if (const auto done = sql::exec(team.owner->connection(), statement); !done)
            qFatal("%s: %s", qPrintable(statement), qPrintable(done.error().fullText()));
    };
    // The roles are the server's, not the database's: another run on the same cluster may have made them.
    admin(QStringLiteral("DO $$ BEGIN CREATE ROLE sanctions_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    admin(QStringLiteral("DO $$ BEGIN CREATE ROLE sanctions_editor NOLOGIN IN ROLE sanctions_reader; "
                         "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    for (const QString &login : {team.reader, team.editor})
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE sanctions_reader").arg(team.reader));
    admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE sanctions_editor").arg(team.editor));
    // The roles came after the database: the owner's next connection grants them their rights.
    team.owner = team.openAs(team.ownerAccount());
    return team;
}

} // namespace st::test
