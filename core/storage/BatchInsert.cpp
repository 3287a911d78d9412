#include "storage/BatchInsert.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

namespace {
// Json: a few thousand rows per statement; past that a bigger text only costs memory.
constexpr int kJsonRows = 2000;
// Values: about a hundred placeholders per statement, where Qt's per-placeholder cost stays flat.
constexpr int kValuesPerStatement = 120;
} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, Carrier carrier, const QString &table, const QStringList &columns,
                         const QString &tail)
    : m_db(std::move(db))
    , m_carrier(carrier)
    , m_head(QStringLiteral("INSERT INTO %1(%2) ").arg(table, columns.join(QStringLiteral(", "))))
    , m_tail(tail)
    , m_columns(columns.size())
{
    if (m_carrier == Carrier::Json) {
        m_rowsPerStatement = kJsonRows;
        // json_each() renders a row's JSON text anew each time its `value` is read, once per column;
        // materialised, each row is rendered once.
        const SqlDialect &dialect = dialectOf(m_db);
        m_statement = QStringLiteral("WITH batch(r) AS MATERIALIZED (%1) ").arg(dialect.jsonArrayRows()) + m_head
                      + dialect.selectFromJsonRows(table, columns) + QLatin1Char(' ') + m_tail;
    } else {
        m_rowsPerStatement = qMax(1, kValuesPerStatement / int(qMax<qsizetype>(1, m_columns)));
        m_statement = valuesStatement(m_rowsPerStatement);
        m_values.reserve(m_rowsPerStatement * m_columns);
    }
}

QString BatchInsert::valuesStatement(int rows) const
{
    QString row = QStringLiteral("(");
    for (qsizetype i = 0; i < m_columns; ++i)
        row += i ? QStringLiteral(",?") : QStringLiteral("?");
    row += QLatin1Char(')');
    QString s = m_head + QStringLiteral("VALUES ");
    for (int i = 0; i < rows; ++i)
        s += (i ? QStringLiteral(",") : QString()) + row;
    return s + QLatin1Char(' ') + m_tail;
}

void appendJsonString(QString &json, const QString &value)
{
    json += QLatin1Char('"');
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            json += QLatin1Char('\\');
            json += c;
        } else if (u < 0x20) {
            json += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            json += c;
        }
    }
    json += QLatin1Char('"');
}

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    if (m_carrier == Carrier::Values) {
        m_values.append(row);
    } else {
        m_json += m_pending == 0 ? QStringLiteral("[[") : QStringLiteral(",[");
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                m_json += QLatin1Char(',');
            const QVariant &v = row[i];
            if (v.isNull())
                m_json += QStringLiteral("null");
            else if (v.typeId() == QMetaType::QString)
                appendJsonString(m_json, v.toString());
            else
                m_json += QString::number(v.toLongLong());
        }
        m_json += QLatin1Char(']');
    }
    if (++m_pending < m_rowsPerStatement)
        return {};
    return flush();
}

Status BatchInsert::flush()
{
    if (m_pending == 0)
        return {};
    Status done;
    if (m_carrier == Carrier::Values) {
        done = sql::exec(m_db, m_pending == m_rowsPerStatement ? m_statement : valuesStatement(m_pending), m_values);
        m_values.clear();
    } else {
        m_json += QLatin1Char(']');
        done = sql::exec(m_db, m_statement, {m_json});
        m_json.clear();
    }
    m_pending = 0;
    return done;
}

} // namespace st
