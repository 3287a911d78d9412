#pragma once

#include "common/Result.h"
#include "storage/DesignationListing.h"

#include <QAbstractTableModel>

namespace st {

class Database;

// Every stored designation as a table, for the Designations view (filtered by DesignationFilterModel).
class DesignationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Reference, Name, OriginalScript, Kind, List, ListedOn, ListedBy, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,       // dates as QDate, text as text
        KindRole,       // "individual" / "entity"
        ListTypeRole,   // UN list type ("DPRK")
        ListedOnRole,   // QDate
        DelistedRole,   // bool
        SearchTextRole, // names, original script and aliases, folded (see foldForSearch)
    };

    explicit DesignationTableModel(const Database &db, QObject *parent = nullptr);

    // Re-reads the designations (after an import).
    ::st::Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const DesignationListing &listingAt(int row) const { return m_rows.at(row); }
    // The UN list types present, sorted, for the view's list filter.
    [[nodiscard]] QStringList listTypes() const;

private:
    QVariant display(const DesignationListing &d, int column) const;

    const Database &m_db;
    QList<DesignationListing> m_rows;
    QStringList m_searchText; // per row
};

// Case- and accent-insensitive form for name search: "Muḥammad" and "MUHAMMAD" both become
// "muhammad"; Arabic and Korean scripts keep their letters (diacritics such as harakat drop).
QString foldForSearch(const QString &text);

} // namespace st
