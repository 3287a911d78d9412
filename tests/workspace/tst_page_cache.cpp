// The browsers' page cache (core/workspace/PageCache.h): rows by position through pages loaded on
// demand, put back in the order of the ids, a failed or short read shown as no row, and the least
// recently used page dropped when too many are held.
#include "workspace/PageCache.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace st;

namespace {

struct Row {
    qint64 id = 0;
    QString text;
};

// A loader over ids 1..n that records every page it is asked for; rows come back in reverse order,
// as a query without ORDER BY may give them, and ids in `missing` are not found.
struct FakeTable {
    QList<QList<qint64>> asked;
    QSet<qint64> missing;
    bool failing = false;

    PageCache<Row>::Loader loader()
    {
        return [this](const QList<qint64> &ids) -> Result<QList<Row>> {
            asked << ids;
            if (failing)
                return Error{Error::Code::Storage, QStringLiteral("disk I/O error")};
            QList<Row> rows;
            for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
                if (!missing.contains(*it))
                    rows << Row{*it, QStringLiteral("row %1").arg(*it)};
            }
            return rows;
        };
    }
};

QList<qint64> idsUpTo(qint64 n, qint64 step = 1)
{
    QList<qint64> ids;
    for (qint64 i = 1; i <= n; ++i)
        ids << i * step;
    return ids;
}

} // namespace

class TestPageCache : public QObject {
    Q_OBJECT

private slots:
    void rowsComeInTheOrderOfTheIds()
    {
        using Cache = PageCache<Row>;
        Cache cache("rows");
        FakeTable table;
        const QList<qint64> ids = idsUpTo(3 * Cache::kPageSize, 10); // 10, 20, 30, …
        const Row *row = cache.at(ids, 5, table.loader());
        QVERIFY(row);
        QCOMPARE(row->id, 60);
        QCOMPARE(row->text, QStringLiteral("row 60"));
        // One page read, of exactly the first page's ids.
        QCOMPARE(table.asked.size(), 1);
        QCOMPARE(table.asked.first(), ids.mid(0, Cache::kPageSize));
        // Rows of the same page come from the cache; the last row of the page is the page's last id.
        QCOMPARE(cache.at(ids, Cache::kPageSize - 1, table.loader())->id, ids[Cache::kPageSize - 1]);
        QCOMPARE(table.asked.size(), 1);
        // A row of the next page reads that page only.
        QCOMPARE(cache.at(ids, Cache::kPageSize, table.loader())->id, ids[Cache::kPageSize]);
        QCOMPARE(table.asked.size(), 2);
        QCOMPARE(table.asked.last(), ids.mid(Cache::kPageSize, Cache::kPageSize));
    }

    void outOfRangeReadsNothing()
    {
        PageCache<Row> cache("rows");
        FakeTable table;
        const QList<qint64> ids = idsUpTo(10);
        QCOMPARE(cache.at(ids, -1, table.loader()), nullptr);
        QCOMPARE(cache.at(ids, 10, table.loader()), nullptr);
        QCOMPARE(cache.at({}, 0, table.loader()), nullptr);
        QVERIFY(table.asked.isEmpty());
        // The last page may be short.
        QCOMPARE(cache.at(ids, 9, table.loader())->id, 10);
        QCOMPARE(table.asked.first().size(), 10);
    }

    void aRowNotFoundOrAFailedReadIsNoRow()
    {
        PageCache<Row> cache("rows");
        FakeTable table;
        table.missing = {4};
        const QList<qint64> ids = idsUpTo(10);
        QCOMPARE(cache.at(ids, 3, table.loader()), nullptr); // deleted meanwhile
        QCOMPARE(cache.at(ids, 4, table.loader())->id, 5);   // its neighbours keep their places

        PageCache<Row> failing("rows");
        FakeTable broken;
        broken.failing = true;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read.*rows.*disk I/O error")));
        QCOMPARE(failing.at(ids, 0, broken.loader()), nullptr);
        // Nothing is kept of a failed read: the next request reads again, and succeeds.
        broken.failing = false;
        QCOMPARE(failing.at(ids, 0, broken.loader())->id, 1);
        QCOMPARE(broken.asked.size(), 2);
    }

    void theLeastRecentlyUsedPageGoesFirst()
    {
        using Cache = PageCache<Row>;
        Cache cache("rows");
        FakeTable table;
        const QList<qint64> ids = idsUpTo(qint64(Cache::kPageSize) * (Cache::kMaxPages + 2));
        const auto firstRowOf = [&](int page) { return cache.at(ids, page * Cache::kPageSize, table.loader()); };
        for (int page = 0; page < Cache::kMaxPages; ++page)
            QVERIFY(firstRowOf(page));
        QCOMPARE(table.asked.size(), Cache::kMaxPages);
        QVERIFY(firstRowOf(0)); // page 0 used again: page 1 is now the oldest
        QCOMPARE(table.asked.size(), Cache::kMaxPages);
        QVERIFY(firstRowOf(Cache::kMaxPages)); // one page too many: page 1 goes
        QCOMPARE(table.asked.size(), Cache::kMaxPages + 1);
        QVERIFY(firstRowOf(0)); // still held
        QCOMPARE(table.asked.size(), Cache::kMaxPages + 1);
        QVERIFY(firstRowOf(1)); // read again
        QCOMPARE(table.asked.size(), Cache::kMaxPages + 2);
        QCOMPARE(table.asked.last().first(), ids[Cache::kPageSize]);

        // clear() drops every page.
        cache.clear();
        QVERIFY(firstRowOf(0));
        QCOMPARE(table.asked.size(), Cache::kMaxPages + 3);
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_page_cache.moc"
