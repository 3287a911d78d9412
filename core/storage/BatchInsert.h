#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace st {

// Inserts many rows through st::sql::exec, many rows per statement, so that 100,000 designations and
// a million detail rows do not pay for a million statements. Two ways to carry the values, because
// Qt's SQL layer costs about a microsecond per bound value (and more per value the more placeholders
// one statement has), while SQLite's JSON functions re-read a row's whole JSON text for every column:
//  - Json: one bound value per batch, a JSON array of rows that the statement unpacks with json_each();
//    best for narrow rows (aliases, details).
//  - Values: a multi-row VALUES list of bound values, a handful of rows per statement; best for wide
//    rows with long text (designations, whose comments run to 1,700 characters).
// Only our own table and column names are formatted into the statements.
class BatchInsert {
public:
    enum class Carrier { Json, Values };

    // `tail` follows the rows, e.g. an ON CONFLICT clause.
    BatchInsert(QSqlDatabase db, Carrier carrier, const QString &table, const QStringList &columns,
                const QString &tail = {});

    // One value per column: null, an integer or text. The batch is written when it is full.
    Status add(const QVariantList &row);
    // Writes what is left; call it before relying on the rows.
    Status flush();

private:
    QString valuesStatement(int rows) const;

    QSqlDatabase m_db;
    Carrier m_carrier;
    QString m_head;
    QString m_tail;
    qsizetype m_columns = 0;
    int m_rowsPerStatement = 0;
    int m_pending = 0;
    QString m_json;        // Json: the rows so far
    QVariantList m_values; // Values: the rows so far
    QString m_statement;   // the statement for a full batch
};

// Appends `value` to `json` as a JSON string, escaped per RFC 8259.
void appendJsonString(QString &json, const QString &value);

} // namespace st
