#include "storage/Sql.h"

#include "common/Log.h"

#include <QDate>
#include <QSqlError>

namespace st::sql {

namespace {

Error storageError(const QString &statement, const QSqlError &error)
{
    qCWarning(lcStorage) << "SQL failed:" << error.text() << "in" << statement;
    Error e{Error::Code::Storage, QObject::tr("The database refused the change."), error.text()};
    const QString text = error.text();
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        e.code = Error::Code::Conflict;
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

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return storageError(statement, query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return storageError(statement, query.lastError());
    return query;
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto result = run(db, statement, values);
    if (!result)
        return result.error();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto result = run(db, statement, values);
    if (!result)
        return result.error();
    QSqlQuery &q = result.value();
    return q.next() ? q.value(0) : QVariant();
}

Result<qint64> returningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::Storage, QObject::tr("The database returned no row id."), statement};
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
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

} // namespace st::sql
