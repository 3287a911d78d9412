#include "storage/RowVersion.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QObject>

namespace st {

namespace {

const QStringList &versionedTables()
{
    static const QStringList tables{QStringLiteral("resolutions"), QStringLiteral("measures"),
                                    QStringLiteral("trigger_events"), QStringLiteral("states"),
                                    QStringLiteral("measure_types")};
    return tables;
}

Error notVersioned(const QString &table)
{
    return Error{Error::Code::Storage, QObject::tr("This kind of record has no version."), table};
}

} // namespace

bool hasRowVersion(const QString &table) { return versionedTables().contains(table); }

bool isRowStampColumn(const QString &column)
{
    return column == QLatin1String("row_version") || column == QLatin1String("changed_by")
           || column == QLatin1String("changed_at");
}

// Table names below come from versionedTables() (checked first), never from input.
Result<RowStamp> readRowStamp(const Database &db, const QString &table, qint64 id)
{
    if (!hasRowVersion(table))
        return notVersioned(table);
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::NotFound, QObject::tr("The record is no longer stored.")};
    return RowStamp{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()};
}

Result<bool> stampRow(const Database &db, const QString &table, qint64 id, qint64 expected)
{
    if (!hasRowVersion(table))
        return notVersioned(table);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString statement = QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = ?, changed_at = ? "
                                       "WHERE id = ?").arg(table);
    QVariantList values{db.user(), now, id};
    if (expected > 0) {
        statement += QStringLiteral(" AND row_version = ?");
        values << expected;
    }
    auto q = sql::run(db.connection(), statement, values);
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<QString> rowName(const Database &db, const QString &table, qint64 id)
{
    static const QHash<QString, QString> nameOf{
        {QStringLiteral("states"), QStringLiteral("code")},
        {QStringLiteral("measure_types"), QStringLiteral("code")},
        {QStringLiteral("regimes"), QStringLiteral("code")},
        {QStringLiteral("resolutions"), QStringLiteral("symbol")},
        {QStringLiteral("trigger_events"), QStringLiteral("occurred_on || ' ' || description")},
        {QStringLiteral("measures"), QStringLiteral("description")},
    };
    const auto found = nameOf.constFind(table);
    if (found == nameOf.cend())
        return QString::number(id);
    auto name = sql::scalar(db.connection(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(*found, table), {id});
    if (!name)
        return name.error();
    return name.value().isNull() ? QString::number(id) : name.value().toString();
}

} // namespace st
