#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace st::idlists {

// Record ids as sets, for narrowing lists in memory. "Sorted" means ascending without repeats.

// `ids` sorted, each id once.
void sortUnique(QList<qint64> &ids);
// The ids in both sorted lists, sorted.
[[nodiscard]] QList<qint64> intersection(const QList<qint64> &a, const QList<qint64> &b);
// The ids in either sorted list, sorted.
[[nodiscard]] QList<qint64> unionOf(const QList<qint64> &a, const QList<qint64> &b);
// The ids of `ordered` (in any order: a browser's sort) that are in `sorted`, their order kept.
[[nodiscard]] QList<qint64> keepListed(const QList<qint64> &ordered, const QList<qint64> &sorted);

// The ids that match every one of `terms` (a search of several words): `ofTerm(term)` gives the sorted
// ids one term matches, or an error, which is given back as it is. No terms: no ids.
template<typename OfTerm>
Result<QList<qint64>> matchingEvery(const QStringList &terms, OfTerm ofTerm)
{
    QList<qint64> matching;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        Result<QList<qint64>> ids = ofTerm(terms[i]);
        if (!ids)
            return ids.error();
        matching = i == 0 ? std::move(ids).value() : intersection(matching, ids.value());
    }
    return matching;
}

} // namespace st::idlists
