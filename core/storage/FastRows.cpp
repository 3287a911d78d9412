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

} // namespace st
