#pragma once

#include "common/Result.h"
#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace st {

// Inserts many rows, so that 100,000 designations and a million detail rows do not pay for a million
// statements through Qt's SQL layer, which costs about a microsecond per bound value. Two ways,
// chosen by the engine:
//  - SQLite: one INSERT prepared through SQLite's own interface and run row by row (SqliteStatement),
//    as `sqlite3 .import` does. The JSON way below cost the UN list import a third more CPU in SQLite
//    alone, parsing JSON it had just been handed.
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
    // SQLite: the row is written. A server: the batch is written when it is full.
    Status endRow();
    // Writes what is left; call it before relying on the rows.
    Status flush();

private:
    void separate();

    QSqlDatabase m_db;
    qsizetype m_columns = 0;
    qsizetype m_inRow = 0; // values given for the current row
    // SQLite
    std::unique_ptr<SqliteStatement> m_prepared;
    std::optional<Error> m_prepareFailed; // reported by the first endRow()
    // A server
    int m_pending = 0;      // rows in m_json
    QByteArray m_json;      // the rows so far, UTF-8
    QStringEncoder m_utf8;  // QString to UTF-8, straight into m_json
    QString m_statement;    // the statement that unpacks a batch
};

} // namespace st
