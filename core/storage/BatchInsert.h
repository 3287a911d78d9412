#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QStringList>
#include <QVariantList>

namespace st {

// Inserts many rows through st::sql::exec, many rows per statement, so that 100,000 designations and
// a million detail rows do not pay for a million statements. Two ways to carry the values, because
// Qt's SQL layer costs about a microsecond per bound value (and more per value the more placeholders
// one statement has), while SQLite's JSON functions re-read a row's whole JSON text for every column:
//  - Json: one bound value per batch, a JSON array of rows that the statement unpacks with json_each();
//    built as UTF-8, value by value, with no QVariant per value (1.5 million rows of the UN list's
//    import spent a fifth of the write in QVariant and QString appends).
//  - Values: a multi-row VALUES list of bound values, a handful of rows per statement.
// A row is given value by value between beginRow() and endRow(), one value per column in order.
// Only our own table and column names are formatted into the statements.
class BatchInsert {
public:
    enum class Carrier { Json, Values };

    // `tail` follows the rows, e.g. an ON CONFLICT clause.
    BatchInsert(QSqlDatabase db, Carrier carrier, const QString &table, const QStringList &columns,
                const QString &tail = {});

    void beginRow();
    void text(QStringView value);       // text, "" for an empty or null string (NOT NULL columns)
    void textOrNull(QStringView value); // NULL for an empty or null string
    void integer(qint64 value);
    void integerOrNull(qint64 value); // NULL for 0 (an absent id)
    void null();
    // The batch is written when it is full.
    Status endRow();
    // Writes what is left; call it before relying on the rows.
    Status flush();

private:
    QString valuesStatement(int rows) const;
    void separate();

    QSqlDatabase m_db;
    Carrier m_carrier;
    QString m_head;
    QString m_tail;
    qsizetype m_columns = 0;
    int m_rowsPerStatement = 0;
    int m_pending = 0;
    qsizetype m_inRow = 0;     // values given for the current row
    QByteArray m_json;         // Json: the rows so far, UTF-8
    QStringEncoder m_utf8;     // Json: QString to UTF-8, straight into m_json
    QVariantList m_values;     // Values: the rows so far
    QString m_statement;       // the statement for a full batch
};

} // namespace st
