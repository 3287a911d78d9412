#pragma once

#include "common/Result.h"
#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace st {

// Inserts many rows, so that 100,000 designations and a million detail rows do not pay for a million
// statements through Qt's SQL layer, which costs about a microsecond per bound value. Two ways,
// chosen by the engine:
//  - SQLite: one INSERT of 128 rows (VALUES (...), (...), ...) prepared through SQLite's own interface
//    (SqliteStatement) and run once per 128 rows given; the last, shorter batch at flush() through
//    statements of 64, 32, ..., 1 rows (as many of them as its number's binary digits say), each
//    prepared once. Row by row, as `sqlite3 .import` does, SQLite opens and closes the table's and its
//    indexes' cursors and ends a statement for each row: 338,000 detail rows took 1.2-1.9 s of CPU
//    that way and 0.65-0.72 s 128 at a time (256 gained nothing more). The JSON way below cost the UN
//    list import a third more CPU in SQLite alone, parsing JSON it had just been handed.
//  - A server: one bound value per batch of a few thousand rows, a JSON array of rows that the
//    statement unpacks (SqlDialect::selectFromJsonRows): one round trip per batch, not per row. Built as
//    UTF-8, value by value, with no QVariant per value.
// A row is given value by value between beginRow() and endRow(), one value per column in order.
// Only our own table and column names are formatted into the statements.
//
// Rows per SQLite statement: a statement of several rows into a table with a foreign key or a function
// in a CHECK constraint (every table of ours) keeps a statement journal, a copy of each page it
// changes that existed before it, so that a refused row can take back the rows before it. Past
// 64 KiB the journal goes to a temporary file, and stays there, for every later statement, until the
// transaction ends (as it does whenever a savepoint holds more than 64 KiB of pages). Rows appended at
// the end of a table's keys change the same few pages, so 128 of them copy a handful; a row that also
// goes into indexes at places far apart (a designation's reference number, regime, dates) changes a
// page per index, and 128 designations copied ~400 pages per statement: 1.1 GB of temporary files for
// the 100,000-designation list. One row per statement needs no statement journal at all (measured
// 6-7 Dec 2026, docs/un-list-import.md).
class BatchInsert {
public:
    static constexpr int kMostRowsPerStatement = 128;

    // `tail` follows the rows, e.g. an ON CONFLICT clause. `rowsPerStatement`, a power of two up to
    // kMostRowsPerStatement, applies to SQLite only.
    BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &tail = {},
                int rowsPerStatement = kMostRowsPerStatement);

    void beginRow();
    void text(QStringView value);       // text, "" for an empty or null string (NOT NULL columns)
    void textOrNull(QStringView value); // NULL for an empty or null string
    void integer(qint64 value);
    void integerOrNull(qint64 value); // NULL for 0 (an absent id)
    void null();
    // The batch is written when it is full, so a row's refusal may come at a later row's endRow() or
    // at flush(), and rows before it may be written: callers roll their transaction back.
    Status endRow();
    // Writes what is left; call it before relying on the rows.
    Status flush();

private:
    void separate();

    QSqlDatabase m_db;
    qsizetype m_columns = 0;
    int m_rowsPerStatement = kMostRowsPerStatement;
    qsizetype m_inRow = 0; // values given for the current row
    [[nodiscard]] QString sqliteStatement(int rows) const;

    QString m_head; // INSERT INTO table(columns)
    QString m_tail;
    // SQLite
    std::unique_ptr<SqliteStatement> m_prepared; // m_rowsPerStatement rows at a time
    int m_rowsGiven = 0;                         // rows of values it holds
    std::array<std::unique_ptr<SqliteStatement>, 7> m_shorter; // [i]: 2^i rows, for flush()
    std::optional<Error> m_prepareFailed; // reported by the first endRow()
    // A server
    int m_pending = 0;      // rows in m_json
    QByteArray m_json;      // the rows so far, UTF-8
    QStringEncoder m_utf8;  // QString to UTF-8, straight into m_json
    QString m_statement;    // the statement that unpacks a batch
};

} // namespace st
