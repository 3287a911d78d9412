#include "workspace/MeasureBrowserModel.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/MeasureFactRepository.h"
#include "storage/MeasureRepository.h"
#include "workspace/Formatting.h"

#include <QSet>

namespace st {

namespace {

MeasureSortKey sortKeyOf(int column)
{
    switch (column) {
    case MeasureBrowserModel::State:
        return MeasureSortKey::State;
    case MeasureBrowserModel::Type:
        return MeasureSortKey::Type;
    case MeasureBrowserModel::Action:
        return MeasureSortKey::Action;
    case MeasureBrowserModel::Cap:
        return MeasureSortKey::Cap;
    case MeasureBrowserModel::EffectiveFrom:
        return MeasureSortKey::EffectiveFrom;
    case MeasureBrowserModel::EffectiveTo:
        return MeasureSortKey::EffectiveTo;
    case MeasureBrowserModel::Description:
        return MeasureSortKey::Description;
    default:
        return MeasureSortKey::Resolution;
    }
}

QString changesText(const MeasureRow &m)
{
    if (m.changesId == 0)
        return {};
    return m.changesParagraph.isEmpty() ? m.changesSymbol : m.changesSymbol + QLatin1Char(' ') + m.changesParagraph;
}

} // namespace

MeasureBrowserModel::MeasureBrowserModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

::st::Status MeasureBrowserModel::setFilter(const MeasureFilter &filter)
{
    if (filter == m_filter && !m_lastError)
        return {};
    const MeasureFilter previous = m_filter;
    m_filter = filter;
    if (!m_loaded)
        return {};
    auto done = queryBase();
    if (!done)
        m_filter = previous;
    return done;
}

::st::Status MeasureBrowserModel::setInForceOn(const QDate &day)
{
    if (day == m_inForceOn)
        return {};
    m_inForceOn = day;
    if (!m_loaded)
        return {};
    if (auto done = ensureIntervals(); !done) {
        m_inForceOn = {};
        return done;
    }
    applyInForce();
    return {};
}

::st::Status MeasureBrowserModel::reload()
{
    auto total = MeasureRepository(m_db.connection()).count();
    if (!total)
        return total.error();
    m_total = total.value();
    m_intervalsByState.clear(); // the data changed: recompute the intervals when next needed
    m_loaded = true;
    return queryBase();
}

void MeasureBrowserModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loaded)
        (void)queryBase();
}

::st::Status MeasureBrowserModel::queryBase()
{
    auto ids = BrowserRepository(m_db.connection()).measureIds(m_filter, sortKeyOf(m_sortColumn), m_sortOrder);
    if (!ids) {
        m_lastError = ids.error();
        qCWarning(lcStorage) << "measures query failed:" << ids.error().fullText();
        return ids.error();
    }
    m_lastError.reset();
    m_baseIds = std::move(ids).value();
    if (auto done = ensureIntervals(); !done) {
        m_lastError = done.error();
        m_inForceOn = {};
    }
    applyInForce();
    return {};
}

::st::Status MeasureBrowserModel::ensureIntervals()
{
    if (!m_inForceOn.isValid() || m_intervalsByState.contains(m_filter.stateCode))
        return {};
    auto facts = MeasureFactRepository(m_db.connection()).forState(m_filter.stateCode);
    if (!facts)
        return facts.error();
    m_intervalsByState.insert(m_filter.stateCode, inForceIntervals(facts.value()));
    return {};
}

void MeasureBrowserModel::applyInForce()
{
    beginResetModel();
    if (m_inForceOn.isValid()) {
        const QList<qint64> inForce = measuresInForceOn(m_intervalsByState.value(m_filter.stateCode), m_inForceOn);
        const QSet<qint64> keep(inForce.cbegin(), inForce.cend());
        m_ids.clear();
        m_ids.reserve(keep.size());
        for (qint64 id : std::as_const(m_baseIds)) {
            if (keep.contains(id))
                m_ids.append(id);
        }
    } else {
        m_ids = m_baseIds;
    }
    m_cache.clear();
    m_rowOfId.clear();
    endResetModel();
    emit rowsRequeried();
}

int MeasureBrowserModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int MeasureBrowserModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int MeasureBrowserModel::rowOfId(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids[i], i);
    }
    return m_rowOfId.value(id, -1);
}

const MeasureRow *MeasureBrowserModel::row(int index) const
{
    return m_cache.at(m_ids, index, [this](const QList<qint64> &ids, QList<MeasureRow> &rows) {
        auto loaded = BrowserRepository(m_db.connection()).measureRows(ids);
        if (!loaded) {
            qCWarning(lcStorage) << "cannot read measures:" << loaded.error().fullText();
            return false;
        }
        rows = std::move(loaded).value();
        return true;
    });
}

std::optional<MeasureRow> MeasureBrowserModel::rowAt(int index) const
{
    const MeasureRow *m = row(index);
    return m ? std::optional<MeasureRow>(*m) : std::nullopt;
}

QVariant MeasureBrowserModel::display(const MeasureRow &m, int column) const
{
    switch (column) {
    case Resolution:
        return m.symbol;
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
        return changesText(m);
    case Description:
        return m.description;
    default:
        return {};
    }
}

QVariant MeasureBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return m_ids[index.row()];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ResolutionIdRole &&
        role != ChangesResolutionIdRole && role != AdoptedRole)
        return {};
    const MeasureRow *m = row(index.row());
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return m->note.isEmpty() ? m->description : m->description + QStringLiteral("\n\n") + m->note;
        if (index.column() == EffectiveFrom && !m->effectiveFrom.isValid())
            return tr("From adoption (%1)").arg(m->resolutionDate.toString(Qt::ISODate));
        if (index.column() == Status && m->contested)
            return tr("Members dispute that this measure applies; the resolution's detail names them, their view and its source");
        if ((index.column() == Resolution || index.column() == Status) && !m->adopted)
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

QVariant MeasureBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Resolution: return tr("Resolution");
    case Date: return tr("Date");
    case Status: return tr("Status");
    case State: return tr("State");
    case Type: return tr("Measure type");
    case Action: return tr("Action");
    case Paragraph: return tr("Para.");
    case Cap: return tr("Cap");
    case EffectiveFrom: return tr("From");
    case EffectiveTo: return tr("To");
    case Changes: return tr("Changes");
    case Description: return tr("Description");
    default: return {};
    }
}

} // namespace st
