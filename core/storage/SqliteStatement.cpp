#include "storage/SqliteStatement.h"

#include "storage/InjectedFaults.h"
#include "storage/Sql.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <mutex>

namespace st {

void configureSqliteLibrary()
{
    static std::once_flag once;
    // SQLITE_MISUSE once SQLite is initialised (a connection opened before): then it keeps its defaults.
    // The statement journal's spill size (SQLITE_CONFIG_STMTJRNL_SPILL) stays at SQLite's 64 KiB although the
    // UN list import's 128-row inserts spill theirs to temporary files: with 1 MiB or more, SQLite 3.40.1
    // failed a large INSERT ... SELECT that followed a DELETE in one savepoint with "database or disk is
    // full" (reproduced outside the app; 128 KiB and "never spill" did not fail).
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

namespace {

// The sqlite3 handle behind a Qt SQLite connection, or null.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The handle belongs to the SQLite library we call only if Qt's driver runs that library: a driver
// built with SQLite inside would hand us a handle of another copy. The same source id is the check.
// The driver is loaded once per process, so its first answer holds for every connection; a probe
// that failed is asked again next time (meanwhile Qt's own interface serves).
bool sameLibraryAsDriver(const QSqlDatabase &db)
{
    enum Answer : int { Unknown, Same, Other };
    static std::atomic<int> known{Unknown};
    if (const int answer = known.load(std::memory_order_relaxed); answer != Unknown)
        return answer == Same;
    const auto driverSource = sql::scalar(db, QStringLiteral("SELECT sqlite_source_id()"));
    if (!driverSource)
        return false;
    const bool same = driverSource.value().toString() == QLatin1String(sqlite3_sourceid());
    known.store(same ? Same : Other, std::memory_order_relaxed);
    return same;
}

QSqlError errorOf(sqlite3 *handle, int code)
{
    return QSqlError(QStringLiteral("Unable to run the statement"), QString::fromUtf8(sqlite3_errmsg(handle)),
                     QSqlError::StatementError, QString::number(code));
}

} // namespace

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(const QSqlDatabase &db, const QString &statement)
{
    sqlite3 *handle = handleOf(db);
    if (handle == nullptr || !sameLibraryAsDriver(db))
        return std::unique_ptr<SqliteStatement>();
    if (const auto fault = sql::injectedFault(statement))
        return sql::storageError(db, statement, *fault);
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    const int code = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                        &prepared, nullptr);
    if (code != SQLITE_OK) {
        Error refused = sql::storageError(db, statement, errorOf(handle, code));
        sqlite3_finalize(prepared);
        return refused;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, statement, handle, prepared));
}

SqliteValues::SqliteValues()
    : m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
}

void SqliteValues::text(QStringView value)
{
    const qsizetype from = m_utf8.size();
    m_utf8.resize(from + m_encoder.requiredSpace(value.size()));
    char *end = m_encoder.appendToBuffer(m_utf8.data() + from, value);
    m_utf8.truncate(end - m_utf8.constData());
    m_values.push_back({Value::Text, 0, from, m_utf8.size() - from});
}

void SqliteValues::integer(qint64 value) { m_values.push_back({Value::Integer, value, 0, 0}); }

void SqliteValues::null() { m_values.push_back({Value::Null, 0, 0, 0}); }

void SqliteValues::bindTo(sqlite3_stmt *statement, int first, int count) const
{
    Q_ASSERT(first >= 0 && count >= 0 && std::size_t(first) + std::size_t(count) <= m_values.size());
    // Bound only now: the buffer no longer moves. SQLite reads the texts during the step.
    int placeholder = 0;
    for (auto v = m_values.begin() + first; v != m_values.begin() + first + count; ++v) {
        ++placeholder;
        switch (v->kind) {
        case Value::Integer:
            sqlite3_bind_int64(statement, placeholder, v->integer);
            break;
        case Value::Text:
            sqlite3_bind_text(statement, placeholder, m_utf8.constData() + v->from, int(v->size), SQLITE_STATIC);
            break;
        case Value::Null:
            sqlite3_bind_null(statement, placeholder);
            break;
        }
    }
}

void SqliteValues::clear()
{
    m_values.clear();
    m_utf8.resize(0);
}

SqliteStatement::SqliteStatement(QSqlDatabase db, QString statement, sqlite3 *handle, sqlite3_stmt *prepared)
    : m_db(std::move(db))
    , m_statement(std::move(statement))
    , m_handle(handle)
    , m_prepared(prepared)
{
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_prepared); }

void SqliteStatement::bindValues() { m_values.bindTo(m_prepared, 0, m_values.count()); }

void SqliteStatement::clearValues()
{
    sqlite3_reset(m_prepared);
    m_values.clear();
}

std::optional<Error> SqliteStatement::injectedRefusal()
{
    const auto fault = sql::injectedFault(m_statement);
    if (!fault)
        return std::nullopt;
    clearValues();
    return sql::storageError(m_db, m_statement, *fault);
}

Status SqliteStatement::step()
{
    const int code = sqlite3_step(m_prepared);
    Status done;
    if (code != SQLITE_DONE)
        done = sql::storageError(m_db, m_statement, errorOf(m_handle, code)); // before the reset clears it
    sqlite3_reset(m_prepared);
    return done;
}

Status SqliteStatement::run()
{
    if (auto refused = injectedRefusal())
        return *refused;
    bindValues();
    Status done = step();
    clearValues();
    return done;
}

Status SqliteStatement::runWith(const SqliteValues &values, int first)
{
    if (const auto fault = sql::injectedFault(m_statement))
        return sql::storageError(m_db, m_statement, *fault);
    values.bindTo(m_prepared, first, sqlite3_bind_parameter_count(m_prepared));
    return step();
}

Result<QList<qint64>> SqliteStatement::integers(int columns)
{
    if (auto refused = injectedRefusal())
        return *refused;
    bindValues();
    QList<qint64> values;
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(m_prepared)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            values.append(sqlite3_column_int64(m_prepared, c));
    }
    Result<QList<qint64>> read = std::move(values);
    if (code != SQLITE_DONE)
        read = sql::storageError(m_db, m_statement, errorOf(m_handle, code));
    clearValues();
    return read;
}

Status SqliteStatement::rows(const std::function<void(const SqliteRow &)> &each)
{
    if (auto refused = injectedRefusal())
        return *refused;
    bindValues();
    const SqliteRow row(m_prepared);
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(m_prepared)) == SQLITE_ROW)
        each(row);
    Status done;
    if (code != SQLITE_DONE)
        done = sql::storageError(m_db, m_statement, errorOf(m_handle, code));
    clearValues();
    return done;
}

bool SqliteRow::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

qint64 SqliteRow::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

double SqliteRow::real(int column) const { return sqlite3_column_double(m_statement, column); }

QByteArrayView SqliteRow::utf8(int column) const
{
    // The text first, then its length: the order SQLite's documentation asks for.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {text, sqlite3_column_bytes(m_statement, column)};
}

QDate SqliteRow::date(int column) const
{
    if (isNull(column))
        return {};
    const QByteArrayView text = utf8(column);
    const auto digit = [&](qsizetype i) { return text[i] >= '0' && text[i] <= '9'; };
    const auto number = [&](qsizetype from, qsizetype size) {
        int n = 0;
        for (qsizetype i = from; i < from + size; ++i)
            n = n * 10 + (text[i] - '0');
        return n;
    };
    // The stored form, 'YYYY-MM-DD', read directly; anything else as QDate reads ISO dates (sql::dateFrom).
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3)
        && digit(5) && digit(6) && digit(8) && digit(9))
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

} // namespace st
