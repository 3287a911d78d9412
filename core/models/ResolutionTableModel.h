#pragma once

#include "storage/ResolutionRepository.h"

#include <QAbstractTableModel>

namespace st {

class Database;

// The resolutions as a table: one row per resolution, adopted or vetoed, in date order.
class ResolutionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Symbol, Date, Status, Kind, Vote, ChapterVii, Measures, Triggers, Title, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit ResolutionTableModel(const Database &db, QObject *parent = nullptr);

    // Re-reads the table from the database (after an import or an edit).
    ::st::Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const ResolutionSummary &summaryAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOfId(qint64 id) const;

private:
    QVariant display(const ResolutionSummary &r, int column) const;

    const Database &m_db;
    QList<ResolutionSummary> m_rows;
};

QString voteText(const Votes &votes);
QString chapterViiText(const std::optional<bool> &chapterVii);

} // namespace st
