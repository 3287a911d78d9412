#include "editing/AuditLogModel.h"

#include "storage/Database.h"

#include <QLocale>

namespace st {

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
    return AuditLogRepository(m_db).actions(m_filter, beforeId, m_pageSize);
}

Result<QList<AuditRow>> AuditLogModel::rowsOf(qint64 actionId, int limit) const
{
    return AuditLogRepository(m_db).rowsOf(actionId, m_filter, limit);
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
    return AuditLogRepository(m_db).changesOf(auditId);
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
