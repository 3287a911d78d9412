#include "screening/ScreeningResultModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace st {

ScreeningResultModel::ScreeningResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScreeningResultModel::setResults(QList<ScreeningResult> results, QList<ScreeningTarget> targets)
{
    beginResetModel();
    m_results = std::move(results);
    m_targets = std::move(targets);
    rebuildRows();
    endResetModel();
}

void ScreeningResultModel::setThreshold(double threshold)
{
    if (threshold == m_threshold)
        return;
    beginResetModel();
    m_threshold = threshold;
    rebuildRows();
    endResetModel();
}

// The rows point into m_results, which does not change between resets.
void ScreeningResultModel::rebuildRows()
{
    m_rows = screeningRows(m_results, m_threshold);
}

const ScreeningTarget *ScreeningResultModel::targetAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].candidate)
        return nullptr;
    return &m_targets[m_rows[row].candidate->target];
}

int ScreeningResultModel::namesWithCandidates() const
{
    int n = 0;
    for (const ScreeningResult &r : m_results)
        n += !r.candidates.isEmpty() && r.candidates.first().score >= m_threshold ? 1 : 0;
    return n;
}

int ScreeningResultModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ScreeningResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScreeningResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ScreeningRow &row = m_rows[index.row()];
    const ScreeningQuery &q = row.result->query;
    const ScreeningCandidate *c = row.candidate;
    const ScreeningTarget *t = c ? &m_targets[c->target] : nullptr;
    if (role == Qt::ToolTipRole && index.column() == Explanation && c)
        return c->explanation();
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Rank || index.column() == Line))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !c && index.column() == Explanation)
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Line: return q.line;
    case Query: return q.name;
    case Rank: return c ? QVariant(row.rank) : QVariant();
    case Score: return c ? scoreText(c->score) : QString();
    case Reference: return t ? t->referenceNumber : QString();
    case ListedName: return t ? t->name : QString();
    case MatchedName: return t ? t->names[c->nameIndex].text : QString();
    case List: return t ? t->listType : QString();
    case ListedOn: return t ? QLocale().toString(t->listedOn, QLocale::ShortFormat) : QString();
    case Resolution: return t ? (t->resolution.isEmpty() ? tr("committee decision") : t->resolution) : QString();
    case Explanation: return c ? c->explanation() : tr("no designation scores %1 or more").arg(scoreText(m_threshold));
    case ColumnCount: break;
    }
    return {};
}

QVariant ScreeningResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Line: return tr("Line");
    case Query: return tr("Name screened");
    case Rank: return tr("Rank");
    case Score: return tr("Score");
    case Reference: return tr("Reference");
    case ListedName: return tr("Listed name");
    case MatchedName: return tr("Matched name");
    case List: return tr("List");
    case ListedOn: return tr("Listed on");
    case Resolution: return tr("Designated by");
    case Explanation: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace st
