#include "storage/Sql.h"

#include "common/Log.h"
#include "storage/ConnectionLoss.h"
#include "storage/SqlDialect.h"
#include "storage/DatabaseAccess.h"
#include "storage/InjectedFaults.h"

#include <QDate>
#include <QHash>
#include <QSqlError>

namespace st::sql {

namespace {

// Prepared statements of the writing calls, kept per connection and thread. Parsing dominated bulk
// writes: every INSERT into an audited table also recompiles its audit triggers, so an import of 1,000
// resolutions spent more than a third of its time in SQLite's parser. Only exec(), scalar() and
// returningId() use the cache, because they consume their query before returning: a cached query is
// never in use by a caller. A cached query whose driver is gone (its connection was removed) is
// prepared again.
using StatementCache = QHash<QString, QHash<QString, QSqlQuery>>; // connection -> statement -> query
StatementCache &statementCache()
{
    thread_local StatementCache cache;
    return cache;
}

Result<QSqlQuery *> preparedOnce(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery &query = statementCache()[db.connectionName()][statement];
    if (query.driver() == nullptr || query.driver() != db.driver() || query.lastQuery() != statement) {
        query = QSqlQuery(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            const QSqlError error = query.lastError();
            statementCache()[db.connectionName()].remove(statement);
            return storageError(db, statement, error);
        }
    }
    return &query;
}

// A statement without bound values on an engine that prepares only queries (SqlDialect::
// preparesEveryStatement): sent as it is, finished by the caller.
Result<QSqlQuery> runUnprepared(const QSqlDatabase &db, const QString &statement)
{
    if (const auto fault = injectedFault(statement))
        return storageError(db, statement, *fault);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return storageError(db, statement, query.lastError());
    return query;
}

bool sendAsItIs(const QSqlDatabase &db, const QVariantList &values)
{
    return values.isEmpty() && !dialectOf(db).preparesEveryStatement();
}

Result<QSqlQuery *> runCached(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (const auto fault = injectedFault(statement))
        return storageError(db, statement, *fault);
    auto prepared = preparedOnce(db, statement);
    if (!prepared)
        return prepared.error();
    QSqlQuery *query = prepared.value();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values[i]);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return storageError(db, statement, error);
    }
    return query;
}

} // namespace

Error storageError(const QSqlDatabase &db, const QString &statement, const QSqlError &error)
{
    qCWarning(lcStorage) << "SQL failed:" << error.text() << "in" << statement;
    if (isLostConnection(db, error))
        return connectionLostError(db, error.text());
    Error e{Error::Code::Storage, QObject::tr("The database refused the change."), error.text()};
    const QString text = error.text();
    const SqlDialect::BrokenRule broken = dialectOf(db).brokenRule(error);
    if (error.nativeErrorCode() == QLatin1String("42501")) // the server's grants: a reader (DatabaseAccess.h)
        e.message = changeRefusedMessage(db.userName());
    else if (broken == SqlDialect::BrokenRule::UniqueKey)
        e.code = Error::Code::Conflict;
    else if (broken == SqlDialect::BrokenRule::ForeignKey)
        e.code = Error::Code::BrokenLink;
    else if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        e.message = QObject::tr("The database file is read-only.");
    else if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        e.message = QObject::tr("The database is locked by another program. Try again in a moment.");
    else if (text.contains(QLatin1String("full")))
        e.message = QObject::tr("The disk is full.");
    else if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt"))
             || error.nativeErrorCode() == QLatin1String("11"))
        e.message = QObject::tr("The database file is damaged (SQLite found a corrupt page); nothing was changed. "
                                "Restore it from a backup.");
    else if (text.contains(QLatin1String("disk I/O error")))
        e.message = QObject::tr("The database file could not be read or written (a disk error).");
    return e;
}

void forgetStatements(const QString &connectionName) { statementCache().remove(connectionName); }

namespace {

// A read outside any change, refused because the server dropped the connection, runs again once on
// a new one (ConnectionLoss.h): it changes nothing, so running it twice is harmless. A write is never
// repeated here: it belongs to a change, and the change's Transaction decides.
bool isRead(const QString &statement)
{
    const QStringView start = QStringView(statement).trimmed().left(6);
    return start.compare(QLatin1String("SELECT"), Qt::CaseInsensitive) == 0
        || start.left(4).compare(QLatin1String("WITH"), Qt::CaseInsensitive) == 0;
}

template <typename Fn>
auto againAfterReconnect(const QSqlDatabase &db, const QString &statement, Fn once) -> decltype(once())
{
    auto result = once();
    if (result || result.error().code != Error::Code::ConnectionLost || !isRead(statement)
        || hasOpenGuard(db.connectionName()))
        return result;
    if (Status reopened = reopenConnection(db); !reopened)
        return reopened.error();
    return once();
}

Result<QSqlQuery> runOnce(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (sendAsItIs(db, values))
        return runUnprepared(db, statement);
    if (const auto fault = injectedFault(statement))
        return storageError(db, statement, *fault);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return storageError(db, statement, query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return storageError(db, statement, query.lastError());
    return query;
}

Status execOnce(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (sendAsItIs(db, values)) {
        auto done = runUnprepared(db, statement);
        if (!done)
            return done.error();
        return {};
    }
    auto result = runCached(db, statement, values);
    if (!result)
        return result.error();
    result.value()->finish();
    return {};
}

Result<QVariant> scalarOnce(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (sendAsItIs(db, values)) {
        auto done = runUnprepared(db, statement);
        if (!done)
            return done.error();
        return done.value().next() ? done.value().value(0) : QVariant();
    }
    auto result = runCached(db, statement, values);
    if (!result)
        return result.error();
    QSqlQuery *query = result.value();
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

} // namespace

Result<qint64> returningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto q = runCached(db, statement, values);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const bool hasRow = query->next();
    const qint64 id = hasRow ? query->value(0).toLongLong() : 0;
    query->finish();
    if (!hasRow)
        return Error{Error::Code::Storage, QObject::tr("The database returned no row id."), statement};
    return id;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return againAfterReconnect(db, statement, [&] { return runOnce(db, statement, values); });
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return againAfterReconnect(db, statement, [&] { return execOnce(db, statement, values); });
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return againAfterReconnect(db, statement, [&] { return scalarOnce(db, statement, values); });
}

QVariant orNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }
QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }
QVariant orNull(const QDate &date) { return date.isValid() ? QVariant(dateText(date)) : QVariant(); }
QVariant orNull(qint64 id) { return id == 0 ? QVariant() : QVariant(id); }

QString dateText(const QDate &date) { return date.toString(Qt::ISODate); }

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString idsJson(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    return json + QLatin1Char(']');
}

} // namespace st::sql
