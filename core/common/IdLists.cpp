#include "common/IdLists.h"

#include <algorithm>
#include <iterator>

namespace st::idlists {

void sortUnique(QList<qint64> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

QList<qint64> intersection(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> both;
    both.reserve(std::min(a.size(), b.size()));
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(both));
    return both;
}

QList<qint64> unionOf(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> either;
    either.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(either));
    return either;
}

QList<qint64> keepListed(const QList<qint64> &ordered, const QList<qint64> &sorted)
{
    QList<qint64> kept;
    for (qint64 id : ordered) {
        if (std::binary_search(sorted.cbegin(), sorted.cend(), id))
            kept.append(id);
    }
    return kept;
}

} // namespace st::idlists
