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
class BatchInsert {
public:
    // `tail` follows the rows, e.g. an ON CONFLICT clause.
    BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &tail = {});

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
    qsizetype m_inRow = 0; // values given for the current row
    [[nodiscard]] QString sqliteStatement(int rows) const;

    QString m_head; // INSERT INTO table(columns)
    QString m_tail;
    // SQLite
    std::unique_ptr<SqliteStatement> m_prepared; // kSqliteRows rows at a time
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
