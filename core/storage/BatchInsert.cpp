#include "storage/BatchInsert.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QScopeGuard>

#include <charconv>
#include <utility>

namespace st {

namespace {
// A server: a few thousand rows per statement; past that a bigger text only costs memory.
constexpr int kJsonRows = 2000;
// SQLite: at most 32,766 values per statement.
constexpr int kSqliteMaxValues = 32766;

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

BatchInsert::BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &tail,
                         int rowsPerStatement)
    : m_db(std::move(db))
    , m_columns(columns.size())
    , m_rowsPerStatement(rowsPerStatement)
    , m_head(QStringLiteral("INSERT INTO %1(%2) ").arg(table, columns.join(QStringLiteral(", "))))
    , m_tail(tail)
    , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    Q_ASSERT(m_columns > 0 && m_columns * m_rowsPerStatement <= kSqliteMaxValues);
    Q_ASSERT(m_rowsPerStatement >= 1 && m_rowsPerStatement <= kMostRowsPerStatement
             && (m_rowsPerStatement & (m_rowsPerStatement - 1)) == 0);
    auto prepared = SqliteStatement::prepare(m_db, sqliteStatement(m_rowsPerStatement));
    if (!prepared) {
        m_prepareFailed = prepared.error();
        return;
    }
    m_prepared = std::move(prepared).value();
    if (m_prepared)
        return;
    // json_each() renders a row's JSON text anew each time its `value` is read, once per column;
    // materialised, each row is rendered once.
    const SqlDialect &dialect = dialectOf(m_db);
    m_statement = QStringLiteral("WITH batch(r) AS MATERIALIZED (%1) ").arg(dialect.jsonArrayRowsOfUtf8()) + m_head
                  + dialect.selectFromJsonRows(table, columns) + QLatin1Char(' ') + m_tail;
}

QString BatchInsert::sqliteStatement(int rows) const
{
    const QString row = QLatin1Char('(') + QStringLiteral("?,").repeated(m_columns - 1) + QStringLiteral("?)");
    QString values = row;
    for (int i = 1; i < rows; ++i)
        values += QLatin1Char(',') + row;
    return m_head + QStringLiteral("VALUES ") + values + QLatin1Char(' ') + m_tail;
}

void BatchInsert::beginRow()
{
    m_inRow = 0;
    if (!m_prepared)
        m_json += m_pending == 0 ? "[[" : ",[";
}

void BatchInsert::separate()
{
    if (!m_prepared && m_inRow > 0)
        m_json += ',';
    ++m_inRow;
}

void BatchInsert::text(QStringView value)
{
    separate();
    if (m_prepared)
        m_prepared->text(value);
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
    if (m_prepared) {
        m_prepared->integer(value);
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
    if (m_prepared)
        m_prepared->null();
    else
        m_json += "null";
}

Status BatchInsert::endRow()
{
    Q_ASSERT(m_inRow == m_columns);
    if (m_prepareFailed)
        return *m_prepareFailed;
    if (m_prepared) {
        if (++m_rowsGiven < m_rowsPerStatement)
            return {};
        m_rowsGiven = 0;
        return m_prepared->run();
    }
    m_json += ']';
    if (++m_pending < kJsonRows)
        return {};
    return flush();
}

Status BatchInsert::flush()
{
    if (m_prepareFailed)
        return *m_prepareFailed;
    if (m_prepared) {
        // 64 + 32 + ... + 1 = 127: any number of rows short of a full statement of 128 (fewer
        // statements for fewer rows per statement).
        static_assert(1 << std::tuple_size_v<decltype(m_shorter)> == kMostRowsPerStatement);
        const int rows = std::exchange(m_rowsGiven, 0);
        const SqliteValues &values = m_prepared->values();
        const auto clearAfter = qScopeGuard([&] { m_prepared->clearValues(); });
        int first = 0; // the first row not yet written
        for (std::size_t i = m_shorter.size(); i-- > 0;) {
            const int size = 1 << i;
            if ((rows & size) == 0)
                continue;
            if (!m_shorter[i]) {
                auto prepared = SqliteStatement::prepare(m_db, sqliteStatement(size));
                if (!prepared)
                    return prepared.error();
                m_shorter[i] = std::move(prepared).value();
            }
            if (auto done = m_shorter[i]->runWith(values, first * int(m_columns)); !done)
                return done;
            first += size;
        }
        return {};
    }
    if (m_pending == 0)
        return {};
    m_json += ']';
    Status done = sql::exec(m_db, m_statement, {dialectOf(m_db).jsonArrayOfUtf8(m_json)});
    m_json.clear();
    m_pending = 0;
    return done;
}

} // namespace st
