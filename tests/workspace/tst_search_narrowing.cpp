// Issue 17: a keystroke narrows the rows of the filter without its search by the full-text indexes, in
// memory (NarrowedBySearch), instead of one query that reads every matching measure's row. What the
// browsers show must stay exactly what that query gives: same rows, same order, for every filter,
// sort and search tried here, and the words of data changed since the last search.
#include "TestSupport.h"

#include "common/IdLists.h"
#include "storage/FullTextRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/MeasureShare.h"
#include "storage/Sql.h"
#include "synthetic/SyntheticDataset.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/SearchNarrowing.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace st;

namespace {

// Searches of one word, a prefix of two letters (the shortest that narrows), words that match
// through measures, trigger events or the symbol only, several words, and none at all.
const QStringList kSearches{QStringLiteral("pe"),          QStringLiteral("petroleum"),   QStringLiteral("co"),
                            QStringLiteral("nuclear test"), QStringLiteral("arms asset"),  QStringLiteral("missile"),
                            QStringLiteral("2397"),         QStringLiteral("panel expert"), QStringLiteral("zzqx"),
                            QStringLiteral("p"),            QString()};

// Types every search of kSearches into `filter` on a Model sorted by `column` and compares the rows
// shown with what `query(filter)`, the one-query search, gives; how many searches matched anything.
// `prepare` sets the model up before its first reload.
template <typename Model, typename Filter, typename Query>
int compareEachSearch(const Database &db, Filter filter, int column, Qt::SortOrder order, Query query,
                      const std::function<void(Model &)> &prepare = {})
{
    Model model(db);
    if (prepare)
        prepare(model);
    model.sort(column, order);
    if (!model.setFilter(filter).ok() || !model.reload().ok()) {
        QTest::qFail("the rows without a search were not read", __FILE__, __LINE__);
        return -1;
    }
    int found = 0;
    for (const QString &text : kSearches) {
        filter.search = text;
        if (!model.setFilter(filter).ok()) {
            QTest::qFail("the filter was refused", __FILE__, __LINE__);
            return -1;
        }
        const QList<qint64> expected = query(filter);
        if (model.ids() != expected) {
            QTest::qFail(qPrintable(QStringLiteral("\"%1\": %2 rows shown, the query gives %3")
                                        .arg(text).arg(model.ids().size()).arg(expected.size())),
                         __FILE__, __LINE__);
            return -1;
        }
        if (!searchTerms(text).isEmpty() && !expected.isEmpty())
            ++found;
    }
    return found;
}

} // namespace

class TestSearchNarrowing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void idListsAreSets();
    void resolutionsOwningWalksBothLists();
    void resolutionRowsAreTheSearchQuerys_data();
    void resolutionRowsAreTheSearchQuerys();
    void measureRowsAreTheSearchQuerys_data();
    void measureRowsAreTheSearchQuerys();
    void aSearchFindsWordsWrittenSinceTheLast();
    void ownersReadAheadGiveTheSameRows();
    void ownersReadAheadThatFailIsReadAgain();
    void termMatchesAreTheIndexs();
    void largeSharesAreReadInTableOrder();
    void aStatesMeasuresComeInResolutionOrder();

private:
    std::unique_ptr<Database> m_db;
    QString m_busiest; // the synthetic state with the most resolutions
};

void TestSearchNarrowing::initTestCase()
{
    m_db = test::openMemory();
    SyntheticOptions options;
    options.resolutions = 400;
    options.states = 6;
    QVERIFY(generateSyntheticDataset(*m_db, options).ok());
    m_busiest = sql::scalar(m_db->connection(),
                            QStringLiteral("SELECT s.code FROM states s JOIN resolution_states rs ON rs.state_id = s.id "
                                           "GROUP BY s.code ORDER BY count(*) DESC LIMIT 1"), {})
                    .value().toString();
    QVERIFY(!m_busiest.isEmpty());
}

void TestSearchNarrowing::idListsAreSets()
{
    QList<qint64> ids{9, 3, 5, 3, 1, 9};
    idlists::sortUnique(ids);
    QCOMPARE(ids, (QList<qint64>{1, 3, 5, 9}));
    QCOMPARE(idlists::intersection({1, 3, 5, 9}, {2, 3, 4, 9, 10}), (QList<qint64>{3, 9}));
    QCOMPARE(idlists::intersection({1, 3}, {}), QList<qint64>());
    QCOMPARE(idlists::unionOf({1, 3, 5}, {2, 3, 10}), (QList<qint64>{1, 2, 3, 5, 10}));
    // The browser's order (by date, say) is kept; only the ids not listed go.
    QCOMPARE(idlists::keepListed({50, 7, 31, 2, 8}, {2, 7, 8, 40}), (QList<qint64>{7, 2, 8}));
    QCOMPARE(idlists::keepListed({50, 7}, {}), QList<qint64>());
}

void TestSearchNarrowing::resolutionsOwningWalksBothLists()
{
    const QList<MeasureOwner> owners{{1, 10}, {2, 10}, {4, 30}, {6, 20}, {7, 30}, {9, 40}};
    QCOMPARE(resolutionsOwning({2, 6, 7}, owners), (QList<qint64>{10, 20, 30}));
    QCOMPARE(resolutionsOwning({1, 2}, owners), QList<qint64>{10});     // one resolution, once
    QCOMPARE(resolutionsOwning({3, 5, 8, 11}, owners), QList<qint64>()); // ids no measure has
    QCOMPARE(resolutionsOwning({9}, owners), QList<qint64>{40});          // the last owner
    QCOMPARE(resolutionsOwning({}, owners), QList<qint64>());
}

void TestSearchNarrowing::resolutionRowsAreTheSearchQuerys_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("busiest state, by date") << QStringLiteral("busiest") << int(ResolutionBrowserModel::Date)
                                            << int(Qt::AscendingOrder);
    QTest::newRow("all states, by title descending") << QString() << int(ResolutionBrowserModel::Title)
                                                     << int(Qt::DescendingOrder);
    QTest::newRow("PRK, by measures") << QStringLiteral("PRK") << int(ResolutionBrowserModel::Measures)
                                      << int(Qt::AscendingOrder);
}

void TestSearchNarrowing::resolutionRowsAreTheSearchQuerys()
{
    QFETCH(QString, state);
    QFETCH(int, column);
    QFETCH(int, order);
    ResolutionFilter filter;
    filter.stateCode = state == QLatin1String("busiest") ? m_busiest : state;
    const ResolutionSortKey key = column == ResolutionBrowserModel::Date       ? ResolutionSortKey::Date
                                  : column == ResolutionBrowserModel::Title    ? ResolutionSortKey::Title
                                                                               : ResolutionSortKey::Measures;
    const int found = compareEachSearch<ResolutionBrowserModel>(*m_db, filter, column, Qt::SortOrder(order), [&](const ResolutionFilter &f) {
        return BrowserRepository(*m_db).resolutionIds(f, key, Qt::SortOrder(order)).value();
    });
    if (found >= 0) // below 0: a failure reported already
        QVERIFY2(found >= 4, "too few searches matched anything to compare");
}

void TestSearchNarrowing::measureRowsAreTheSearchQuerys_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("busiest state, by resolution") << QStringLiteral("busiest") << int(MeasureBrowserModel::Resolution)
                                                  << int(Qt::AscendingOrder);
    QTest::newRow("all states, by cap descending") << QString() << int(MeasureBrowserModel::Cap)
                                                   << int(Qt::DescendingOrder);
    QTest::newRow("PRK, by description") << QStringLiteral("PRK") << int(MeasureBrowserModel::Description)
                                         << int(Qt::AscendingOrder);
}

void TestSearchNarrowing::measureRowsAreTheSearchQuerys()
{
    QFETCH(QString, state);
    QFETCH(int, column);
    QFETCH(int, order);
    MeasureFilter filter;
    filter.stateCode = state == QLatin1String("busiest") ? m_busiest : state;
    const MeasureSortKey key = column == MeasureBrowserModel::Resolution ? MeasureSortKey::Resolution
                               : column == MeasureBrowserModel::Cap      ? MeasureSortKey::Cap
                                                                         : MeasureSortKey::Description;
    const int found = compareEachSearch<MeasureBrowserModel>(*m_db, filter, column, Qt::SortOrder(order), [&](const MeasureFilter &f) {
        return BrowserRepository(*m_db).measureIds(f, key, Qt::SortOrder(order)).value();
    });
    if (found >= 0) // below 0: a failure reported already
        QVERIFY2(found >= 4, "too few searches matched anything to compare");
}

// The rows without a search, every measure's resolution and what each term matched are kept between
// keystrokes (the last shared by both browsers, as in the workspace); after a change and a reload, a
// search must see the new words, including those of a measure added since.
void TestSearchNarrowing::aSearchFindsWordsWrittenSinceTheLast()
{
    ResolutionBrowserModel resolutions(*m_db);
    MeasureBrowserModel measures(*m_db);
    auto shared = std::make_shared<MeasureTermMatches>();
    resolutions.shareTermMatches(shared);
    measures.shareTermMatches(shared);
    QVERIFY(resolutions.reload().ok());
    QVERIFY(measures.reload().ok());
    ResolutionFilter byWord;
    byWord.search = QStringLiteral("zebrafinch");
    MeasureFilter measuresByWord;
    measuresByWord.search = byWord.search;
    QVERIFY(resolutions.setFilter(byWord).ok());
    QVERIFY(measures.setFilter(measuresByWord).ok());
    QCOMPARE(resolutions.rowCount(), 0);
    QCOMPARE(measures.rowCount(), 0);

    const QSqlDatabase c = m_db->connection();
    const qint64 resolution = sql::scalar(c, QStringLiteral("SELECT id FROM resolutions WHERE symbol = ?"),
                                          {QStringLiteral("S/RES/1718 (2006)")}).value().toLongLong();
    QVERIFY(sql::exec(c, QStringLiteral(
        "INSERT INTO measures (resolution_id, position, state_id, type_id, action, description, source) "
        "SELECT ?, 1 + max(position), (SELECT id FROM states WHERE code = 'PRK'), min(type_id), 'introduces', "
        " 'Zebrafinch exports are banned', 'https://press.un.org/en/2006/sc8853.doc.htm' FROM measures "
        "WHERE resolution_id = ?"), {resolution, resolution}).ok());
    const qint64 added = sql::scalar(c, QStringLiteral("SELECT max(id) FROM measures"), {}).value().toLongLong();

    QVERIFY(resolutions.reload().ok());
    QVERIFY(measures.reload().ok());
    QCOMPARE(resolutions.ids(), QList<qint64>{resolution});
    QCOMPARE(measures.ids(), QList<qint64>{added});
    QVERIFY(sql::exec(c, QStringLiteral("DELETE FROM measures WHERE id = ?"), {added}).ok());
}

// Every measure's resolution read ahead on a worker when the analyst starts typing (a large database
// file): the rows of every search are still the one-query search's.
void TestSearchNarrowing::ownersReadAheadGiveTheSameRows()
{
    QTemporaryDir dir;
    auto file = test::openFile(dir.filePath(QStringLiteral("search.sqlite")), true);
    SyntheticOptions options;
    options.resolutions = 400;
    options.states = 6;
    QVERIFY(generateSyntheticDataset(*file, options).ok());
    bool readAhead = false;
    const int found = compareEachSearch<ResolutionBrowserModel>(
        *file, ResolutionFilter{}, ResolutionBrowserModel::Date, Qt::AscendingOrder,
        [&](const ResolutionFilter &f) {
            return BrowserRepository(*file).resolutionIds(f, ResolutionSortKey::Date, Qt::AscendingOrder).value();
        },
        [&](ResolutionBrowserModel &model) {
            model.setReadOwnersAheadAbove(0);
            QVERIFY(model.reload().ok());
            model.readAheadForSearch(); // the analyst starts typing
            readAhead = model.isReadingOwnersAhead();
        });
    QVERIFY(readAhead);
    if (found >= 0)
        QVERIFY2(found >= 4, "too few searches matched anything to compare");
}

// A read ahead that could not open the file (moved away meanwhile): the first search reads at once.
void TestSearchNarrowing::ownersReadAheadThatFailIsReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("moving.sqlite"));
    auto file = test::openFile(path, true);
    SyntheticOptions options;
    options.resolutions = 60;
    options.states = 3;
    QVERIFY(generateSyntheticDataset(*file, options).ok());
    ResolutionFilter filter;
    filter.search = QStringLiteral("arms");
    const QList<qint64> expected =
        BrowserRepository(*file).resolutionIds(filter, ResolutionSortKey::Date, Qt::AscendingOrder).value();
    QVERIFY(!expected.isEmpty());
    QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
    ResolutionBrowserModel model(*file);
    model.setReadOwnersAheadAbove(0);
    QVERIFY(model.reload().ok());
    QVERIFY(!model.isReadingOwnersAhead()); // not before the analyst types
    model.readAheadForSearch();
    QVERIFY(model.isReadingOwnersAhead());
    QVERIFY(model.setFilter(filter).ok());
    QVERIFY(!model.isReadingOwnersAhead());
    QCOMPARE(model.ids(), expected);
}

// What MeasureTermMatches keeps is what the index gives, asked once or again, one term or several.
void TestSearchNarrowing::termMatchesAreTheIndexs()
{
    MeasureTermMatches matches;
    const FullTextRepository index(*m_db);
    for (const QStringList &terms : {QStringList{QStringLiteral("pe")}, QStringList{QStringLiteral("arms"), QStringLiteral("pe")},
                                     QStringList{QStringLiteral("pe")}, QStringList{QStringLiteral("zzqx")}}) {
        const QList<qint64> expected = index.measuresMatching(terms).value();
        QCOMPARE(matches.ofAll(*m_db, terms).value(), expected);
    }
    QVERIFY(!matches.of(*m_db, QStringLiteral("pe")).value().isEmpty());
}

// MeasureShare decides how a state's measures are read: in table order from 1/16 of the table up, on
// SQLite; a server plans its own scans. The ids come out the same either way.
void TestSearchNarrowing::largeSharesAreReadInTableOrder()
{
    const QSqlDatabase c = m_db->connection();
    const qint64 all = sql::scalar(c, QStringLiteral("SELECT count(*) FROM measures")).value().toLongLong();
    const auto shareOf = [&](const QString &code) {
        return measureShare(c, QStringLiteral("WHERE m.state_id = (SELECT id FROM states WHERE code = ?)"), {code}).value();
    };
    const MeasureShare busiest = shareOf(m_busiest);
    const MeasureShare iran = shareOf(QStringLiteral("IRN")); // the bundled Iran measures, a small share here
    QCOMPARE(busiest.kept, sql::scalar(c, QStringLiteral("SELECT count(*) FROM measures m JOIN states s ON s.id = m.state_id "
                                                        "WHERE s.code = ?"), {m_busiest}).value().toLongLong());
    QVERIFY2(busiest.kept * 16 >= all && iran.kept > 0 && iran.kept * 16 < all,
             qPrintable(QStringLiteral("%1 and %2 of %3 measures").arg(busiest.kept).arg(iran.kept).arg(all)));
    QCOMPARE(busiest.mostOfTheTable, !test::onServer());
    QVERIFY(!iran.mostOfTheTable);
    for (const QString &code : {m_busiest, QStringLiteral("IRN")}) {
        MeasureFilter filter;
        filter.stateCode = code;
        const QList<qint64> ids = BrowserRepository(*m_db).measureIds(filter, MeasureSortKey::Resolution).value();
        const QList<qint64> expected = sql::collect(c, QStringLiteral(
            "SELECT m.id FROM measures m JOIN resolutions r ON r.id = m.resolution_id JOIN states s ON s.id = m.state_id "
            "WHERE s.code = ? ORDER BY r.adopted_on, r.id, m.position"), {code}, [](const QSqlQuery &q) {
            return q.value(0).toLongLong();
        }).value();
        QCOMPARE(ids, expected);
    }
}

// A report reads a state's measures with MeasureRepository::forState: the busiest state's in table order
// (then sorted in memory), a small state's through the index. Either way every measure of the state comes
// once, ordered by resolution date, symbol and position, including one added later (a higher id) to an
// early resolution, which table order alone would put last.
void TestSearchNarrowing::aStatesMeasuresComeInResolutionOrder()
{
    const QSqlDatabase c = m_db->connection();
    const qint64 early = sql::scalar(c, QStringLiteral(
        "SELECT r.id FROM resolutions r JOIN measures m ON m.resolution_id = r.id JOIN states s ON s.id = m.state_id "
        "WHERE s.code = ? ORDER BY r.adopted_on, r.symbol LIMIT 1"), {m_busiest}).value().toLongLong();
    QVERIFY(sql::exec(c, QStringLiteral(
        "INSERT INTO measures (resolution_id, position, state_id, type_id, action, description, source) "
        "SELECT ?, 1 + max(position), (SELECT id FROM states WHERE code = ?), min(type_id), 'introduces', "
        " 'Added afterwards', 'https://press.un.org/en/2006/sc8853.doc.htm' FROM measures WHERE resolution_id = ?"),
                      {early, m_busiest, early}).ok());
    const qint64 added = sql::scalar(c, QStringLiteral("SELECT max(id) FROM measures"), {}).value().toLongLong();

    for (const QString &code : {m_busiest, QStringLiteral("IRN")}) {
        const QList<MeasureRecord> read = MeasureRepository(c).forState(code).value();
        QList<qint64> ids;
        for (const MeasureRecord &m : read) {
            QCOMPARE(m.stateCode, code);
            ids << m.id;
        }
        for (qsizetype i = 1; i < read.size(); ++i) {
            const MeasureRecord &a = read[i - 1];
            const MeasureRecord &b = read[i];
            QVERIFY2(std::tuple(a.resolutionDate, a.resolution, a.position) < std::tuple(b.resolutionDate, b.resolution, b.position),
                     qPrintable(QStringLiteral("%1 OP %2 before %3 OP %4").arg(a.resolution).arg(a.position).arg(b.resolution).arg(b.position)));
        }
        QList<qint64> expected = sql::collect(c, QStringLiteral(
            "SELECT m.id FROM measures m JOIN states s ON s.id = m.state_id WHERE s.code = ?"), {code}, [](const QSqlQuery &q) {
            return q.value(0).toLongLong();
        }).value();
        QVERIFY(!expected.isEmpty());
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
    }
    const QList<MeasureRecord> busiest = MeasureRepository(c).forState(m_busiest).value();
    const auto at = std::find_if(busiest.begin(), busiest.end(), [&](const MeasureRecord &m) { return m.id == added; });
    QVERIFY(at != busiest.end() && at->resolutionId == early);
    QVERIFY(at + 1 != busiest.end() && (at + 1)->resolutionId != early); // the last of its resolution, not of the list
    QVERIFY(sql::exec(c, QStringLiteral("DELETE FROM measures WHERE id = ?"), {added}).ok());
}

QTEST_GUILESS_MAIN(TestSearchNarrowing)
#include "tst_search_narrowing.moc"
