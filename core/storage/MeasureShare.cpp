#include "storage/MeasureShare.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

Result<MeasureShare> measureShare(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto kept = sql::scalar(db, QStringLiteral("SELECT count(*) FROM measures m ") + where, values);
    if (!kept)
        return kept.error();
    // An engine that plans its own scans (inTableOrder changes nothing) is not asked to count them all.
    const QString measures = QStringLiteral("measures m");
    if (dialectOf(db).inTableOrder(measures) == measures)
        return MeasureShare{kept.value().toLongLong(), false};
    auto all = where.isEmpty() ? kept : sql::scalar(db, QStringLiteral("SELECT count(*) FROM measures"));
    if (!all)
        return all.error();
    const qint64 n = kept.value().toLongLong();
    return MeasureShare{n, n * 16 >= all.value().toLongLong()};
}

} // namespace st
