#include "workspace/ResolutionBrowserModel.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "domain/Wording.h"

#include <array>

namespace st {

namespace {

// Each column's header and the key it sorts by, in the order of ResolutionBrowserModel::Column.
struct ColumnSpec {
    const char *header;
    ResolutionSortKey sortKey;
};
constexpr std::array<ColumnSpec, ResolutionBrowserModel::ColumnCount> kColumns{{
    // Symbol sorts by date, so S/RES/2397 comes after S/RES/1718 whatever the text says.
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Symbol"), ResolutionSortKey::Date},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Date"), ResolutionSortKey::Date},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Status"), ResolutionSortKey::StatusCode},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Vote"), ResolutionSortKey::Vote},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Ch. VII"), ResolutionSortKey::ChapterVii},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Measures"), ResolutionSortKey::Measures},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Trigger"), ResolutionSortKey::Triggers},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Kind"), ResolutionSortKey::Kind},
    {QT_TRANSLATE_NOOP("st::ResolutionBrowserModel", "Title"), ResolutionSortKey::Title},
}};

} // namespace

ResolutionBrowserModel::ResolutionBrowserModel(const Database &db, QObject *parent)
    : WindowedTableModel(db, ColumnCount, Date, parent), m_cache("resolutions")
{
}

ResolutionBrowserModel::~ResolutionBrowserModel() = default; // waits for a read ahead still running

::st::Status ResolutionBrowserModel::setFilter(const ResolutionFilter &filter)
{
    return replaceFilter(m_filter, filter);
}

::st::Status ResolutionBrowserModel::reload()
{
    auto total = ResolutionRepository(m_db).count();
    if (!total)
        return total.error();
    m_idsBySearch.clear(); // the data changed
    m_measureOwners.reset();
    m_ownersAhead.reset();
    m_termMatches->clear();
    setLoaded(total.value());
    return requery();
}

void ResolutionBrowserModel::readAheadForSearch()
{
    if (m_measureOwners || m_ownersAhead || totalCount() <= m_readOwnersAheadAbove)
        return;
    // Not on a server: a second connection there may wait on the network or for a password.
    if (!BackgroundRead<QList<MeasureOwner>>::possibleFor(m_db) || isServerAddress(m_db.path()))
        return;
    m_ownersAhead = std::make_unique<BackgroundRead<QList<MeasureOwner>>>(
        m_db, [](const Database &db) { return FullTextRepository(db).measureOwners(); });
}

::st::Status ResolutionBrowserModel::requery()
{
    const ResolutionSortKey key = kColumns[std::size_t(sortColumn())].sortKey;
    auto ids = checkedIds(m_idsBySearch.ids(
                              m_filter, sortColumn(), sortOrder(),
                              [&](const ResolutionFilter &unsearched) {
                                  return BrowserRepository(m_db).resolutionIds(unsearched, key, sortOrder());
                              },
                              [&](const QStringList &terms) { return resolutionsMatching(terms); }),
                          "resolutions");
    if (!ids)
        return ids.error();
    showIds(std::move(ids).value());
    return {};
}

Result<QList<qint64>> ResolutionBrowserModel::resolutionsMatching(const QStringList &terms)
{
    const FullTextRepository text(m_db);
    if (!m_measureOwners && m_ownersAhead) {
        // Read ahead (waited for if the analyst typed before it ended); read again below if it failed.
        auto ahead = m_ownersAhead->take();
        m_ownersAhead.reset();
        if (ahead)
            m_measureOwners = std::move(ahead).value();
    }
    if (!m_measureOwners) {
        auto owners = text.measureOwners();
        if (!owners)
            return owners.error();
        m_measureOwners = std::move(owners).value();
    }
    // A resolution matches a word through its own text or through one of its measures'.
    return idlists::matchingEvery(terms, [&](const QString &term) -> Result<QList<qint64>> {
        auto own = text.resolutionsMatchingOwnText(term);
        if (!own)
            return own.error();
        auto measures = m_termMatches->of(m_db, term);
        if (!measures)
            return measures.error();
        return idlists::unionOf(own.value(), resolutionsOwning(measures.value(), *m_measureOwners));
    });
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

QVariant ResolutionBrowserModel::cellData(int index, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != StatusRole &&
        role != KindRole)
        return {};
    const ResolutionSummary *r = row(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::ToolTipRole:
        return column == Title || column == Triggers ? display(*r, column) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Measures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StatusRole:
        return toCode(r->status);
    case KindRole:
        return toCode(r->kind);
    default:
        return {};
    }
}

QString ResolutionBrowserModel::columnHeader(int column) const { return tr(kColumns[std::size_t(column)].header); }

} // namespace st
