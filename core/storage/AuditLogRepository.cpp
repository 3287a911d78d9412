#include "storage/AuditLogRepository.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace st {

namespace {

// The label of a row is the first of these its JSON has: what an analyst recognises it by.
QString labelOf(const QSqlDatabase &db, const QString &alias)
{
    const SqlDialect &dialect = dialectOf(db);
    const QString row = QStringLiteral("coalesce(%1.after, %1.before)").arg(alias);
    QStringList choices;
    for (const char *key : {"symbol", "reference_number", "code", "description", "name", "url"})
        choices << dialect.jsonField(row, QLatin1String(key));
    choices << QStringLiteral("'resolution ' || ") + dialect.jsonField(row, QStringLiteral("resolution_id"));
    choices << QStringLiteral("''");
    return QStringLiteral("coalesce(%1)").arg(choices.join(QStringLiteral(", ")));
}

// The order of an action's rows: the record the filter asks for, then records before the links
// written with them (a resolution before its sources, states and triggers), then as written.
const QString kMainFirst = QStringLiteral(
    "ORDER BY NOT (? <> '' AND m.table_name = ? AND (? = 0 OR m.row_id = ?)), "
    " m.table_name IN ('resolution_sources', 'resolution_states', 'resolution_triggers'), m.id");

QVariantList mainFirstValues(const AuditFilter &filter)
{
    const QVariant table = sql::text(filter.table);
    return {table, table, filter.rowId, filter.rowId};
}

} // namespace

Result<QList<AuditEntry>> AuditLogRepository::actions(const AuditFilter &filter, qint64 beforeId, int limit) const
{
    const QString text = filter.text.trimmed().toLower();
    const QVariant table = sql::text(filter.table);
    // The newest actions with a matching row; then each action's first time, size and main row.
    return sql::collect(m_db, QStringLiteral(
        "WITH actions AS (SELECT action_id FROM audit_log "
        "  WHERE (? = '' OR table_name = ?) AND (? = 0 OR row_id = ?) "
        "   AND (? = '' OR replace(lower(coalesce(before, '') || coalesce(after, '') || \"user\"), ?, '') "
        "       <> lower(coalesce(before, '') || coalesce(after, '') || \"user\")) " // contains, on both engines
        "   AND (? = 0 OR action_id < ?) "
        "  GROUP BY action_id ORDER BY action_id DESC LIMIT ?), "
        "sized AS (SELECT a.action_id, "
        "  (SELECT min(changed_at) FROM audit_log WHERE action_id = a.action_id) AS changed_at, "
        "  (SELECT count(*) FROM audit_log WHERE action_id = a.action_id) AS row_count, "
        "  (SELECT m.id FROM audit_log m WHERE m.action_id = a.action_id %1 LIMIT 1) AS main_id "
        "  FROM actions a) "
        "SELECT s.action_id, s.changed_at, x.\"user\", x.table_name, x.row_id, x.operation, %2, s.row_count "
        "FROM sized s JOIN audit_log x ON x.id = s.main_id ORDER BY s.action_id DESC").arg(kMainFirst, labelOf(m_db, QStringLiteral("x"))),
        QVariantList{table, table, filter.rowId, filter.rowId, sql::text(text), sql::text(text), beforeId, beforeId, limit}
            + mainFirstValues(filter),
        [](const QSqlQuery &r) {
            AuditEntry e;
            e.id = r.value(0).toLongLong();
            e.changedAt = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
            e.user = r.value(2).toString();
            e.table = r.value(3).toString();
            e.rowId = r.value(4).toLongLong();
            e.operation = r.value(5).toString();
            e.label = r.value(6).toString();
            e.rows = r.value(7).toInt();
            return e;
        });
}

Result<QList<AuditRow>> AuditLogRepository::rowsOf(qint64 actionId, const AuditFilter &filter, int limit) const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT m.id, m.table_name, m.row_id, m.operation, %1 FROM audit_log m WHERE m.action_id = ? %2 LIMIT ?")
                                  .arg(labelOf(m_db, QStringLiteral("m")), kMainFirst),
        QVariantList{actionId} + mainFirstValues(filter) + QVariantList{limit}, [](const QSqlQuery &r) {
            return AuditRow{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                            r.value(3).toString(), r.value(4).toString()};
        });
}

Result<QList<AuditFieldChange>> AuditLogRepository::changesOf(qint64 auditId) const
{
    // Columns in the table's own order; the JSON holds every column the row had when it changed. The
    // key is a column name read from the schema.
    const SqlDialect &dialect = dialectOf(m_db);
    const QString key = QStringLiteral("p.name");
    return sql::collect(m_db, QStringLiteral(
        "SELECT p.name, %1, %2 FROM audit_log a %3 WHERE a.id = ? ORDER BY %4")
                                  .arg(dialect.jsonFieldNamedBy(QStringLiteral("a.before"), key),
                                       dialect.jsonFieldNamedBy(QStringLiteral("a.after"), key),
                                       dialect.joinTableColumns(QStringLiteral("a.table_name"), QStringLiteral("p")),
                                       dialect.columnOrder(QStringLiteral("p"))),
        {auditId}, [](const QSqlQuery &r) {
            const auto value = [&](int i) { return r.value(i).isNull() ? QVariant() : r.value(i); };
            return AuditFieldChange{r.value(0).toString(), value(1), value(2)};
        });
}

} // namespace st
