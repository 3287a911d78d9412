#include "workspace/MeasureBrowserModel.h"

#include "analysis/Timeline.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "domain/Wording.h"

#include <QSet>

#include <array>
#include <utility>

namespace st {

namespace {

// Each column's header and the key it sorts by, in the order of MeasureBrowserModel::Column. Date,
// status, paragraph and lineage sort as the resolution does.
struct ColumnSpec {
    const char *header;
    MeasureSortKey sortKey;
};
constexpr std::array<ColumnSpec, MeasureBrowserModel::ColumnCount> kColumns{{
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Resolution"), MeasureSortKey::Resolution},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Date"), MeasureSortKey::Resolution},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Status"), MeasureSortKey::Resolution},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "State"), MeasureSortKey::State},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Measure type"), MeasureSortKey::Type},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Action"), MeasureSortKey::Action},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Para."), MeasureSortKey::Resolution},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Cap"), MeasureSortKey::Cap},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "From"), MeasureSortKey::EffectiveFrom},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "To"), MeasureSortKey::EffectiveTo},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Changes"), MeasureSortKey::Resolution},
    {QT_TRANSLATE_NOOP("st::MeasureBrowserModel", "Description"), MeasureSortKey::Description},
}};

} // namespace

MeasureBrowserModel::MeasureBrowserModel(const Database &db, QObject *parent)
    : WindowedTableModel(db, ColumnCount, Resolution, parent), m_cache("measures")
{
}

::st::Status MeasureBrowserModel::setFilter(const MeasureFilter &filter)
{
    return replaceFilter(m_filter, filter);
}

::st::Status MeasureBrowserModel::setInForceOn(const QDate &day)
{
    if (day == m_inForceOn)
        return {};
    m_inForceOn = day;
    if (!loaded())
        return {};
    if (auto done = ensureIntervals(); !done) {
        m_inForceOn = {};
        return done;
    }
    return applyInForce();
}

::st::Status MeasureBrowserModel::reload()
{
    auto total = MeasureRepository(m_db).count();
    if (!total)
        return total.error();
    m_intervalsByState.clear(); // the data changed: recompute the intervals when next needed
    m_idsBySearch.clear();
    m_termMatches->clear();
    setLoaded(total.value());
    return requery();
}

::st::Status MeasureBrowserModel::requery()
{
    std::optional<Error> noIntervals; // the rows are shown without the day, and lastError() says why
    if (auto done = ensureIntervals(); !done) {
        noIntervals = done.error();
        m_inForceOn = {};
    }
    // With "in force on" only the measures in force that day are shown, and the database orders just
    // those (applyInForce). Reading every id of the state first cost the first switch to "All states"
    // at 100,000 resolutions a tenth of a second for 954,628 ids, of which 25 were shown.
    if (m_inForceOn.isValid()) {
        m_baseIds.clear();
        m_baseIdsDeferred = true;
        return applyInForce();
    }
    if (auto done = loadBaseIds(); !done)
        return done;
    ::st::Status shown = applyInForce();
    if (noIntervals)
        setLastError(noIntervals); // after the ids' query, whose success clears it
    return shown;
}

::st::Status MeasureBrowserModel::loadBaseIds()
{
    const MeasureSortKey key = kColumns[std::size_t(sortColumn())].sortKey;
    auto ids = checkedIds(m_idsBySearch.ids(
                              m_filter, sortColumn(), sortOrder(),
                              [&](const MeasureFilter &unsearched) {
                                  return BrowserRepository(m_db).measureIds(unsearched, key, sortOrder());
                              },
                              [&](const QStringList &terms) { return m_termMatches->ofAll(m_db, terms); }),
                          "measures");
    if (!ids)
        return ids.error();
    m_baseIds = std::move(ids).value();
    m_baseIdsDeferred = false;
    return {};
}

::st::Status MeasureBrowserModel::ensureIntervals()
{
    if (!m_inForceOn.isValid() || m_intervalsByState.contains(m_filter.stateCode))
        return {};
    if (m_intervalsComing && m_intervalsComing(m_filter.stateCode))
        return {}; // the rows wait for adoptIntervals()
    auto intervals = loadInForceIntervals(m_db, m_filter.stateCode);
    if (!intervals)
        return intervals.error();
    m_intervalsByState.insert(m_filter.stateCode, std::move(intervals).value());
    return {};
}

void MeasureBrowserModel::adoptIntervals(const QString &stateCode, QList<InForceInterval> intervals)
{
    const bool awaited = stateCode == m_filter.stateCode && isWaitingForIntervals();
    m_intervalsByState.insert(stateCode, std::move(intervals));
    if (awaited)
        (void)applyInForce(); // a failure is the model's lastError(), as for any query
}

bool MeasureBrowserModel::isWaitingForIntervals() const
{
    return loaded() && m_inForceOn.isValid() && !m_intervalsByState.contains(m_filter.stateCode);
}

::st::Status MeasureBrowserModel::stopWaitingForIntervals()
{
    if (!isWaitingForIntervals())
        return {};
    const auto coming = std::exchange(m_intervalsComing, nullptr);
    auto done = ensureIntervals();
    m_intervalsComing = coming;
    if (!done) {
        m_inForceOn = {};
        setLastError(done.error());
    }
    if (auto shown = applyInForce(); !shown)
        return shown;
    return done;
}

const QList<InForceInterval> *MeasureBrowserModel::intervalsOf(const QString &stateCode) const
{
    const auto it = m_intervalsByState.constFind(stateCode);
    return it == m_intervalsByState.cend() ? nullptr : &it.value();
}

::st::Status MeasureBrowserModel::applyInForce()
{
    if (!m_inForceOn.isValid()) {
        if (m_baseIdsDeferred) { // every row is wanted now: read what requery() put off
            if (auto done = loadBaseIds(); !done)
                return done; // the view keeps its rows; lastError() says why
        }
        showIds(m_baseIds);
        return {};
    }
    const auto intervals = m_intervalsByState.constFind(m_filter.stateCode);
    if (intervals == m_intervalsByState.cend()) { // on their way: no row is known to be in force yet
        showIds({});
        return {};
    }
    const QList<qint64> inForce = measuresInForceOn(intervals.value(), m_inForceOn);
    if (m_baseIdsDeferred) {
        const MeasureSortKey key = kColumns[std::size_t(sortColumn())].sortKey;
        auto shown = checkedIds(BrowserRepository(m_db).measureIdsAmong(m_filter, inForce, key, sortOrder()), "measures");
        if (!shown)
            return shown.error();
        showIds(std::move(shown).value());
        return {};
    }
    const QSet<qint64> keep(inForce.cbegin(), inForce.cend());
    QList<qint64> shown;
    shown.reserve(keep.size());
    for (qint64 id : std::as_const(m_baseIds)) {
        if (keep.contains(id))
            shown.append(id);
    }
    showIds(std::move(shown));
    return {};
}

const MeasureRecord *MeasureBrowserModel::row(int index) const
{
    return m_cache.at(ids(), index,
                      [this](const QList<qint64> &ids) { return BrowserRepository(m_db).measureRows(ids); });
}

QVariant MeasureBrowserModel::display(const MeasureRecord &m, int column) const
{
    switch (column) {
    case Resolution:
        return m.resolution;
    case Date:
        return dayText(m.resolutionDate);
    case State:
        return m.stateCode;
    case Status:
        // A failed draft's measures were proposed, never adopted: say so on the row itself.
        if (!m.adopted)
            return displayName(m.status); // "Vetoed draft", "Draft not adopted (fewer than nine votes)"
        return m.contested ? tr("Adopted, contested") : tr("Adopted");
    case Type:
        return m.typeName;
    case Action:
        return actionName(m.action);
    case Paragraph:
        return m.paragraph;
    case Cap:
        return m.cap ? capText(*m.cap) : QString();
    case EffectiveFrom:
        return dayText(m.effectiveFrom);
    case EffectiveTo:
        return dayText(m.effectiveTo);
    case Changes:
        return m.changesText();
    case Description:
        return m.description;
    default:
        return {};
    }
}

QVariant MeasureBrowserModel::cellData(int index, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ResolutionIdRole &&
        role != ChangesResolutionIdRole && role != AdoptedRole)
        return {};
    const MeasureRecord *m = row(index);
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*m, column);
    case Qt::ToolTipRole:
        if (column == Description)
            return m->note.isEmpty() ? m->description : m->description + QStringLiteral("\n\n") + m->note;
        if (column == EffectiveFrom && !m->effectiveFrom.isValid())
            return tr("From adoption (%1)").arg(m->resolutionDate.toString(Qt::ISODate));
        if (column == Status && m->contested)
            return tr("Members dispute that this measure applies; the resolution's detail names them, their view and its source");
        if ((column == Resolution || column == Status) && !m->adopted)
            return m->status == ResolutionStatus::NotAdopted
                       ? tr("Draft not adopted (fewer than nine votes): its measures were proposed and never applied")
                       : tr("Vetoed draft: its measures were proposed and never applied");
        return {};
    case ResolutionIdRole:
        return m->resolutionId;
    case ChangesResolutionIdRole:
        return m->changesResolutionId;
    case AdoptedRole:
        return m->adopted;
    default:
        return {};
    }
}

QString MeasureBrowserModel::columnHeader(int column) const { return tr(kColumns[std::size_t(column)].header); }

} // namespace st
