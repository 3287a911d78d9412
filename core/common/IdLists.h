#pragma once

#include <QList>

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

} // namespace st::idlists
