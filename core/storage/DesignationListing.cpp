#include "storage/DesignationListing.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>

namespace st {

namespace {

// Appends column 1 of every row to the listing whose id is in column 0.
Status appendTo(const QSqlDatabase &db, const QString &statement, QList<DesignationListing> &rows,
                const QHash<qint64, qsizetype> &indexOfId, QStringList DesignationListing::*target)
{
    return sql::forEachRow(db, statement, {}, [&](const QSqlQuery &q) {
        if (const qsizetype i = indexOfId.value(q.value(0).toLongLong(), -1); i >= 0)
            (rows[i].*target).append(q.value(1).toString());
    });
}

} // namespace

Result<QList<DesignationListing>> loadDesignationListings(const Database &database)
{
    const QSqlDatabase db = database.connection();
    auto listed = sql::collect(db, QStringLiteral(
        "SELECT d.id, d.reference_number, d.kind, d.name, d.name_original_script, "
        " coalesce(d.un_list_type, g.un_list_type, ''), g.code, s.code, d.listed_on, d.delisted_on, r.symbol, "
        " d.comments, d.data_id, d.version_num "
        "FROM designations d LEFT JOIN regimes g ON g.id = d.regime_id LEFT JOIN states s ON s.id = d.state_id "
        " LEFT JOIN resolutions r ON r.id = d.resolution_id ORDER BY d.reference_number"), {}, [](const QSqlQuery &r) {
        DesignationListing d;
        d.id = r.value(0).toLongLong();
        d.referenceNumber = r.value(1).toString();
        d.kind = fromCode<DesignationKind>(r.value(2).toString()).value_or(DesignationKind::Individual);
        d.name = r.value(3).toString();
        d.originalScript = r.value(4).toString();
        d.listType = r.value(5).toString();
        d.regimeCode = r.value(6).toString();
        d.stateCode = r.value(7).toString();
        d.listedOn = sql::dateFrom(r.value(8));
        d.delistedOn = sql::dateFrom(r.value(9));
        d.resolution = r.value(10).toString();
        d.comments = r.value(11).toString();
        d.dataId = r.value(12).toLongLong();
        d.versionNum = r.value(13).toInt();
        return d;
    });
    if (!listed)
        return listed.error();
    QList<DesignationListing> rows = std::move(listed).value();
    QHash<qint64, qsizetype> indexOfId;
    for (qsizetype i = 0; i < rows.size(); ++i)
        indexOfId.insert(rows[i].id, i);
    if (auto done = appendTo(db, QStringLiteral("SELECT designation_id, name FROM designation_aliases "
                                                "WHERE name <> '' ORDER BY designation_id, position"),
                            rows, indexOfId, &DesignationListing::aliases);
        !done)
        return done.error();
    if (auto done = appendTo(db, QStringLiteral("SELECT designation_id, value FROM designation_details "
                                                "WHERE section = 'nationality' ORDER BY designation_id, seq"),
                            rows, indexOfId, &DesignationListing::nationalities);
        !done)
        return done.error();
    return rows;
}

} // namespace st
