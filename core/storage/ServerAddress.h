#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace st {

// Where a team database lives: `postgresql://user@host:port/dbname?sslmode=require`, libpq's URI
// form. A password is refused here: it comes from ~/.pgpass or libpq's environment (PGPASSWORD,
// PGPASSFILE), never from a command line that other users can read. A host may be a socket folder
// (`?host=/run/postgresql`).
struct ServerAddress {
    QString user;     // empty: libpq's default (PGUSER, else the OS user)
    QString host;     // empty: libpq's default (PGHOST, else the local socket)
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (PGDATABASE, else the user's name)
    QStringList connectOptions; // key='value' for libpq: sslmode and the like

    // The address as shown to the user and in messages (never holds a secret).
    [[nodiscard]] QString display() const;
};

// True when `text` names a server rather than a file: it starts with postgresql:// or postgres://.
bool isServerAddress(const QString &text);

Result<ServerAddress> parseServerAddress(const QString &text);

// True when opening a team database failed because its server wants a password that was not given
// (~/.pgpass holds none for the account) or refused the one given: asking the analyst may help.
// Read from libpq's message, as no SQLSTATE exists before a session does.
bool asksForPassword(const Error &openError);

} // namespace st
