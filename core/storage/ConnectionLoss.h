#pragma once

// A team database's connection that the server dropped while the app was open: the server was
// restarted, or an administrator ended the session (pg_terminate_backend). What is open on the
// server then is rolled back by the server itself, so nothing half-written stays; what was committed
// before is safe. The app opens the connection again at the next action that may safely start over:
// the start of a change (an outermost Transaction: nothing of it has run yet) and a read outside any
// change. A change that was under way when the connection went is not tried again (the server has
// dropped it, and whether a COMMIT in flight landed cannot be told): the analyst is told, and the form
// keeps what was typed, so Save tries again on a fresh connection, under the version check.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace st {

// How to open the connection `connectionName` again as Database::open opened it: the password typed in
// File ▸ Connect to Team Database… (kept in memory for as long as the connection lives, as libpq itself
// keeps it, and never written anywhere) and whether it is read only.
// `address` is how messages name the database (ServerAddress::display, never a secret).
void rememberReopening(const QString &connectionName, const QString &address, const QString &password, bool readOnly);
void forgetReopening(const QString &connectionName);
// The password remembered for `connectionName` (empty when none was typed, or for a file): what another
// connection to the same team database, a reader on a thread of its own (BackgroundRead), opens with.
[[nodiscard]] QString rememberedPassword(const QString &connectionName);

// Transaction guards open on a connection in this thread: while one is, a lost connection is not
// opened again under it (its change is gone with the old session; the guard reports the loss).
void guardOpened(const QString &connectionName);
void guardClosed(const QString &connectionName);
[[nodiscard]] bool hasOpenGuard(const QString &connectionName);

// True when `error` of a statement on `db` means the connection is gone: the server said so
// (SqlDialect::isConnectionLost), or the driver closed it and it has not been opened again yet.
[[nodiscard]] bool isLostConnection(const QSqlDatabase &db, const QSqlError &error);

// The analyst's sentence for a lost connection to `db`; `detail` is the driver's text.
[[nodiscard]] Error connectionLostError(const QSqlDatabase &db, const QString &detail);

// The notification channels a listener (ChangeWatch) holds on the connection `connectionName`: every
// reopening listens on them again. Registered here, not read back from the driver, because the driver
// may have closed itself (and forgotten them) before anyone noticed the loss.
void keepListening(const QString &connectionName, const QString &channel);
void stopListening(const QString &connectionName, const QString &channel);

// Opens the lost connection `db` again: the same server, database, account and settings; the
// channels kept by keepListening are listened on again and its kept statements are dropped.
// A ConnectionLost error, with why, when the server cannot be reached (yet). Every action tries again:
// a server that refuses connections answers at once, one that cannot be reached at all after libpq's
// connect_timeout (10 s unless the address says otherwise).
Status reopenConnection(QSqlDatabase db);

// How many times the connection `connectionName` has been opened again so far. Notifications sent
// while it was lost never arrive, so whoever listens on it (ChangeWatch) re-reads when this moves.
[[nodiscard]] int timesReopened(const QString &connectionName);

} // namespace st
