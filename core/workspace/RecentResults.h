#pragma once

#include <QList>

#include <utility>

namespace st {

// The last few results of a query by what was asked (a filter with its sort, a state), kept until the
// data changes: switching the workspace between two states and back reads nothing the second time.
// Small on purpose: a linear search over a handful of keys, the oldest dropped first.
template <typename Key, typename Value, int Capacity = 4>
class RecentResults {
public:
    [[nodiscard]] const Value *find(const Key &key)
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].first == key) {
                if (i > 0)
                    m_entries.move(i, 0); // most recently used first
                return &m_entries.first().second;
            }
        }
        return nullptr;
    }

    void insert(const Key &key, Value value)
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].first == key) {
                m_entries.removeAt(i);
                break;
            }
        }
        m_entries.prepend({key, std::move(value)});
        while (m_entries.size() > Capacity)
            m_entries.removeLast();
    }

    void clear() { m_entries.clear(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QList<std::pair<Key, Value>> m_entries;
};

} // namespace st
