#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace st {

// The Designations view's filters over a DesignationTableModel: UN list, kind, a listed-on range and
// a search of names, aliases and original-script names. Every filter is off when empty.
class DesignationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DesignationFilterModel(QObject *parent = nullptr);

    void setListType(const QString &listType); // "" for every list
    void setKind(const QString &kindCode);     // "individual", "entity" or ""
    void setListedBetween(const QDate &from, const QDate &to); // either may be invalid (open)
    void setSearchText(const QString &text);
    void setShowDelisted(bool show);

    [[nodiscard]] const QString &listType() const { return m_listType; }
    [[nodiscard]] const QString &kind() const { return m_kind; }
    [[nodiscard]] QDate listedFrom() const { return m_from; }
    [[nodiscard]] QDate listedTo() const { return m_to; }
    [[nodiscard]] bool showsDelisted() const { return m_showDelisted; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_listType;
    QString m_kind;
    QDate m_from;
    QDate m_to;
    QString m_needle; // folded
    bool m_showDelisted = true;
};

} // namespace st
