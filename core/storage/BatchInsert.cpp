#include "storage/BatchInsert.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <charconv>

namespace st {

namespace {
// Json: a few thousand rows per statement; past that a bigger text only costs memory.
constexpr int kJsonRows = 2000;
// Values: about a hundred placeholders per statement, where Qt's per-placeholder cost stays flat.
constexpr int kValuesPerStatement = 120;

// `text` as UTF-8, written straight after the end of `out`.
void appendUtf8(QByteArray &out, QStringEncoder &utf8, QStringView text)
{
    if (text.isEmpty())
        return;
    const qsizetype at = out.size();
    out.resize(at + utf8.requiredSpace(text.size()));
    char *end = utf8.appendToBuffer(out.data() + at, text);
    out.truncate(end - out.constData());
}

// A JSON string, escaped per RFC 8259: the runs between characters to escape go through the encoder
// whole.
void appendJsonUtf8(QByteArray &out, QStringEncoder &utf8, QStringView value)
{
    out += '"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        appendUtf8(out, utf8, value.sliced(from, i - from));
        if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += '\\';
            out += char(u);
        }
        from = i + 1;
    }
    appendUtf8(out, utf8, value.sliced(from));
    out += '"';
}

} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, Carrier carrier, const QString &table, const QStringList &columns,
                         const QString &tail)
    : m_db(std::move(db))
    , m_carrier(carrier)
    , m_head(QStringLiteral("INSERT INTO %1(%2) ").arg(table, columns.join(QStringLiteral(", "))))
    , m_tail(tail)
    , m_columns(columns.size())
    , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    if (m_carrier == Carrier::Json) {
        m_rowsPerStatement = kJsonRows;
        // json_each() renders a row's JSON text anew each time its `value` is read, once per column;
        // materialised, each row is rendered once.
        const SqlDialect &dialect = dialectOf(m_db);
        m_statement = QStringLiteral("WITH batch(r) AS MATERIALIZED (%1) ").arg(dialect.jsonArrayRowsOfUtf8()) + m_head
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

void BatchInsert::beginRow()
{
    m_inRow = 0;
    if (m_carrier == Carrier::Json)
        m_json += m_pending == 0 ? "[[" : ",[";
}

void BatchInsert::separate()
{
    if (m_carrier == Carrier::Json && m_inRow > 0)
        m_json += ',';
    ++m_inRow;
}

void BatchInsert::text(QStringView value)
{
    separate();
    if (m_carrier == Carrier::Values)
        m_values.append(value.toString());
    else
        appendJsonUtf8(m_json, m_utf8, value);
}

void BatchInsert::textOrNull(QStringView value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void BatchInsert::integer(qint64 value)
{
    separate();
    if (m_carrier == Carrier::Values) {
        m_values.append(value);
        return;
    }
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    m_json.append(digits, written.ptr - digits);
}

void BatchInsert::integerOrNull(qint64 value)
{
    if (value == 0)
        null();
    else
        integer(value);
}

void BatchInsert::null()
{
    separate();
    if (m_carrier == Carrier::Values)
        m_values.append(QVariant());
    else
        m_json += "null";
}

Status BatchInsert::endRow()
{
    Q_ASSERT(m_inRow == m_columns);
    if (m_carrier == Carrier::Json)
        m_json += ']';
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
        m_json += ']';
        done = sql::exec(m_db, m_statement, {dialectOf(m_db).jsonArrayOfUtf8(m_json)});
        m_json.clear();
    }
    m_pending = 0;
    return done;
}

} // namespace st
