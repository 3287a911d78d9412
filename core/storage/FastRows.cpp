#include "storage/FastRows.h"

#include <QMetaType>

namespace st {

void bindValues(SqliteStatement &statement, const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.isNull()) {
            statement.null();
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            statement.integer(value.toLongLong());
            break;
        default:
            statement.text(value.toString());
        }
    }
}

Result<QList<qint64>> fastIntegers(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                                   int columns)
{
    auto direct = SqliteStatement::prepare(db, statement);
    if (!direct)
        return direct.error();
    if (direct.value()) {
        bindValues(*direct.value(), values);
        return direct.value()->integers(columns);
    }
    QList<qint64> read;
    if (auto done = sql::forEachRow(db, statement, values, [&](const QSqlQuery &q) {
            for (int c = 0; c < columns; ++c)
                read.append(q.value(c).toLongLong());
        });
        !done)
        return done.error();
    return read;
}

} // namespace st
