#include "editing/AuditLogModel.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QLocale>

namespace st {

namespace {

// The label of a row is the first of these its JSON has: what an analyst recognises it by.
QString labelOf(const QString &alias)
{
    return QStringLiteral(
               "coalesce(json_extract(coalesce(%1.after, %1.before), '$.symbol'), "
               " json_extract(coalesce(%1.after, %1.before), '$.reference_number'), "
               " json_extract(coalesce(%1.after, %1.before), '$.code'), "
               " json_extract(coalesce(%1.after, %1.before), '$.description'), "
               " json_extract(coalesce(%1.after, %1.before), '$.name'), "
               " json_extract(coalesce(%1.after, %1.before), '$.url'), "
               " 'resolution ' || json_extract(coalesce(%1.after, %1.before), '$.resolution_id'), '')")
        .arg(alias);
}

// The order of an action's rows: the record the filter asks for, then records before the links
// written with them (a resolution before its sources, states and triggers), then as written.
const QString kMainFirst = QStringLiteral(
    "ORDER BY NOT (? <> '' AND m.table_name = ? AND (? = 0 OR m.row_id = ?)), "
    " m.table_name IN ('resolution_sources', 'resolution_states', 'resolution_triggers'), m.id");

} // namespace

QString AuditLogModel::operationText(const QString &operation)
{
    if (operation == QLatin1String("insert"))
        return AuditLogModel::tr("Added");
    if (operation == QLatin1String("update"))
        return AuditLogModel::tr("Changed");
    if (operation == QLatin1String("delete"))
        return AuditLogModel::tr("Deleted");
    return operation;
}

AuditLogModel::AuditLogModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

QString AuditLogModel::recordName(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("resolutions"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("measures"), QT_TR_NOOP("Measure")},
        {QStringLiteral("trigger_events"), QT_TR_NOOP("Trigger event")},
        {QStringLiteral("states"), QT_TR_NOOP("Sanctioned state")},
        {QStringLiteral("measure_types"), QT_TR_NOOP("Measure type")},
        {QStringLiteral("regimes"), QT_TR_NOOP("Regime")},
        {QStringLiteral("designations"), QT_TR_NOOP("Designation")},
        {QStringLiteral("resolution_sources"), QT_TR_NOOP("Resolution source")},
        {QStringLiteral("resolution_states"), QT_TR_NOOP("Resolution state link")},
        {QStringLiteral("resolution_triggers"), QT_TR_NOOP("Resolution trigger link")},
    };
    const auto found = names.constFind(table);
    return found == names.cend() ? table : tr(*found);
}

Status AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    return reload();
}

Status AuditLogModel::reload()
{
    auto first = page(0);
    beginResetModel();
    m_rows = first ? first.value() : QList<AuditEntry>();
    // Views (and the model tester) may ask for more rows while the reset is being announced; the
    // next page becomes available only once it is over.
    m_more = false;
    endResetModel();
    m_more = first && m_rows.size() == m_pageSize;
    if (!first)
        return first.error();
    return {};
}

Result<QList<AuditEntry>> AuditLogModel::page(qint64 beforeId) const
{
    const QString text = m_filter.text.trimmed().toLower();
    const QVariant table = sql::text(m_filter.table);
    // The newest actions with a matching row; then each action's first time, size and main row.
    auto q = sql::run(m_db.connection(), QStringLiteral(
        "WITH actions AS (SELECT action_id FROM audit_log "
        "  WHERE (? = '' OR table_name = ?) AND (? = 0 OR row_id = ?) "
        "   AND (? = '' OR instr(lower(coalesce(before, '') || coalesce(after, '') || user), ?) > 0) "
        "   AND (? = 0 OR action_id < ?) "
        "  GROUP BY action_id ORDER BY action_id DESC LIMIT ?), "
        "sized AS (SELECT a.action_id, "
        "  (SELECT min(changed_at) FROM audit_log WHERE action_id = a.action_id) AS changed_at, "
        "  (SELECT count(*) FROM audit_log WHERE action_id = a.action_id) AS row_count, "
        "  (SELECT m.id FROM audit_log m WHERE m.action_id = a.action_id %1 LIMIT 1) AS main_id "
        "  FROM actions a) "
        "SELECT s.action_id, s.changed_at, x.user, x.table_name, x.row_id, x.operation, %2, s.row_count "
        "FROM sized s JOIN audit_log x ON x.id = s.main_id ORDER BY s.action_id DESC").arg(kMainFirst, labelOf(QStringLiteral("x"))),
        {table, table, m_filter.rowId, m_filter.rowId, sql::text(text), sql::text(text), beforeId, beforeId,
         m_pageSize, table, table, m_filter.rowId, m_filter.rowId});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.changedAt = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        e.user = r.value(2).toString();
        e.table = r.value(3).toString();
        e.rowId = r.value(4).toLongLong();
        e.operation = r.value(5).toString();
        e.label = r.value(6).toString();
        e.rows = r.value(7).toInt();
        out.append(e);
    }
    return out;
}

Result<QList<AuditRow>> AuditLogModel::rowsOf(qint64 actionId, int limit) const
{
    const QVariant table = sql::text(m_filter.table);
    auto q = sql::run(m_db.connection(), QStringLiteral(
        "SELECT m.id, m.table_name, m.row_id, m.operation, %1 FROM audit_log m WHERE m.action_id = ? %2 LIMIT ?")
                                              .arg(labelOf(QStringLiteral("m")), kMainFirst),
                      {actionId, table, table, m_filter.rowId, m_filter.rowId, limit});
    if (!q)
        return q.error();
    QList<AuditRow> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toString(),
                    r.value(4).toString()});
    }
    return out;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_more; }

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    auto next = page(m_rows.constLast().id);
    // A failed page ends the list; the next reload() reports the error where it can be shown.
    const bool more = next && next.value().size() == m_pageSize;
    m_more = false; // no nested fetch while the rows are announced (views ask from their slots)
    if (next && !next.value().isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.value().size() - 1));
        m_rows.append(next.value());
        endInsertRows();
    }
    m_more = more;
}

Result<QList<AuditFieldChange>> AuditLogModel::changesOf(qint64 auditId) const
{
    // Columns in the table's own order; the JSON holds every column the row had when it changed.
    auto q = sql::run(m_db.connection(), QStringLiteral(
        "SELECT p.name, json_extract(a.before, '$.\"' || p.name || '\"'), json_extract(a.after, '$.\"' || p.name || '\"') "
        "FROM audit_log a JOIN pragma_table_info(a.table_name) p WHERE a.id = ? ORDER BY p.cid"), {auditId});
    if (!q)
        return q.error();
    QList<AuditFieldChange> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const auto value = [&](int i) { return r.value(i).isNull() ? QVariant() : r.value(i); };
        out.append({r.value(0).toString(), value(1), value(2)});
    }
    return out;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int AuditLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case TableRole:
        return e.table;
    case RowIdRole:
        return e.rowId;
    case Qt::ToolTipRole:
        if (index.column() == Rows)
            return tr("The rows of the database this action wrote: the record and the links saved with it.");
        return index.column() == Time ? QVariant(e.changedAt.toString(Qt::ISODateWithMs)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.changedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm:ss"));
        case User:
            return e.user;
        case Record:
            return recordName(e.table);
        case Row:
            return e.rowId;
        case Operation:
            return operationText(e.operation);
        case Rows:
            return e.rows;
        case Label:
            return e.label;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case User:
        return tr("Who");
    case Record:
        return tr("Record");
    case Row:
        return tr("Id");
    case Operation:
        return tr("Change");
    case Rows:
        return tr("Rows", "how many stored rows one action wrote");
    case Label:
        return tr("What");
    default:
        return {};
    }
}

} // namespace st
