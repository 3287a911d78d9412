// The workspace's windowed models on the bundled data: filters, search, sort, paging and the
// "in force on" day, all under QAbstractItemModelTester.
#include "TestSupport.h"

#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "workspace/FilterSettings.h"
#include "domain/Wording.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/ResolutionBrowserModel.h"
#include "synthetic/SyntheticDataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace st;

namespace {

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

ResolutionFilter prk()
{
    ResolutionFilter f;
    f.stateCode = QStringLiteral("PRK");
    return f;
}

MeasureFilter prkMeasures()
{
    MeasureFilter f;
    f.stateCode = QStringLiteral("PRK");
    return f;
}

// A row as a sort sees it: its key (nullopt for NULL), what breaks a tie (always ascending), and what
// names it in a failure.
struct SortedRow {
    std::optional<QString> key;
    QString tie;
    QString label;
};

// Where `rows` break `order`, the two rows; empty when the order holds. NULL sorts below every value,
// as SQLite sorts it: first in ascending order, last in descending.
QString firstDisorder(const QList<SortedRow> &rows, Qt::SortOrder order)
{
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const SortedRow &a = rows[i - 1];
        const SortedRow &b = rows[i];
        int c = a.key == b.key ? 0 : !a.key ? -1 : !b.key ? 1 : a.key->compare(*b.key);
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c > 0 || (c == 0 && a.tie > b.tie))
            return QStringLiteral("row %1: %2 before %3").arg(i).arg(a.label, b.label);
    }
    return {};
}

// How many distinct keys, and whether one is NULL: what a sort check needs to mean something.
std::pair<qsizetype, bool> spreadOf(const QList<SortedRow> &rows)
{
    QSet<QString> keys;
    bool null = false;
    for (const SortedRow &r : rows) {
        if (r.key)
            keys.insert(*r.key);
        else
            null = true;
    }
    return {keys.size(), null};
}

} // namespace

class TestBrowserModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void resolutionsOfTheState();
    void resolutionFilters_data();
    void resolutionFilters();
    void sortingRunsInSql();
    void pagesMatchTheIds();
    void measuresOfTheState();
    void keptIdsFollowTheData();
    void measuresInForceOn_data();
    void measuresInForceOn();
    void inForceFollowsTheOtherFilters();
    void inForceRowsAlikeWhicheverWayTheyCame();
    void filtersRoundTripThroughSettings();
    void measureSortKeysOrderTheRows_data();
    void measureSortKeysOrderTheRows();
    void resolutionsSortByChapterAndTrigger_data();
    void resolutionsSortByChapterAndTrigger();
    void noIdsReadNoRows();
    void measureCellsShowWhatIsStored();
    void measureQueriesThatFailKeepTheRowsAndSaySo();

private:
    std::unique_ptr<Database> m_db;
};

void TestBrowserModels::init() { m_db = test::openMemory(); }

void TestBrowserModels::resolutionsOfTheState()
{
    ResolutionBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(prk()).ok());
    QCOMPARE(model.rowCount(), 0); // nothing is read before the first reload()
    QSignalSpy requeried(&model, &ResolutionBrowserModel::rowsRequeried);
    QVERIFY(model.reload().ok());
    QCOMPARE(requeried.count(), 1);
    QCOMPARE(model.rowCount(), 27); // with 2664 (2022)
    QCOMPARE(model.totalCount(), 40); // of both bundled states
    QCOMPARE(model.index(0, ResolutionBrowserModel::Symbol).data().toString(), QStringLiteral("S/RES/1695 (2006)"));
    const int row = model.rowOfId(ResolutionRepository(m_db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value());
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ResolutionBrowserModel::Date).data().toString(), dayText(QDate(2017, 12, 22))); // the locale's form of 22 Dec 2017
    QCOMPARE(model.index(row, ResolutionBrowserModel::Vote).data().toString(), QStringLiteral("15–0–0"));
    QCOMPARE(model.index(row, ResolutionBrowserModel::ChapterVii).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(row, ResolutionBrowserModel::Measures).data().toInt(), 7);
    QCOMPARE(model.index(row, ResolutionBrowserModel::Triggers).data().toString(), QStringLiteral("Missile launch 2017-11-29 (New York 2017-11-28)")); // the cited date first (issue 11)
    QCOMPARE(model.index(row, ResolutionBrowserModel::Status).data().toString(), QStringLiteral("Adopted"));
    QCOMPARE(model.index(row, 3).data(ResolutionBrowserModel::IdRole).toLongLong(), model.idAt(row));

    ResolutionFilter iran;
    iran.stateCode = QStringLiteral("IRN");
    QVERIFY(model.setFilter(iran).ok());
    QCOMPARE(model.rowCount(), 13); // bundled since issue 16
    QCOMPARE(model.totalCount(), 40);
    ResolutionFilter libya;
    libya.stateCode = QStringLiteral("LBY");
    QVERIFY(model.setFilter(libya).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestBrowserModels::resolutionFilters_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString none;
    QTest::newRow("vetoed") << none << QStringLiteral("vetoed") << QDate() << QDate() << none
                            << QStringList{QStringLiteral("S/2022/431"), QStringLiteral("S/2024/255")};
    QTest::newRow("refined petroleum measures")
        << QStringLiteral("refined_petroleum_cap") << none << QDate() << QDate() << none
        << QStringList{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("S/2022/431")};
    QTest::newRow("2017") << none << none << QDate(2017, 1, 1) << QDate(2017, 12, 31) << none
                          << QStringList{QStringLiteral("S/RES/2345 (2017)"), QStringLiteral("S/RES/2356 (2017)"),
                                         QStringLiteral("S/RES/2371 (2017)"), QStringLiteral("S/RES/2375 (2017)"),
                                         QStringLiteral("S/RES/2397 (2017)")};
    QTest::newRow("coal, adopted, search") << QStringLiteral("coal_iron_export_ban") << QStringLiteral("adopted") << QDate()
                                           << QDate() << QStringLiteral("nuclear")
                                           << QStringList{QStringLiteral("S/RES/2270 (2016)"), QStringLiteral("S/RES/2321 (2016)")};
    QTest::newRow("petroleum, vetoed") << none << QStringLiteral("vetoed") << QDate() << QDate() << QStringLiteral("petroleum")
                                       << QStringList{QStringLiteral("S/2022/431")};
    QTest::newRow("nothing after 2025") << none << none << QDate(2025, 1, 1) << QDate() << none << QStringList();
}

void TestBrowserModels::resolutionFilters()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ResolutionBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    ResolutionFilter f = prk();
    f.measureTypeCode = type;
    f.status = fromCode<ResolutionStatus>(status);
    f.from = from;
    f.to = to;
    f.search = search;
    QVERIFY(model.setFilter(f).ok());
    QCOMPARE(column(model, ResolutionBrowserModel::Symbol), expected);
    QCOMPARE(model.filter(), f);
}

void TestBrowserModels::sortingRunsInSql()
{
    ResolutionBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    model.sort(ResolutionBrowserModel::Measures, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ResolutionBrowserModel::Measures).data().toInt(), 21); // 2231 (Iran)
    QCOMPARE(model.index(model.rowCount() - 1, ResolutionBrowserModel::Measures).data().toInt(), 0); // 1696, 1835, the 2025 drafts
    model.sort(ResolutionBrowserModel::Date, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ResolutionBrowserModel::Symbol).data().toString(), QStringLiteral("S/2025/? (draft of 26 September 2025)"));
    model.sort(ResolutionBrowserModel::Status, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ResolutionBrowserModel::Status).data().toString(), QStringLiteral("Vetoed"));
    model.sort(ResolutionBrowserModel::Title, Qt::AscendingOrder);
    const QStringList titles = column(model, ResolutionBrowserModel::Title);
    for (int i = 1; i < titles.size(); ++i)
        QVERIFY(titles[i - 1].compare(titles[i], Qt::CaseInsensitive) <= 0);
}

void TestBrowserModels::pagesMatchTheIds()
{
    // More rows than a page: every row shows the resolution of its id, in the sorted order.
    SyntheticOptions options;
    options.resolutions = 700;
    options.states = 5;
    QVERIFY(generateSyntheticDataset(*m_db, options).ok());
    ResolutionBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 740); // 700 synthetic + 40 bundled
    QString previous;
    for (int row = model.rowCount() - 1; row >= 0; row -= 7) { // backwards: pages load out of order
        const auto summary = model.summaryAt(row);
        QVERIFY(summary);
        QCOMPARE(summary->id, model.idAt(row));
        QCOMPARE(model.index(row, ResolutionBrowserModel::Symbol).data().toString(), summary->symbol);
        const QString date = summary->date.toString(Qt::ISODate);
        QVERIFY(previous.isEmpty() || date <= previous);
        previous = date;
    }
}

// Issue 17: the ids of a state looked at are kept for the switch back, and forgotten when the data
// changes (reload), so a switch never shows measures that are gone.
void TestBrowserModels::keptIdsFollowTheData()
{
    MeasureBrowserModel model(*m_db);
    QVERIFY(model.setFilter(prkMeasures()).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 82);
    MeasureFilter all;
    QVERIFY(model.setFilter(all).ok());
    QCOMPARE(model.rowCount(), 133);
    QVERIFY(model.setFilter(prkMeasures()).ok()); // from what was kept
    QCOMPARE(model.rowCount(), 82);

    const qint64 gone = sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM resolutions WHERE symbol = ?"),
                                    {QStringLiteral("S/RES/2397 (2017)")}).value().toLongLong();
    const int goneMeasures = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM measures "
                                                                            "WHERE resolution_id = ?"), {gone})
                                 .value().toInt();
    QVERIFY(goneMeasures > 0);
    QVERIFY(sql::exec(m_db->connection(), QStringLiteral("DELETE FROM resolutions WHERE id = ?"), {gone}).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 82 - goneMeasures);
    QVERIFY(model.setFilter(all).ok());
    QCOMPARE(model.rowCount(), 133 - goneMeasures);
    QVERIFY(model.setFilter(prkMeasures()).ok());
    QCOMPARE(model.rowCount(), 82 - goneMeasures);
}

void TestBrowserModels::measuresOfTheState()
{
    MeasureBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(prkMeasures()).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 82);
    QCOMPARE(model.totalCount(), 133); // of both bundled states
    QCOMPARE(model.index(0, MeasureBrowserModel::Resolution).data().toString(), QStringLiteral("S/RES/1695 (2006)"));

    MeasureFilter refined = prkMeasures();
    refined.typeCode = QStringLiteral("refined_petroleum_cap");
    QVERIFY(model.setFilter(refined).ok());
    QCOMPARE(column(model, MeasureBrowserModel::Resolution),
             (QStringList{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("S/RES/2375 (2017)"),
                          QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("S/2022/431")}));
    QCOMPARE(model.index(2, MeasureBrowserModel::Cap).data().toString(), QStringLiteral("500,000 barrels a year"));
    QCOMPARE(model.index(2, MeasureBrowserModel::Changes).data().toString(), QStringLiteral("S/RES/2375 (2017) OP 14"));
    QVERIFY(model.index(2, 0).data(MeasureBrowserModel::ChangesResolutionIdRole).toLongLong() != 0);
    QCOMPARE(model.index(3, 0).data(MeasureBrowserModel::AdoptedRole).toBool(), false);
    // Issue 11: a vetoed draft's proposal says so on its row, not "Adopted".
    QCOMPARE(column(model, MeasureBrowserModel::Status),
             (QStringList{QStringLiteral("Adopted"), QStringLiteral("Adopted"), QStringLiteral("Adopted"),
                          QStringLiteral("Vetoed draft")}));
    QCOMPARE(model.headerData(MeasureBrowserModel::Date, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QVERIFY(model.index(3, MeasureBrowserModel::Status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("never applied")));

    MeasureFilter tightens = prkMeasures();
    tightens.action = MeasureAction::Tightens;
    QVERIFY(model.setFilter(tightens).ok());
    for (const QString &action : column(model, MeasureBrowserModel::Action))
        QCOMPARE(action, QStringLiteral("Tightens"));
    QVERIFY(model.rowCount() >= 5);
}

void TestBrowserModels::measuresInForceOn_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("symbols");
    QTest::addColumn<QStringList>("caps");
    const QString refined = QStringLiteral("refined_petroleum_cap");
    QTest::newRow("before 2375") << refined << QDate(2017, 9, 10) << QStringList() << QStringList();
    QTest::newRow("2375 adopted, not yet effective") << refined << QDate(2017, 9, 30) << QStringList() << QStringList();
    QTest::newRow("2375 transitional") << refined << QDate(2017, 10, 1) << QStringList{QStringLiteral("S/RES/2375 (2017)")}
                                       << QStringList{QStringLiteral("500,000 barrels / 3 months")};
    QTest::newRow("2397 from 2018") << refined << QDate(2018, 1, 1) << QStringList{QStringLiteral("S/RES/2397 (2017)")}
                                    << QStringList{QStringLiteral("500,000 barrels a year")};
    QTest::newRow("the vetoed draft never applied") << refined << QDate(2023, 1, 1)
                                                    << QStringList{QStringLiteral("S/RES/2397 (2017)")}
                                                    << QStringList{QStringLiteral("500,000 barrels a year")};
    const QString coal = QStringLiteral("coal_iron_export_ban");
    QTest::newRow("coal in 2017") << coal << QDate(2017, 3, 1) << QStringList{QStringLiteral("S/RES/2321 (2016)")}
                                  << QStringList{QStringLiteral("400,870,018 US$ a year")};
    QTest::newRow("coal: full ban") << coal << QDate(2017, 8, 5) << QStringList{QStringLiteral("S/RES/2371 (2017)")}
                                    << QStringList{QString()};
    QTest::newRow("Panel lapsed") << QStringLiteral("panel_of_experts") << QDate(2024, 5, 1) << QStringList() << QStringList();
    QTest::newRow("Panel under 2680") << QStringLiteral("panel_of_experts") << QDate(2024, 4, 30)
                                      << QStringList{QStringLiteral("S/RES/2680 (2023)")} << QStringList{QString()};
}

void TestBrowserModels::measuresInForceOn()
{
    QFETCH(QString, type);
    QFETCH(QDate, day);
    QFETCH(QStringList, symbols);
    QFETCH(QStringList, caps);
    MeasureBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    MeasureFilter f = prkMeasures();
    f.typeCode = type;
    QVERIFY(model.setFilter(f).ok());
    QVERIFY(model.setInForceOn(day).ok());
    QCOMPARE(model.inForceOn(), day);
    QCOMPARE(column(model, MeasureBrowserModel::Resolution), symbols);
    QCOMPARE(column(model, MeasureBrowserModel::Cap), caps);
    QVERIFY(model.setInForceOn({}).ok());
    QVERIFY(model.rowCount() >= symbols.size());
}

void TestBrowserModels::inForceFollowsTheOtherFilters()
{
    MeasureBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(prkMeasures()).ok());
    QVERIFY(model.setInForceOn(QDate(2018, 6, 1)).ok());
    QVERIFY(model.reload().ok());
    const int all = model.rowCount();
    QVERIFY(all > 20 && all < 81);
    MeasureFilter f = prkMeasures();
    f.search = QStringLiteral("petroleum");
    QVERIFY(model.setFilter(f).ok());
    QCOMPARE(column(model, MeasureBrowserModel::Resolution), QStringList{QStringLiteral("S/RES/2397 (2017)")});
    // The measures of another state: none in force for a state with no measures.
    f.search.clear();
    f.stateCode = QStringLiteral("LBY");
    QVERIFY(model.setFilter(f).ok());
    QCOMPARE(model.rowCount(), 0);
}

// The rows in force on a day come two ways: picked out of every row of the filter already read (a day
// set after the filter), or read and ordered by the database alone (a filter or sort changed with the
// day set, so that a switch to "All states" need not read every measure). Both give the same rows in the
// same order, for every state, day, sort column and order; and clearing the day then shows every row.
void TestBrowserModels::inForceRowsAlikeWhicheverWayTheyCame()
{
    MeasureFilter allStates;
    int compared = 0;
    for (const MeasureFilter &f : {prkMeasures(), allStates}) {
        MeasureBrowserModel everyRow(*m_db);
        QVERIFY(everyRow.setFilter(f).ok());
        QVERIFY(everyRow.reload().ok());
        const QList<qint64> unfiltered = everyRow.ids();
        for (const QDate &day : {QDate(2006, 10, 20), QDate(2013, 3, 8), QDate(2017, 10, 1), QDate(2018, 6, 1),
                                 QDate(2024, 5, 1)}) {
            for (int column : {int(MeasureBrowserModel::Resolution), int(MeasureBrowserModel::State),
                               int(MeasureBrowserModel::Type), int(MeasureBrowserModel::Cap),
                               int(MeasureBrowserModel::EffectiveFrom), int(MeasureBrowserModel::Description)}) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    MeasureBrowserModel pickedOut(*m_db);
                    QVERIFY(pickedOut.setFilter(f).ok());
                    QVERIFY(pickedOut.reload().ok());
                    pickedOut.sort(column, order);
                    QVERIFY(pickedOut.setInForceOn(day).ok());

                    MeasureBrowserModel ordered(*m_db);
                    QVERIFY(ordered.setInForceOn(day).ok());
                    QVERIFY(ordered.setFilter(f).ok());
                    QVERIFY(ordered.reload().ok());
                    ordered.sort(column, order);
                    QVERIFY(!ordered.lastError());
                    QCOMPARE(ordered.ids(), pickedOut.ids());
                    compared += int(ordered.ids().size());
                    QVERIFY(ordered.setInForceOn({}).ok());
                    QCOMPARE(ordered.ids().size(), unfiltered.size());
                }
            }
        }
    }
    QVERIFY(compared > 1000); // days with measures in force, not only empty lists
}

void TestBrowserModels::filtersRoundTripThroughSettings()
{
    ResolutionFilter f = prk();
    f.measureTypeCode = QStringLiteral("coal_iron_export_ban");
    f.status = ResolutionStatus::Vetoed;
    f.from = QDate(2010, 1, 1);
    f.search = QStringLiteral("coal");
    QCOMPARE(resolutionFilterFrom(toVariantMap(f)), f);
    MeasureFilter m = prkMeasures();
    m.action = MeasureAction::Renews;
    QDate day;
    QCOMPARE(measureFilterFrom(toVariantMap(m, QDate(2020, 2, 2)), &day), m);
    QCOMPARE(day, QDate(2020, 2, 2));
    // Damaged settings read back as no filter.
    QVariantMap bad{{QStringLiteral("status"), QStringLiteral("maybe")}, {QStringLiteral("from"), 42}};
    QCOMPARE(resolutionFilterFrom(bad), ResolutionFilter());
}

void TestBrowserModels::measureSortKeysOrderTheRows_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("hasNull");
    const std::pair<const char *, MeasureSortKey> keys[] = {
        {"resolution", MeasureSortKey::Resolution}, {"state", MeasureSortKey::State}, {"type", MeasureSortKey::Type},
        {"action", MeasureSortKey::Action}, {"cap", MeasureSortKey::Cap}, {"from", MeasureSortKey::EffectiveFrom},
        {"to", MeasureSortKey::EffectiveTo}, {"description", MeasureSortKey::Description}};
    for (const auto &[name, key] : keys) {
        const bool nullable = key == MeasureSortKey::Cap || key == MeasureSortKey::EffectiveTo;
        QTest::addRow("%s ascending", name) << int(key) << int(Qt::AscendingOrder) << nullable;
        QTest::addRow("%s descending", name) << int(key) << int(Qt::DescendingOrder) << nullable;
    }
}

// Every sort key of the measures view orders all the bundled measures by what its column shows, ties
// in resolution order; checked row by row against the rows' own values, not against another query.
void TestBrowserModels::measureSortKeysOrderTheRows()
{
    QFETCH(int, key);
    QFETCH(int, order);
    QFETCH(bool, hasNull);
    const BrowserRepository browser(m_db->connection());
    const auto ids = browser.measureIds({}, MeasureSortKey(key), Qt::SortOrder(order));
    CHECK_OK(ids);
    QCOMPARE(ids.value().size(), 133);
    const auto records = browser.measureRows(ids.value());
    CHECK_OK(records);
    QHash<qint64, MeasureRecord> byId;
    for (const MeasureRecord &m : records.value())
        byId.insert(m.id, m);
    QCOMPARE(byId.size(), ids.value().size());

    const auto day = [](const QDate &d) { return d.isValid() ? std::optional(d.toString(Qt::ISODate)) : std::nullopt; };
    QList<SortedRow> rows;
    for (qint64 id : ids.value()) {
        const MeasureRecord &m = byId[id];
        std::optional<QString> k;
        switch (MeasureSortKey(key)) {
        case MeasureSortKey::Resolution:
            k = QString(); // the tie is the whole key, in the order asked for
            break;
        case MeasureSortKey::State:
            k = m.stateCode;
            break;
        case MeasureSortKey::Type:
            k = m.typeName;
            break;
        case MeasureSortKey::Action:
            k = toCode(m.action);
            break;
        case MeasureSortKey::Cap:
            if (m.cap)
                k = QString::asprintf("%020.3f", m.cap->value);
            break;
        case MeasureSortKey::EffectiveFrom:
            k = day(m.effectiveFrom.isValid() ? m.effectiveFrom : m.resolutionDate);
            break;
        case MeasureSortKey::EffectiveTo:
            k = day(m.effectiveTo);
            break;
        case MeasureSortKey::Description:
            k = m.description.toLower();
            break;
        }
        const QString tie = QStringLiteral("%1 %2 %3").arg(m.resolutionDate.toString(Qt::ISODate))
                                .arg(m.resolutionId, 10, 10, QLatin1Char('0')).arg(m.position, 4, 10, QLatin1Char('0'));
        rows.append({k, tie, QStringLiteral("%1 of %2").arg(m.paragraph, m.resolution)});
    }
    if (MeasureSortKey(key) == MeasureSortKey::Resolution) {
        // Resolution order is the tie itself, reversed whole when descending.
        if (Qt::SortOrder(order) == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        QVERIFY2(firstDisorder(rows, Qt::AscendingOrder).isEmpty(), qPrintable(firstDisorder(rows, Qt::AscendingOrder)));
        return;
    }
    const auto [distinct, null] = spreadOf(rows);
    QVERIFY2(distinct >= 2, "the key tells the rows apart");
    QCOMPARE(null, hasNull);
    const QString disorder = firstDisorder(rows, Qt::SortOrder(order));
    QVERIFY2(disorder.isEmpty(), qPrintable(disorder));
}

void TestBrowserModels::resolutionsSortByChapterAndTrigger_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    for (const auto &[name, key] : {std::pair{"chapter VII", ResolutionSortKey::ChapterVii}, std::pair{"trigger", ResolutionSortKey::Triggers}}) {
        QTest::addRow("%s ascending", name) << int(key) << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", name) << int(key) << int(Qt::DescendingOrder);
    }
}

// The two resolution keys whose value may be missing: under Chapter VII or not (or not known), and the
// first trigger event (kind, then its cited date; none for most resolutions).
void TestBrowserModels::resolutionsSortByChapterAndTrigger()
{
    QFETCH(int, key);
    QFETCH(int, order);
    const auto ids = BrowserRepository(m_db->connection()).resolutionIds({}, ResolutionSortKey(key), Qt::SortOrder(order));
    CHECK_OK(ids);
    QCOMPARE(ids.value().size(), 40);
    QHash<qint64, ResolutionSummary> byId;
    const auto summaries = ResolutionRepository(m_db->connection()).summaries(); // kept: value() is a reference into it
    for (const ResolutionSummary &s : summaries.value())
        byId.insert(s.id, s);
    QList<SortedRow> rows;
    for (qint64 id : ids.value()) {
        const ResolutionSummary &s = byId[id];
        std::optional<QString> k;
        if (ResolutionSortKey(key) == ResolutionSortKey::ChapterVii) {
            if (s.chapterVii)
                k = *s.chapterVii ? QStringLiteral("1") : QStringLiteral("0");
        } else if (!s.triggers.isEmpty()) {
            // "kind cited-date new-york-date; ...": the first event's kind and cited date
            k = s.triggers.section(QLatin1Char(' '), 0, 1);
        }
        rows.append({k, s.date.toString(Qt::ISODate) + QLatin1Char(' ') + s.symbol, s.symbol});
    }
    const auto [distinct, null] = spreadOf(rows);
    QVERIFY2(distinct >= 2, "the key tells the rows apart");
    QVERIFY2(null, "some resolutions have no value for the key");
    const QString disorder = firstDisorder(rows, Qt::SortOrder(order));
    QVERIFY2(disorder.isEmpty(), qPrintable(disorder));
}

// An empty page of ids reads nothing (and asks no query: "IN ()" is not SQL).
void TestBrowserModels::noIdsReadNoRows()
{
    const auto rows = BrowserRepository(m_db->connection()).measureRows({});
    CHECK_OK(rows);
    QVERIFY(rows.value().isEmpty());
}

// The cells the other tests leave aside: the effective dates, the description and the tooltips that
// explain a note, a start at adoption and a contested status.
void TestBrowserModels::measureCellsShowWhatIsStored()
{
    CHECK_OK(sql::exec(m_db->connection(), QStringLiteral("UPDATE measures SET note = 'Checked against the press release' "
                                                          "WHERE effective_from = '2017-10-01'")));
    MeasureBrowserModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MeasureFilter refined = prkMeasures();
    refined.typeCode = QStringLiteral("refined_petroleum_cap");
    CHECK_OK(model.setFilter(refined));
    CHECK_OK(model.reload());
    QCOMPARE(model.rowCount(), 4);
    // 2375's transitional cap: 1 October to 31 December 2017, with the note added above.
    QCOMPARE(model.index(0, MeasureBrowserModel::EffectiveFrom).data().toString(), dayText(QDate(2017, 10, 1)));
    QCOMPARE(model.index(0, MeasureBrowserModel::EffectiveTo).data().toString(), dayText(QDate(2017, 12, 31)));
    const QString description = model.index(0, MeasureBrowserModel::Description).data().toString();
    QVERIFY2(description.startsWith(QLatin1String("Initial period: supply, sale or transfer of refined petroleum")), qPrintable(description));
    QCOMPARE(model.index(0, MeasureBrowserModel::Description).data(Qt::ToolTipRole).toString(),
             description + QStringLiteral("\n\nChecked against the press release"));
    // Without a note the tooltip is the description alone; an open end shows no date.
    QCOMPARE(model.index(1, MeasureBrowserModel::Description).data(Qt::ToolTipRole).toString(),
             model.index(1, MeasureBrowserModel::Description).data().toString());
    QCOMPARE(model.index(1, MeasureBrowserModel::EffectiveTo).data().toString(), QString());
    QVERIFY(!model.index(1, MeasureBrowserModel::EffectiveFrom).data(Qt::ToolTipRole).isValid()); // it has its own date
    QVERIFY(!model.index(1, MeasureBrowserModel::Type).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.index(1, MeasureBrowserModel::Type).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(1, 0).data(MeasureBrowserModel::ResolutionIdRole).toLongLong(),
             ResolutionRepository(m_db->connection()).idOf(QStringLiteral("S/RES/2375 (2017)")).value());

    // 2375's crude oil cap has no date of its own: it runs from the day of adoption, as the tooltip says.
    MeasureFilter crude = prkMeasures();
    crude.typeCode = QStringLiteral("crude_oil_cap");
    CHECK_OK(model.setFilter(crude));
    QCOMPARE(model.index(0, MeasureBrowserModel::Resolution).data().toString(), QStringLiteral("S/RES/2375 (2017)"));
    QCOMPARE(model.index(0, MeasureBrowserModel::EffectiveFrom).data().toString(), QString());
    QCOMPARE(model.index(0, MeasureBrowserModel::EffectiveFrom).data(Qt::ToolTipRole).toString(),
             QStringLiteral("From adoption (2017-09-11)"));

    // Iran's measures the snapback reinstated are contested: the status says so and its tooltip explains.
    MeasureFilter iran;
    iran.stateCode = QStringLiteral("IRN");
    CHECK_OK(model.setFilter(iran));
    int contested = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, MeasureBrowserModel::Status).data().toString() != QLatin1String("Adopted, contested"))
            continue;
        ++contested;
        QCOMPARE(model.index(row, MeasureBrowserModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Members dispute that this measure applies; the resolution's detail names them, their view and its source"));
    }
    QCOMPARE(contested, 11); // the eleven measures with disputes (tst_json_roundtrip)
}

// A query that fails (here: a table another program renamed under the app) leaves the rows and the
// filter as they were and says why through lastError(); the in-force day it could not apply is dropped.
void TestBrowserModels::measureQueriesThatFailKeepTheRowsAndSaySo()
{
    const QSqlDatabase c = m_db->connection();
    const auto rename = [&c](const char *from, const char *to) {
        return sql::exec(c, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(QLatin1String(from), QLatin1String(to)));
    };
    // No QAbstractItemModelTester here: after each reset it sorts the model again, a second query that
    // would stand in for the one whose failure is checked.
    MeasureBrowserModel model(*m_db);
    CHECK_OK(model.setFilter(prkMeasures()));
    CHECK_OK(model.reload());
    QCOMPARE(model.rowCount(), 82);
    const QList<qint64> shown = model.ids();

    // No measures table: nothing is reloaded.
    CHECK_OK(rename("measures", "measures_away"));
    const Status reloaded = model.reload();
    QVERIFY(!reloaded);
    QVERIFY2(reloaded.error().detail.contains(QLatin1String("measures")), qPrintable(reloaded.error().fullText()));
    QCOMPARE(model.ids(), shown);
    CHECK_OK(rename("measures_away", "measures"));

    // No measure types: a filter on a type fails and the previous filter stays...
    CHECK_OK(rename("measure_types", "measure_types_away"));
    MeasureFilter refined = prkMeasures();
    refined.typeCode = QStringLiteral("refined_petroleum_cap");
    const Status filtered = model.setFilter(refined);
    QVERIFY(!filtered);
    QVERIFY(model.lastError());
    QCOMPARE(model.lastError()->detail, filtered.error().detail);
    QCOMPARE(model.filter(), prkMeasures());
    QCOMPARE(model.ids(), shown);
    // ...the in-force day cannot be worked out (the computation reads the types), so it is not set...
    const Status inForce = model.setInForceOn(QDate(2018, 6, 1));
    QVERIFY(!inForce);
    QCOMPARE(model.inForceOn(), QDate());
    QCOMPARE(model.ids(), shown);
    CHECK_OK(rename("measure_types_away", "measure_types"));

    // With a day set, a switch to a state whose intervals cannot be read shows its rows without the day.
    CHECK_OK(model.setInForceOn(QDate(2018, 6, 1)));
    QVERIFY(model.rowCount() < 82);
    CHECK_OK(rename("measure_types", "measure_types_away"));
    MeasureFilter iran;
    iran.stateCode = QStringLiteral("IRN");
    CHECK_OK(model.setFilter(iran)); // the rows came; only the day could not be applied
    QVERIFY(model.lastError());
    QCOMPARE(model.inForceOn(), QDate());
    QCOMPARE(model.rowCount(), 133 - 82);
    // A row whose page cannot be read (the rows join the types) shows nothing rather than something wrong.
    QVERIFY(!model.index(0, MeasureBrowserModel::State).data().isValid());
    CHECK_OK(rename("measure_types_away", "measure_types"));
    CHECK_OK(model.reload());
    QVERIFY(!model.lastError());
    QCOMPARE(model.index(0, MeasureBrowserModel::State).data().toString(), QStringLiteral("IRN"));
}

QTEST_GUILESS_MAIN(TestBrowserModels)
#include "tst_browser_models.moc"
