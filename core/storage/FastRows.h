#pragma once

#include "common/Result.h"
#include "domain/Vocabulary.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <type_traits>

namespace st {

// Long listings read through SQLite's own interface where the connection allows it, through QSqlQuery
// elsewhere (a server), with one way to read a column either way. Through QSqlQuery every value becomes
// a QVariant: reading 100,000 resolution summaries took 0.45 s that way, of which SQLite's own 0.14 s.

// A row through Qt's SQL layer.
struct QueryRow {
    const QSqlQuery &q;
    [[nodiscard]] bool isNull(int c) const { return q.value(c).isNull(); }
    [[nodiscard]] qint64 integer(int c) const { return q.value(c).toLongLong(); }
    [[nodiscard]] double real(int c) const { return q.value(c).toDouble(); }
    [[nodiscard]] QDate date(int c) const { return sql::dateFrom(q.value(c)); }
    [[nodiscard]] QString text(int c) const { return q.value(c).toString(); }
    template <class E> [[nodiscard]] std::optional<E> code(int c) const { return fromCode<E>(text(c)); }
};

// The same row through SQLite's own interface: texts decoded from SQLite's UTF-8 once, no QVariant.
struct DirectRow {
    const SqliteRow &row;
    [[nodiscard]] bool isNull(int c) const { return row.isNull(c); }
    [[nodiscard]] qint64 integer(int c) const { return row.integer(c); }
    [[nodiscard]] double real(int c) const { return row.real(c); }
    [[nodiscard]] QDate date(int c) const { return row.date(c); }
    [[nodiscard]] QString text(int c) const { return QString::fromUtf8(row.utf8(c)); }
    template <class E> [[nodiscard]] std::optional<E> code(int c) const
    {
        if constexpr (std::is_same_v<E, MeasureAction>)
            return measureActionFromUtf8(row.utf8(c)); // a million of them in the in-force facts
        else
            return fromCode<E>(text(c));
    }
};

// Binds `values` in order: NULL, integers (and booleans) as integers, anything else as text.
void bindValues(SqliteStatement &statement, const QVariantList &values);

// Runs `statement` with `values` and hands every row to `take(row)`, a QueryRow or a DirectRow (so
// `take` is a generic lambda reading both alike).
template <typename Take>
Status forEachFastRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values, Take take)
{
    auto direct = SqliteStatement::prepare(db, statement);
    if (!direct)
        return direct.error();
    if (direct.value()) {
        bindValues(*direct.value(), values);
        return direct.value()->rows([&](const SqliteRow &row) { take(DirectRow{row}); });
    }
    return sql::forEachRow(db, statement, values, [&](const QSqlQuery &q) { take(QueryRow{q}); });
}

// Runs `statement` with `values` and reads the first `columns` columns of every row as integers, one row
// after another in one list: the ids the browsers sort and page through (954,628 measure ids for "All
// states" at 100,000 synthetic resolutions, each a QVariant through QSqlQuery).
Result<QList<qint64>> fastIntegers(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                                   int columns = 1);

} // namespace st
