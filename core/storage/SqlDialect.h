#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace st {

struct MigrationStep;

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
    // Start a transaction that holds the write lock from its first statement, so what it reads cannot
    // change before it writes (SQLite: BEGIN IMMEDIATE), run in order.
    [[nodiscard]] virtual QStringList beginWrite() const = 0;
    // True when BEGIN fails inside a transaction (SQLite), which is how a guard learns it is the
    // outermost; false when the engine only warns (PostgreSQL), where a SAVEPOINT tells instead.
    [[nodiscard]] virtual bool beginRefusedInTransaction() const = 0;
    // True when every statement can be prepared; false when only queries can (PostgreSQL's PREPARE
    // takes no DDL, BEGIN or SET), and a statement without bound values is sent as it is.
    [[nodiscard]] virtual bool preparesEveryStatement() const = 0;
    // How long a statement waits for another writer's lock (SQLite: PRAGMA busy_timeout).
    [[nodiscard]] virtual QString setLockWait(int milliseconds) const = 0;
    // True when `error` says another connection holds the lock (worth waiting for).
    [[nodiscard]] virtual bool isLockBusy(const QSqlError &error) const = 0;
    // True when `error` says a transaction is already open on this connection.
    [[nodiscard]] virtual bool isAlreadyInTransaction(const QSqlError &error) const = 0;
    // True when `error` says the connection itself is gone (a server restarted, or an administrator
    // ended the session): the statement did not run, and the connection must be opened again
    // (ConnectionLoss.h). Never for a file.
    [[nodiscard]] virtual bool isConnectionLost(const QSqlError &error) const = 0;
    // Which of the schema's rules a refused statement broke, whatever the engine's wording, so that
    // "already taken" and "still used by other records" read the same on a file and on a server.
    enum class BrokenRule { None, UniqueKey, ForeignKey };
    [[nodiscard]] virtual BrokenRule brokenRule(const QSqlError &error) const = 0;
    // Run once on every new connection: referential integrity on, the journal the app relies on
    // (empty where the engine needs neither).
    [[nodiscard]] virtual QString enforceForeignKeys() const = 0;
    [[nodiscard]] virtual QString concurrentReadersJournal() const = 0;

    // ---- live updates (docs/team-database.md): how a window learns that another program saved
    // The channel a committed change is announced on (PostgreSQL: LISTEN/NOTIFY); empty where the
    // engine has none, and changeCounter() is polled instead.
    [[nodiscard]] virtual QString changeChannel() const = 0;
    // Run just before an outermost COMMIT: announces the change on changeChannel() when the
    // transaction wrote anything (a read-only one stays silent). Empty where there is no channel.
    [[nodiscard]] virtual QString announceChange() const = 0;
    // A number that changes when another connection commits (SQLite: PRAGMA data_version; not this
    // connection's own commits). Empty where changeChannel() serves instead.
    [[nodiscard]] virtual QString changeCounter() const = 0;
    // After rows were written with their own ids (a copy between engines): the statement that makes
    // the table's next generated id follow the largest one; empty where the engine does it itself.
    [[nodiscard]] virtual QString followExplicitIds(const QString &table) const = 0;
    // The tables a whole-database copy carries: every table of rows, none of the engine's own or a
    // full-text index's machinery (one column).
    [[nodiscard]] virtual QString copiedTableNames() const = 0;
    // Starts a transaction that reads one unchanging snapshot of the whole database.
    [[nodiscard]] virtual QString beginSnapshotRead() const = 0;

    // ---- the schema and its version
    // The statements that apply `step` on this engine. One list of steps (storage/Schema.cpp) serves
    // every engine; an engine whose SQL differs renders each step in its own file.
    [[nodiscard]] virtual QStringList migrationStatements(const MigrationStep &step) const = 0;
    // Reads (one row, one column) and writes the schema version and the application's identity stamp.
    [[nodiscard]] virtual QString readSchemaVersion() const = 0;
    [[nodiscard]] virtual QString writeSchemaVersion(int version) const = 0;
    [[nodiscard]] virtual QString readApplicationId() const = 0;
    [[nodiscard]] virtual QString writeApplicationId(int id) const = 0;
    // The number of schema objects (0 in a database nobody has written to yet).
    [[nodiscard]] virtual QString countSchemaObjects() const = 0;
    // The names of all tables, the engine's own included (one column).
    [[nodiscard]] virtual QString tableNames() const = 0;
    // The names of the tables that hold the app's rows: no engine tables, no full-text indexes.
    [[nodiscard]] virtual QString rowTableNames() const = 0;
    // The column names of the bound table, in table order.
    [[nodiscard]] virtual QString columnNames() const = 0;
    // The single-column foreign keys of the table bound twice: from, table, to, on_delete.
    [[nodiscard]] virtual QString singleColumnForeignKeys() const = 0;
    // A join adding, for each row so far, one row `alias` per column of the table whose name is
    // `tableExpression` (an expression over the rows so far): `alias.name`, ordered by columnOrder().
    [[nodiscard]] virtual QString joinTableColumns(const QString &tableExpression, const QString &alias) const = 0;
    [[nodiscard]] virtual QString columnOrder(const QString &alias) const = 0;
    // The hidden key every row has, for tables that have no key of their own (SQLite: rowid).
    [[nodiscard]] virtual QString rowKey() const = 0;
    // The columns that identify a row of the bound table, one per row in key order: SQLite's hidden
    // rowid (every table has one), PostgreSQL's primary key (an id, or a link's two columns), else
    // its first UNIQUE key of NOT NULL columns; no row for a table with neither.
    [[nodiscard]] virtual QString rowIdentity() const = 0;
    // After a step edited the stored schema text: read and write the counter that makes every
    // connection reread the schema. Empty on an engine that keeps no such text.
    [[nodiscard]] virtual QString readSchemaCookie() const = 0;
    [[nodiscard]] virtual QString writeSchemaCookie(qint64 cookie) const = 0;
    // A check that walks the stored pages; each row one problem, or the single row "ok".
    [[nodiscard]] virtual QString checkPages() const = 0;

    // ---- writing
    // The tail of an INSERT that updates the stored row instead when `conflictColumns` already hold
    // the new values: "ON CONFLICT(a, b) DO UPDATE SET c = excluded.c, ...".
    // Standard SQL both engines speak (SqlDialect.cpp); an engine that differs overrides it.
    [[nodiscard]] virtual QString upsertTail(const QStringList &conflictColumns, const QStringList &updatedColumns) const;

    // ---- JSON
    // A JSON array bound as one parameter, as rows of one column named `value`.
    [[nodiscard]] virtual QString jsonArrayRows() const = 0;
    // The same for a JSON array built as UTF-8 bytes and bound as jsonArrayOfUtf8() gives it: batch
    // inserts build their rows as UTF-8, which SQLite reads as it is (a QString would be converted
    // to UTF-16 and back).
    [[nodiscard]] virtual QString jsonArrayRowsOfUtf8() const { return jsonArrayRows(); }
    [[nodiscard]] virtual QVariant jsonArrayOfUtf8(const QByteArray &utf8) const { return QString::fromUtf8(utf8); }
    // The same for an array of row ids, each an integer to compare with an id column.
    [[nodiscard]] virtual QString jsonArrayIds() const = 0;
    // For a batch insert: a SELECT of `columns` of `table` from the JSON arrays `r` of the rows of
    // `batch` (element i for column i), each value of its column's type; ends in a WHERE clause.
    [[nodiscard]] virtual QString selectFromJsonRows(const QString &table, const QStringList &columns) const = 0;
    // The text at `key` of the JSON in `expression`.
    [[nodiscard]] virtual QString jsonField(const QString &expression, const QString &key) const = 0;
    // The text at the key that the SQL expression `keyExpression` gives (a column name read from the
    // catalogue, say).
    [[nodiscard]] virtual QString jsonFieldNamedBy(const QString &expression, const QString &keyExpression) const = 0;
    // A JSON object of alternating key/value expressions.
    [[nodiscard]] virtual QString jsonObject(const QStringList &keysAndValues) const = 0;

    // ---- text
    // True when `a` and `b` differ, NULL counting as a value (SQLite: a IS NOT b).
    [[nodiscard]] virtual QString differs(const QString &a, const QString &b) const = 0;
    // `expression` as a sort key that ignores case (SQLite: COLLATE NOCASE, ASCII letters only).
    [[nodiscard]] virtual QString caseInsensitive(const QString &expression) const = 0;
    // The character with this code, as an SQL expression.
    [[nodiscard]] virtual QString character(int code) const = 0;
    // A scalar sub-select joining `value` over the rows of `fromWhere` (a FROM ... WHERE ... clause)
    // in the order of `orderBy`, separated by the SQL expression `separator`; NULL when none.
    [[nodiscard]] virtual QString joinedInOrder(const QString &value, const QString &separator, const QString &fromWhere,
                                                const QString &orderBy) const = 0;
    // `tableAndAlias` ("measures m") read in the table's own order, never through one of its indexes:
    // for a query that wants most of a large table, where looking each row up through an index reads
    // the same pages over and over (SQLite chose that for all 954,628 measures: 9.7 s instead of 1.4 s).
    // SQLite: NOT INDEXED; PostgreSQL plans a sequential scan itself.
    [[nodiscard]] virtual QString inTableOrder(const QString &tableAndAlias) const = 0;

    // ---- full-text search
    // A sub-select of the rowids whose text in full-text index `table` matches the bound query.
    [[nodiscard]] virtual QString fullTextRowids(const QString &table) const = 0;
    // The bound query for fullTextRowids() that matches words beginning with `term` (one word of
    // letters and digits, lower case).
    [[nodiscard]] virtual QString fullTextPrefixQuery(const QString &term) const = 0;
    // What to run after a bulk load (the synthetic generator) so that searches and plans are fast:
    // SQLite merges each FTS5 index's segments and gathers statistics; PostgreSQL's GIN indexes keep
    // themselves, so it only gathers statistics.
    [[nodiscard]] virtual QStringList afterBulkLoad() const = 0;
    // The connection's page cache for a bulk write (BulkWriteCache): the statement that enlarges it,
    // the one that reads its setting and the one that puts a setting back. Empty where the server
    // keeps the pages (PostgreSQL).
    [[nodiscard]] virtual QString enlargePageCache() const = 0;
    [[nodiscard]] virtual QString readPageCacheSetting() const = 0;
    [[nodiscard]] virtual QString writePageCacheSetting(qint64 setting) const = 0;

    // ---- audit triggers and copies
    // A trigger that lives only as long as this connection (the audit trail, bulk-insert logging):
    // `event` is "AFTER INSERT" etc., `when` may be empty, `body` is the statements ended by ';'.
    [[nodiscard]] virtual QString createConnectionTrigger(const QString &name, const QString &event, const QString &table,
                                                          const QString &when, const QString &body) const = 0;
    [[nodiscard]] virtual QString dropConnectionTrigger(const QString &name) const = 0;
    // True when the engine has connection triggers, so changes are logged to audit_log as they happen.
    [[nodiscard]] virtual bool hasConnectionTriggers() const = 0;
    // A table that lives only as long as this connection: its qualified name, how to create it from
    // a column list, and a query with a row when it exists.
    [[nodiscard]] virtual QString connectionTable(const QString &name) const = 0;
    [[nodiscard]] virtual QString createConnectionTable(const QString &name, const QString &columns) const = 0;
    [[nodiscard]] virtual QString connectionTableExists(const QString &name) const = 0;
    // The qualified name of a table of the database itself, as seen from a trigger or a statement that
    // also sees connection tables.
    [[nodiscard]] virtual QString storedTable(const QString &name) const = 0;
    // ---- who may change what
    // One row for the bound table name: the account this connection logged in as (empty where the
    // engine has no accounts) and whether it may insert, update and delete the table's rows (the
    // server's grants; SQLite: always, the file's permissions decide).
    [[nodiscard]] virtual QString accountMayWrite() const = 0;
    // Who a log row names, as an expression with one bound value, the user the app was told: that
    // value on SQLite; the account the server knows on an engine that has accounts (the bound value is
    // then unused, so a client cannot name someone else).
    [[nodiscard]] virtual QString accountOr() const = 0;

    // Writes a consistent copy of the whole database to the bound file name; empty when the engine
    // keeps no database in a file of ours (a server's backups are its administrator's).
    [[nodiscard]] virtual QString copyToFile() const = 0;
};

// The dialect of `db`'s driver. Unknown drivers get SQLite's, the embedded default.
const SqlDialect &dialectOf(const QSqlDatabase &db);

} // namespace st
