#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <type_traits>
#include <utility>

namespace st::sql {

// Prepares `statement`, binds `values` positionally and executes it. Every statement in core goes
// through here, so no input is ever concatenated into SQL and no exec() result goes unchecked.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// What a failed statement tells the user: the rule it broke, a lost connection, a read-only, locked,
// full or damaged file, each worded for the reader, with the driver's text as the detail. For code
// that runs statements outside run() (SqliteStatement).
Error storageError(const QSqlDatabase &db, const QString &statement, const QSqlError &error);

// For statements whose result rows are not needed.
// Drops the prepared statements kept for a connection; call before the connection is closed.
void forgetStatements(const QString &connectionName);

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Runs an INSERT ... RETURNING id and gives the id; the statement is finished before returning, so
// a savepoint around it can be released.
Result<qint64> returningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// The rows of `statement`, each mapped by `row(const QSqlQuery &)`: the "run, check, loop with next(),
// append" shape every listing has, written once. An error of the statement is the result's error.
template <typename RowFn>
auto collect(const QSqlDatabase &db, const QString &statement, const QVariantList &values, RowFn row)
    -> Result<QList<std::decay_t<std::invoke_result_t<RowFn, const QSqlQuery &>>>>
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    QList<std::decay_t<std::invoke_result_t<RowFn, const QSqlQuery &>>> rows;
    while (q.value().next())
        rows.append(row(std::as_const(q.value())));
    return rows;
}

// Runs `statement` and hands every row to `take(const QSqlQuery &)`: for rows that are not a list of
// their own (rows appended to the record they belong to, keys gathered into sets and maps).
template <typename RowFn>
Status forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values, RowFn take)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    while (q.value().next())
        take(std::as_const(q.value()));
    return {};
}

// Binding helpers: SQL NULL for empty strings, invalid dates and absent optionals.
QVariant orNull(const QString &text);
// Never NULL: an empty QString binds as NULL, which NOT NULL text columns refuse.
QVariant text(const QString &value);
QVariant orNull(const QDate &date);
QVariant orNull(qint64 id);
QString dateText(const QDate &date);
QDate dateFrom(const QVariant &value);
// Row ids as a JSON array, bound as one value and unpacked by the dialect's jsonArrayIds().
QString idsJson(const QList<qint64> &ids);

} // namespace st::sql
