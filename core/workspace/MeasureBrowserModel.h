#pragma once

#include "analysis/InForce.h"
#include "storage/BrowserRepository.h"
#include "workspace/PageCache.h"
#include "workspace/SearchNarrowing.h"
#include "workspace/WindowedTableModel.h"

#include <QHash>

#include <functional>

#include <optional>

namespace st {

class Database;

// The measures view: every measure that matches a MeasureFilter and, when a day is set, only those in
// force on that day (core's InForce: effective dates and lineage). Windowed like the resolution
// browser. The in-force intervals of the filtered state are computed once and kept, so moving the
// "in force on" date is a pass over ids in memory, not a query; or, when the filter changed with the
// date set, a query that orders only the measures in force that day.
class MeasureBrowserModel : public WindowedTableModel {
    Q_OBJECT
public:
    enum Column { Resolution, Date, Status, State, Type, Action, Paragraph, Cap, EffectiveFrom, EffectiveTo, Changes,
                  Description, ColumnCount };
    enum Role { ResolutionIdRole = IdRole + 1, ChangesResolutionIdRole, AdoptedRole };

    explicit MeasureBrowserModel(const Database &db, QObject *parent = nullptr);

    [[nodiscard]] const MeasureFilter &filter() const { return m_filter; }
    ::st::Status setFilter(const MeasureFilter &filter);
    // Shows only the measures in force on `day`; a null date shows all.
    ::st::Status setInForceOn(const QDate &day);
    [[nodiscard]] QDate inForceOn() const { return m_inForceOn; }
    // The in-force intervals of every measure of `stateCode` ("" for all states) if they have been
    // computed (here or by adoptIntervals()) since the data last changed, else null.
    [[nodiscard]] const QList<InForceInterval> *intervalsOf(const QString &stateCode) const;
    // Where the intervals come from when "in force on" needs those of a state the model has none of:
    // `coming` answers whether they are being computed elsewhere (a worker) and will arrive through
    // adoptIntervals(). Then no rows are shown until they do, and isWaitingForIntervals() says so;
    // otherwise (or without `coming`) the model reads them itself, at once.
    void setIntervalsComing(std::function<bool(const QString &stateCode)> coming) { m_intervalsComing = std::move(coming); }
    // Intervals computed elsewhere, kept as if computed here; shown at once if they are the ones awaited.
    void adoptIntervals(const QString &stateCode, QList<InForceInterval> intervals);
    // "In force on" is set and the intervals of the state are on their way: the rows are not known yet.
    [[nodiscard]] bool isWaitingForIntervals() const;
    // What was awaited will not come (its computation failed): read the intervals here instead.
    ::st::Status stopWaitingForIntervals();
    ::st::Status reload();
    // Shares what search terms matched with the workspace's other browser (see MeasureTermMatches).
    void shareTermMatches(std::shared_ptr<MeasureTermMatches> matches) { m_termMatches = std::move(matches); }

private:
    ::st::Status requery() override;
    void clearRows() override { m_cache.clear(); }
    QVariant cellData(int row, int column, int role) const override;
    QString columnHeader(int column) const override;
    ::st::Status ensureIntervals();
    ::st::Status loadBaseIds();
    ::st::Status applyInForce();
    const MeasureRecord *row(int index) const;
    QVariant display(const MeasureRecord &m, int column) const;

    MeasureFilter m_filter;
    QDate m_inForceOn;
    QList<qint64> m_baseIds; // every filter but "in force on"
    bool m_baseIdsDeferred = false; // not read: "in force on" shows the database's order of those in force
    // The ids of the last few filters and sorts (a state switch and back), a search narrowing them.
    std::shared_ptr<MeasureTermMatches> m_termMatches = std::make_shared<MeasureTermMatches>();
    NarrowedBySearch<MeasureFilter> m_idsBySearch;
    // In-force intervals of the measures of each state looked at ("" = all states), loaded on first use
    // and kept until the data changes, so switching back to a state does not read its measures again.
    QHash<QString, QList<InForceInterval>> m_intervalsByState;
    std::function<bool(const QString &)> m_intervalsComing;
    mutable PageCache<MeasureRecord> m_cache;
};

} // namespace st
