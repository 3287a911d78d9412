#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace st {

// Every place where the SQL this app writes depends on the engine, named once. Repositories build
// their statements from these pieces instead of spelling engine-specific syntax themselves, so a
// second engine (PostgreSQL through QPSQL, a later issue) is a new subclass in a new file plus one line
// in dialectOf(), not an edit of every call site. See docs/architecture.md, "The storage interface".
//
// What stays portable is written inline: standard SELECT/INSERT/UPDATE/DELETE, RETURNING, window
// functions, CHECK/UNIQUE/FOREIGN KEY constraints.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    // ---- transactions and connection settings
    // Starts a transaction that holds the write lock from its first statement, so what it reads cannot
    // change before it writes (SQLite: BEGIN IMMEDIATE).
    [[nodiscard]] virtual QString beginWrite() const = 0;
    // How long a statement waits for another writer's lock (SQLite: PRAGMA busy_timeout).
    [[nodiscard]] virtual QString setLockWait(int milliseconds) const = 0;
    // True when `error` says another connection holds the lock (worth waiting for).
    [[nodiscard]] virtual bool isLockBusy(const QSqlError &error) const = 0;
    // True when `error` says a transaction is already open on this connection.
    [[nodiscard]] virtual bool isAlreadyInTransaction(const QSqlError &error) const = 0;
    // Run once on every new connection: referential integrity on, the journal the app relies on.
    [[nodiscard]] virtual QString enforceForeignKeys() const = 0;
    [[nodiscard]] virtual QString concurrentReadersJournal() const = 0;

    // ---- writing
    // The tail of an INSERT that updates the stored row instead when `conflictColumns` already hold
    // the new values: "ON CONFLICT(a, b) DO UPDATE SET c = excluded.c, ...".
    [[nodiscard]] virtual QString upsertTail(const QStringList &conflictColumns, const QStringList &updatedColumns) const = 0;

    // ---- JSON
    // A JSON array bound as one parameter, as rows of one column named `value`.
    [[nodiscard]] virtual QString jsonArrayRows() const = 0;
    // The text at `key` of the JSON in `expression`.
    [[nodiscard]] virtual QString jsonField(const QString &expression, const QString &key) const = 0;
    // A JSON object of alternating key/value expressions.
    [[nodiscard]] virtual QString jsonObject(const QStringList &keysAndValues) const = 0;

    // ---- full-text search
    // A sub-select of the rowids whose text in full-text table `table` matches the bound query.
    [[nodiscard]] virtual QString fullTextRowids(const QString &table) const = 0;

    // ---- audit triggers and copies
    // A trigger that lives only as long as this connection (the audit trail, bulk-insert logging):
    // `event` is "AFTER INSERT" etc., `when` may be empty, `body` is the statements ended by ';'.
    [[nodiscard]] virtual QString createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                                          const QString &when, const QString &body) const = 0;
    [[nodiscard]] virtual QString dropConnectionTrigger(const QString &name) const = 0;
    // Writes a consistent copy of the whole database to the bound file name.
    [[nodiscard]] virtual QString copyToFile() const = 0;
};

// The dialect of `db`'s driver. Unknown drivers get SQLite's: the only engine this build ships.
const SqlDialect &dialectOf(const QSqlDatabase &db);

} // namespace st
