#include "storage/SqlDialect.h"

#include "storage/PostgresDialect.h"
#include "storage/SqliteDialect.h"

namespace st {

QString SqlDialect::upsertTail(const QStringList &conflictColumns, const QStringList &updatedColumns) const
{
    QStringList sets;
    for (const QString &column : updatedColumns)
        sets << QStringLiteral("%1 = excluded.%1").arg(column);
    return QStringLiteral("ON CONFLICT(%1) DO UPDATE SET %2")
        .arg(conflictColumns.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
}

const SqlDialect &dialectOf(const QSqlDatabase &db)
{
    static const PostgresDialect postgres;
    static const SqliteDialect sqlite;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    return sqlite;
}

} // namespace st
