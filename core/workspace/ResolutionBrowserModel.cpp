#include "workspace/ResolutionBrowserModel.h"

#include "storage/Database.h"
#include "domain/Wording.h"

namespace st {

namespace {

ResolutionSortKey sortKeyOf(int column)
{
    switch (column) {
    case ResolutionBrowserModel::Status:
        return ResolutionSortKey::StatusCode;
    case ResolutionBrowserModel::Kind:
        return ResolutionSortKey::Kind;
    case ResolutionBrowserModel::Vote:
        return ResolutionSortKey::Vote;
    case ResolutionBrowserModel::ChapterVii:
        return ResolutionSortKey::ChapterVii;
    case ResolutionBrowserModel::Measures:
        return ResolutionSortKey::Measures;
    case ResolutionBrowserModel::Triggers:
        return ResolutionSortKey::Triggers;
    case ResolutionBrowserModel::Title:
        return ResolutionSortKey::Title;
    default: // Symbol sorts by date, so S/RES/2397 comes after S/RES/1718 whatever the text says
        return ResolutionSortKey::Date;
    }
}

} // namespace

ResolutionBrowserModel::ResolutionBrowserModel(const Database &db, QObject *parent)
    : WindowedTableModel(db, ColumnCount, Date, parent), m_cache("resolutions")
{
}

::st::Status ResolutionBrowserModel::setFilter(const ResolutionFilter &filter)
{
    if (filter == m_filter && !lastError())
        return {};
    const ResolutionFilter previous = m_filter;
    m_filter = filter;
    if (!loaded())
        return {};
    auto done = requery();
    if (!done)
        m_filter = previous;
    return done;
}

::st::Status ResolutionBrowserModel::reload()
{
    auto total = ResolutionRepository(m_db).count();
    if (!total)
        return total.error();
    setLoaded(total.value());
    return requery();
}

::st::Status ResolutionBrowserModel::requery()
{
    auto ids = checkedIds(BrowserRepository(m_db).resolutionIds(m_filter, sortKeyOf(sortColumn()), sortOrder()),
                          "resolutions");
    if (!ids)
        return ids.error();
    showIds(std::move(ids).value());
    return {};
}

const ResolutionSummary *ResolutionBrowserModel::row(int index) const
{
    return m_cache.at(ids(), index,
                      [this](const QList<qint64> &ids) { return ResolutionRepository(m_db).summariesOf(ids); });
}

std::optional<ResolutionSummary> ResolutionBrowserModel::summaryAt(int index) const
{
    const ResolutionSummary *r = row(index);
    return r ? std::optional<ResolutionSummary>(*r) : std::nullopt;
}

QVariant ResolutionBrowserModel::display(const ResolutionSummary &r, int column) const
{
    switch (column) {
    case Symbol:
        return r.symbol;
    case Date:
        return dayText(r.date);
    case Status:
        return statusName(r.status);
    case Kind:
        return displayName(r.kind);
    case Vote:
        return voteText(r.votes);
    case ChapterVii:
        return chapterViiText(r.chapterVii);
    case Measures:
        return r.measureCount;
    case Triggers:
        return triggersText(r.triggers);
    case Title:
        return r.title;
    default:
        return {};
    }
}

QVariant ResolutionBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != StatusRole &&
        role != KindRole)
        return {};
    const ResolutionSummary *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title || index.column() == Triggers ? display(*r, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Measures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StatusRole:
        return toCode(r->status);
    case KindRole:
        return toCode(r->kind);
    default:
        return {};
    }
}

QVariant ResolutionBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol: return tr("Symbol");
    case Date: return tr("Date");
    case Status: return tr("Status");
    case Kind: return tr("Kind");
    case Vote: return tr("Vote");
    case ChapterVii: return tr("Ch. VII");
    case Measures: return tr("Measures");
    case Triggers: return tr("Trigger");
    case Title: return tr("Title");
    default: return {};
    }
}

} // namespace st
