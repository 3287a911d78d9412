#include "designations/DesignationTableModel.h"

#include "storage/Database.h"
#include "domain/Wording.h"

#include <QSet>

namespace st {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

DesignationTableModel::DesignationTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

::st::Status DesignationTableModel::reload()
{
    auto rows = loadDesignationListings(m_db);
    if (!rows)
        return rows.error();
    QStringList search;
    search.reserve(rows.value().size());
    for (const DesignationListing &d : rows.value()) {
        // One line per name, so a search never matches across two names.
        QStringList names{d.referenceNumber, d.name, d.originalScript};
        names += d.aliases;
        search << foldForSearch(names.join(QLatin1Char('\n')));
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    m_searchText = std::move(search);
    endResetModel();
    return {};
}

int DesignationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DesignationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList DesignationTableModel::listTypes() const
{
    QSet<QString> types;
    for (const DesignationListing &d : m_rows) {
        if (!d.listType.isEmpty())
            types.insert(d.listType);
    }
    QStringList out(types.cbegin(), types.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QVariant DesignationTableModel::display(const DesignationListing &d, int column) const
{
    switch (column) {
    case Reference:
        return d.referenceNumber;
    case Name:
        return d.name;
    case OriginalScript:
        return d.originalScript;
    case Kind:
        return d.kind == DesignationKind::Individual ? tr("Individual") : tr("Entity");
    case List:
        return d.listType;
    case ListedOn:
        return dayText(d.listedOn);
    case ListedBy:
        return d.resolution.isEmpty() ? tr("Committee decision") : d.resolution;
    case Status:
        return d.isDelisted() ? tr("Delisted %1").arg(dayText(d.delistedOn)) : tr("Listed");
    default:
        return {};
    }
}

QVariant DesignationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DesignationListing &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !d.aliases.isEmpty())
            return tr("Also known as: %1").arg(d.aliases.join(QStringLiteral("; ")));
        if (index.column() == ListedBy && d.resolution.isEmpty())
            return tr("No resolution of this regime was adopted on the listing date: the sanctions committee "
                      "listed it.");
        return {};
    case IdRole:
        return d.id;
    case SortRole:
        if (index.column() == ListedOn)
            return d.listedOn;
        if (index.column() == Status)
            return d.delistedOn.isValid() ? d.delistedOn : QDate(9999, 12, 31);
        return display(d, index.column());
    case KindRole:
        return toCode(d.kind);
    case ListTypeRole:
        return d.listType;
    case ListedOnRole:
        return d.listedOn;
    case DelistedRole:
        return d.isDelisted();
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant DesignationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Name: return tr("Name");
    case OriginalScript: return tr("Original script");
    case Kind: return tr("Kind");
    case List: return tr("UN list");
    case ListedOn: return tr("Listed on");
    case ListedBy: return tr("Listed by");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace st
