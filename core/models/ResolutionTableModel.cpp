#include "models/ResolutionTableModel.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace st {

QString voteText(const Votes &v)
{
    return QStringLiteral("%1–%2–%3").arg(v.inFavour).arg(v.against).arg(v.abstaining);
}

QString chapterViiText(const std::optional<bool> &chapterVii)
{
    if (!chapterVii)
        return QCoreApplication::translate("st::ResolutionTableModel", "Unknown");
    return *chapterVii ? QCoreApplication::translate("st::ResolutionTableModel", "Yes")
                       : QCoreApplication::translate("st::ResolutionTableModel", "No");
}

ResolutionTableModel::ResolutionTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

::st::Status ResolutionTableModel::reload()
{
    auto rows = ResolutionRepository(m_db.connection()).summaries();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    return {};
}

int ResolutionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResolutionTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ResolutionTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

QVariant ResolutionTableModel::display(const ResolutionSummary &r, int column) const
{
    switch (column) {
    case Symbol:
        return r.symbol;
    case Date:
        return r.date.toString(Qt::ISODate);
    case Status:
        return r.status == ResolutionStatus::Adopted ? tr("Adopted") : tr("Vetoed");
    case Kind:
        return displayName(r.kind);
    case Vote:
        return voteText(r.votes);
    case ChapterVii:
        return chapterViiText(r.chapterVii);
    case Measures:
        return r.measureCount;
    case Triggers:
        return r.triggers;
    case Title:
        return r.title;
    default:
        return {};
    }
}

QVariant ResolutionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResolutionSummary &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title || index.column() == Triggers ? display(r, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Measures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    case SortRole:
        // Sort symbols by date so S/RES/2397 sorts after S/RES/1718 regardless of text.
        if (index.column() == Symbol || index.column() == Date)
            return r.date.toString(Qt::ISODate) + r.symbol;
        if (index.column() == Measures)
            return r.measureCount;
        return display(r, index.column());
    default:
        return {};
    }
}

QVariant ResolutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol: return tr("Symbol");
    case Date: return tr("Date");
    case Status: return tr("Status");
    case Kind: return tr("Kind");
    case Vote: return tr("Vote (for–against–abstain)");
    case ChapterVii: return tr("Chapter VII");
    case Measures: return tr("Measures");
    case Triggers: return tr("Triggers");
    case Title: return tr("Title");
    default: return {};
    }
}

} // namespace st
