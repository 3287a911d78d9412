#pragma once

#include <QList>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace st {

// Sorts `items` by the key `keyOf` gives each (anything with operator<; equal keys keep their order),
// moving each item only once: the keys are taken once each and sorted with the items' positions, then
// the items follow that permutation cycle by cycle. For lists of large records (the measures of a
// report, a million facts for the timeline), where std::sort on the list itself would move whole records
// at every step and read them scattered across memory for every comparison.
template<typename T, typename KeyOf>
void putInOrder(QList<T> &items, KeyOf keyOf)
{
    using Key = decltype(keyOf(std::as_const(items).front()));
    std::vector<std::pair<Key, qsizetype>> keyed;
    keyed.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        keyed.emplace_back(keyOf(std::as_const(items)[i]), i);
    std::sort(keyed.begin(), keyed.end()); // by key, then by position
    // Position k takes the item now at keyed[k].second: follow each cycle of that permutation once.
    std::vector<bool> placed(keyed.size(), false);
    for (std::size_t start = 0; start < keyed.size(); ++start) {
        if (placed[start] || std::size_t(keyed[start].second) == start)
            continue;
        T first = std::move(items[qsizetype(start)]);
        std::size_t to = start;
        for (;;) {
            placed[to] = true;
            const auto from = std::size_t(keyed[to].second);
            if (from == start) {
                items[qsizetype(to)] = std::move(first);
                break;
            }
            items[qsizetype(to)] = std::move(items[qsizetype(from)]);
            to = from;
        }
    }
}

} // namespace st
