#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QStringEncoder>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace st {

// Sets up the SQLite library this build links (the one Qt's driver runs, see below) before its first
// connection: without its memory statistics, which nothing here reads and which cost a mutex on every
// allocation SQLite makes (a UN list import ran 7 % faster without them). Call before opening the first
// connection; later calls, or a library already in use, change nothing.
void configureSqliteLibrary();

// One row of a query run by SqliteStatement::rows(), its columns read as SQLite holds them: no QVariant,
// no copy of a text.
class SqliteRow {
public:
    explicit SqliteRow(sqlite3_stmt *statement) : m_statement(statement) {}
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const; // 0 for NULL
    [[nodiscard]] double real(int column) const;
    // The text's UTF-8 bytes, valid until the next row.
    [[nodiscard]] QByteArrayView utf8(int column) const;
    // A date as this app stores them ('YYYY-MM-DD', read as sql::dateFrom reads it); null for NULL.
    [[nodiscard]] QDate date(int column) const;

private:
    sqlite3_stmt *m_statement;
};

// The values of one run of a SqliteStatement, in placeholder order: integers, NULLs and texts, the texts
// as UTF-8 in one buffer. Kept apart from the statement so that values given to one statement can run
// on another (BatchInsert's last, shorter batch of rows).
class SqliteValues {
public:
    SqliteValues();
    void text(QStringView value); // "" stays "", not NULL
    void integer(qint64 value);
    void null();
    [[nodiscard]] int count() const { return int(m_values.size()); }
    // Binds `count` of them from the `first` on to `statement`'s placeholders 1, 2, ... The texts stay
    // where they are (bound without a copy) until clear().
    void bindTo(sqlite3_stmt *statement, int first, int count) const;
    void clear(); // keeps the buffers' capacity for the next run

private:
    struct Value {
        enum Kind : unsigned char { Integer, Text, Null } kind;
        qint64 integer;  // Integer
        qsizetype from;  // Text: where it lies in m_utf8
        qsizetype size;
    };
    std::vector<Value> m_values;
    QByteArray m_utf8;
    QStringEncoder m_encoder;
};

// One statement prepared once on a Qt SQLite connection, through SQLite's own interface, and run
// row after row: what `sqlite3 .import` does. For bulk writes (BatchInsert) and reads of many ids
// (FullTextRepository), where Qt's SQL layer costs more than SQLite itself: a bound value through
// QSqlQuery costs about a microsecond and every value read becomes a QVariant, and the other way
// round, a batch of rows as one JSON value, makes SQLite parse the JSON again.
//
// A run's values are given in placeholder order and bound when the statement runs. Errors are worded
// as every other storage error (sql::storageError).
class SqliteStatement {
public:
    // The prepared statement; null when `db` is not a SQLite connection this build can reach (another
    // engine, or a Qt whose SQLite driver carries its own copy of SQLite; Debian's links the system
    // library, as we do); an error when SQLite refuses the statement.
    static Result<std::unique_ptr<SqliteStatement>> prepare(const QSqlDatabase &db, const QString &statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void text(QStringView value) { m_values.text(value); } // "" stays "", not NULL
    void integer(qint64 value) { m_values.integer(value); }
    void null() { m_values.null(); }
    // The values given since the last run.
    [[nodiscard]] const SqliteValues &values() const { return m_values; }
    void clearValues();
    // Runs the statement with the values given since the last run, then makes it ready for the next row.
    Status run();
    // Runs the statement once with as many of `values` as it has placeholders, from the `first` on.
    // The values given to this statement itself are left as they are.
    Status runWith(const SqliteValues &values, int first);
    // Runs the statement with the values given since the last run and reads the first `columns`
    // columns of every row as integers, one row after another in one list; then makes it ready again.
    Result<QList<qint64>> integers(int columns);
    // Runs the statement with the values given since the last run and hands `each` every row it returns;
    // then makes it ready again.
    Status rows(const std::function<void(const SqliteRow &)> &each);

private:
    void bindValues();
    Status step(); // one step of a statement that returns no rows, then a reset
    // The refusal a test injected for this step (storage/InjectedFaults.h), the values cleared as a
    // failed step leaves them; nothing outside those tests.
    std::optional<Error> injectedRefusal();

    SqliteStatement(QSqlDatabase db, QString statement, sqlite3 *handle, sqlite3_stmt *prepared);

    QSqlDatabase m_db;
    QString m_statement;
    sqlite3 *m_handle;
    sqlite3_stmt *m_prepared;
    SqliteValues m_values;
};

} // namespace st
