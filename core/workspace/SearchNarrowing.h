#pragma once

#include "common/IdLists.h"
#include "common/Result.h"
#include "storage/BrowserRepository.h"
#include "storage/FullTextRepository.h"
#include "workspace/RecentResults.h"

#include <QList>

#include <memory>

namespace st {

class Database;

// The measures each search term matches, kept for the few latest terms until the data changes. A
// keystroke needs them twice (the measures tab, and the resolutions tab for the resolutions of
// matching measures) and a search of several words needs the finished words again at every
// keystroke of the next: the workspace's two browsers share one.
class MeasureTermMatches {
public:
    // Sorted ids of the measures matching `term` (searchTerms()).
    Result<QList<qint64>> of(const Database &db, const QString &term);
    // Sorted ids of the measures matching every one of `terms`.
    Result<QList<qint64>> ofAll(const Database &db, const QStringList &terms);
    // The data changed.
    void clear() { m_byTerm.clear(); }

private:
    RecentResults<QString, QList<qint64>, 8> m_byTerm;
};

// A browser's rows for a filter with a search, as the ordered rows of the same filter without the
// search narrowed to the ids the full-text indexes match. The rows without the search are kept per
// filter and sort until the data changes, so a keystroke reads the indexes alone and filters in memory:
// the same result as the id query with the search (BrowserRepository), which on a large database reads
// the row of every record the prefix matches to filter and sort it.
template <typename Filter>
class NarrowedBySearch {
public:
    // `unsearched(filter)` runs the id query of a filter without search; `matching(terms)` gives the
    // sorted ids every term matches.
    template <typename IdQuery, typename Matches>
    Result<QList<qint64>> ids(const Filter &filter, int sortColumn, Qt::SortOrder order, IdQuery unsearched,
                              Matches matching)
    {
        Filter withoutSearch = filter;
        withoutSearch.search.clear();
        const Key key{withoutSearch, sortColumn, order};
        const QList<qint64> *rows = m_rows.find(key);
        if (!rows) {
            Result<QList<qint64>> read = unsearched(withoutSearch);
            if (!read)
                return read.error();
            m_rows.insert(key, std::move(read).value());
            rows = m_rows.find(key);
        }
        const QStringList terms = searchTerms(filter.search);
        if (terms.isEmpty())
            return *rows;
        Result<QList<qint64>> matches = matching(terms);
        if (!matches)
            return matches.error();
        return idlists::keepListed(*rows, matches.value());
    }

    // The data changed: read the rows again when next asked.
    void clear() { m_rows.clear(); }

private:
    struct Key {
        Filter filter;
        int sortColumn = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        friend bool operator==(const Key &, const Key &) = default;
    };
    // The last few filters and sorts (a state switch and back).
    RecentResults<Key, QList<qint64>> m_rows;
};

// The resolutions, sorted, of the measures in `measures` (sorted ids); `owners` is every measure's
// resolution in order of measure id (FullTextRepository::measureOwners()).
[[nodiscard]] QList<qint64> resolutionsOwning(const QList<qint64> &measures, const QList<MeasureOwner> &owners);

} // namespace st
