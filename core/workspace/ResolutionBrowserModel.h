#pragma once

#include "storage/BackgroundRead.h"
#include "storage/BrowserRepository.h"
#include "storage/ResolutionRepository.h"
#include "workspace/PageCache.h"
#include "workspace/SearchNarrowing.h"
#include "workspace/WindowedTableModel.h"

#include <memory>
#include <optional>

namespace st {

class Database;

// The resolution browser's table: the resolutions that match a ResolutionFilter, sorted in SQL.
// Windowed: a filter change runs one id query and a keystroke narrows its result by the full-text
// indexes (NarrowedBySearch); rows are read a page at a time as the view scrolls to them, so 20,000
// resolutions cost what the screen shows.
class ResolutionBrowserModel : public WindowedTableModel {
    Q_OBJECT
public:
    // The columns first (what analysts scan), then kind and title.
    enum Column { Symbol, Date, Status, Vote, ChapterVii, Measures, Triggers, Kind, Title, ColumnCount };
    enum Role { StatusRole = IdRole + 1, KindRole };

    explicit ResolutionBrowserModel(const Database &db, QObject *parent = nullptr);
    ~ResolutionBrowserModel() override;

    // Beyond this many resolutions in a database file, every measure's resolution (what a search needs
    // first) is read on a worker when the analyst starts typing (readAheadForSearch()), not at the first
    // search: at 100,000 resolutions that took 0.2-0.45 s of the first keystroke's answer.
    static constexpr int kReadOwnersAheadAbove = 5000;
    // Another threshold (tests pass 0).
    void setReadOwnersAheadAbove(int resolutions) { m_readOwnersAheadAbove = resolutions; }
    // Starts that read, unless done, on its way, or not worth a worker; the search takes what it read.
    void readAheadForSearch();
    [[nodiscard]] bool isReadingOwnersAhead() const { return m_ownersAhead != nullptr; }

    [[nodiscard]] const ResolutionFilter &filter() const { return m_filter; }
    // Applies `filter` (nothing happens when it is the current one).
    ::st::Status setFilter(const ResolutionFilter &filter);
    // Re-reads everything from the database (after an import or an edit), keeping filter and sort.
    ::st::Status reload();
    // Shares what search terms matched with the workspace's other browser (see MeasureTermMatches).
    void shareTermMatches(std::shared_ptr<MeasureTermMatches> matches) { m_termMatches = std::move(matches); }

    [[nodiscard]] std::optional<ResolutionSummary> summaryAt(int row) const;

private:
    ::st::Status requery() override;
    void clearRows() override { m_cache.clear(); }
    QVariant cellData(int row, int column, int role) const override;
    QString columnHeader(int column) const override;
    const ResolutionSummary *row(int index) const;
    QVariant display(const ResolutionSummary &r, int column) const;
    // Resolutions, sorted, that every term matches in their own text, a trigger event's or a measure's.
    Result<QList<qint64>> resolutionsMatching(const QStringList &terms);

    ResolutionFilter m_filter;
    std::shared_ptr<MeasureTermMatches> m_termMatches = std::make_shared<MeasureTermMatches>();
    NarrowedBySearch<ResolutionFilter> m_idsBySearch;
    // Every measure's resolution, read at the first search and kept until the data changes (16 bytes
    // a measure): which resolutions a measure's words match, without reading the measures' rows.
    std::optional<QList<MeasureOwner>> m_measureOwners;
    std::unique_ptr<BackgroundRead<QList<MeasureOwner>>> m_ownersAhead; // on its way, or read
    int m_readOwnersAheadAbove = kReadOwnersAheadAbove;
    mutable PageCache<ResolutionSummary> m_cache;
};

} // namespace st
