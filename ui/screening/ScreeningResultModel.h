#pragma once

#include "screening/ScreeningFiles.h"

#include <QAbstractTableModel>

namespace st {

// The Screening panel's table: one row per candidate at or above the threshold, or one row saying a
// name had none, in the order of the names (the same rows the results CSV holds).
class ScreeningResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Query, Rank, Score, Reference, ListedName, MatchedName, List, ListedOn, Resolution, Explanation, ColumnCount };

    explicit ScreeningResultModel(QObject *parent = nullptr);

    void setResults(QList<ScreeningResult> results, QList<ScreeningTarget> targets);
    void setThreshold(double threshold);
    [[nodiscard]] double threshold() const { return m_threshold; }
    [[nodiscard]] const QList<ScreeningResult> &results() const { return m_results; }
    [[nodiscard]] const QList<ScreeningTarget> &targets() const { return m_targets; }
    // The designation of a row; null for a "no match" row.
    [[nodiscard]] const ScreeningTarget *targetAt(int row) const;
    [[nodiscard]] int namesWithCandidates() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    QList<ScreeningResult> m_results;
    QList<ScreeningTarget> m_targets;
    QList<ScreeningRow> m_rows;
    double m_threshold = kDefaultScreeningThreshold;
};

} // namespace st
