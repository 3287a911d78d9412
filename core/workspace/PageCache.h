#pragma once

#include "common/Log.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace st {

// The rows of a windowed model, fetched a page at a time as the view asks for them and kept for a
// while: the model holds only the ordered ids of everything that matches, never every row.
template <typename Row>
class PageCache {
public:
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 48;

    // Reads the rows of `ids` (in any order).
    using Loader = std::function<Result<QList<Row>>(const QList<qint64> &ids)>;

    // `what` names the rows in the log line a failed read leaves ("measures").
    explicit PageCache(const char *what) : m_what(what) {}

    void clear()
    {
        m_pages.clear();
        m_clock = 0;
    }

    // The row at `index` of `ids`, loading its page when needed; nullptr when loading failed (the
    // view then shows an empty row, and the failure is logged: data() has no way to report it).
    const Row *at(const QList<qint64> &ids, int index, const Loader &load)
    {
        if (index < 0 || index >= ids.size())
            return nullptr;
        const int page = index / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= kMaxPages)
                evictOldest();
            const QList<qint64> pageIds = ids.mid(qsizetype(page) * kPageSize, kPageSize);
            Result<QList<Row>> read = load(pageIds);
            if (!read) {
                qCWarning(lcStorage) << "cannot read" << m_what << read.error().fullText();
                return nullptr;
            }
            const QList<Row> &loaded = read.value();
            // Rows come back in any order: put them in the order of the ids.
            QHash<qint64, qsizetype> where;
            for (qsizetype i = 0; i < loaded.size(); ++i)
                where.insert(loaded[i].id, i);
            Page p;
            p.rows.reserve(pageIds.size());
            for (qint64 id : pageIds) {
                const qsizetype i = where.value(id, -1);
                p.rows.append(i >= 0 ? loaded[i] : Row{});
            }
            it = m_pages.insert(page, std::move(p));
        }
        it->lastUse = ++m_clock;
        const Row &row = it->rows.at(index % kPageSize);
        return row.id == 0 ? nullptr : &row;
    }

private:
    struct Page {
        QList<Row> rows;
        quint64 lastUse = 0;
    };
    void evictOldest()
    {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }

    const char *m_what;
    QHash<int, Page> m_pages;
    quint64 m_clock = 0;
};

} // namespace st
