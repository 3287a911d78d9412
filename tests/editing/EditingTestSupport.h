#pragma once

// Shared by the editing tests: whole-database fingerprints that include row ids, so "undo restored it"
// means the very same rows, not just equal-looking records.
#include "TestSupport.h"

#include "interchange/DatasetExporter.h"
#include "storage/AuditTrail.h"
#include "storage/RowVersion.h"
#include "storage/Sql.h"

#include <QSqlRecord>

namespace st::test {

// One line per row of every audited table: "table|rowid|col=value|...", in rowid order (PostgreSQL has no
// rowid: there the lines hold the columns, ids and links' keys among them, sorted). Without the
// version stamps (storage/RowVersion.h): undo puts back content, while a version only moves on
// (tst_edit_conflicts checks those).
inline QStringList dumpTables(const Database &db)
{
    QStringList lines;
    const QString select = onServer() ? QStringLiteral("SELECT * FROM %1")
                                      : QStringLiteral("SELECT rowid AS row_id_, * FROM %1 ORDER BY rowid");
    for (const QString &table : auditedTables()) {
        auto q = sql::run(db.connection(), select.arg(table));
        if (!q)
            qFatal("cannot dump %s: %s", qPrintable(table), qPrintable(q.error().fullText()));
        while (q.value().next()) {
            const QSqlRecord rec = q.value().record();
            QStringList cells{table};
            for (int i = 0; i < rec.count(); ++i) {
                if (isRowStampColumn(rec.fieldName(i)))
                    continue;
                const QVariant v = rec.value(i);
                cells << rec.fieldName(i) + QLatin1Char('=') + (v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    if (onServer())
        lines.sort();
    return lines;
}

inline QByteArray exportJson(const Database &db)
{
    auto json = exportDatasetJson(db);
    if (!json)
        qFatal("cannot export: %s", qPrintable(json.error().fullText()));
    return json.value();
}

inline qint64 scalarInt(const Database &db, const QString &statement, const QVariantList &values = {})
{
    auto v = sql::scalar(db.connection(), statement, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().fullText()));
    return v.value().toLongLong();
}

inline qint64 auditRows(const Database &db) { return scalarInt(db, QStringLiteral("SELECT count(*) FROM audit_log")); }

// Audit rows for one record and operation written after audit row `sinceId`.
inline qint64 auditRowsFor(const Database &db, qint64 sinceId, const QString &table, qint64 rowId, const QString &operation)
{
    return scalarInt(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND table_name = ? AND row_id = ? "
                                        "AND operation = ?"), {sinceId, table, rowId, operation});
}

inline qint64 lastAuditId(const Database &db) { return scalarInt(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")); }

// A connection to `where` (a file or a team database) whose changes the audit log and row stamps
// attribute to `user`; a new database gets the bundled dataset first, as the app's first run does.
inline std::unique_ptr<Database> openAs(const QString &where, const QString &user)
{
    auto db = Database::open(where, OpenOptions{false, user});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(where), qPrintable(db.error().fullText()));
    if (db.value()->isNew()) {
        if (auto loaded = loadBundledDataset(*db.value()); !loaded)
            qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    }
    return std::move(db).value();
}

} // namespace st::test
