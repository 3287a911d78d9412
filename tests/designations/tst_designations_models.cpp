// The Designations view's models: the table over every designation and its filters (UN list, kind,
// listed-on range, name search across aliases and original script).
#include "TestSupport.h"
#include "UnListTestData.h"

#include "storage/Sql.h"
#include "designations/DesignationFilterModel.h"
#include "designations/DesignationTableModel.h"
#include "designations/UnListImport.h"
#include "domain/Wording.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace st;

namespace {

QStringList referencesIn(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, DesignationTableModel::Reference).data().toString();
    return out;
}

} // namespace

class TestUnListModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tableShowsEveryDesignation();
    void filterByListKindAndDates();
    void searchNamesAliasesAndScripts_data();
    void searchNamesAliasesAndScripts();
    void delistedCanBeHidden();
    void sortsByDateNotText();

private:
    std::unique_ptr<Database> m_db;
};

void TestUnListModels::initTestCase()
{
    // The tests below only read, so one import serves them.
    m_db = test::openMemory();
    QVERIFY(importUnListFile(*m_db, test::realUnListPath()).ok());
}

void TestUnListModels::tableShowsEveryDesignation()
{
    auto db = test::openMemory(); // its own: this test changes a row
    QVERIFY(importUnListFile(*db, test::realUnListPath()).ok());
    DesignationTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 875);
    QCOMPARE(model.columnCount(), int(DesignationTableModel::ColumnCount));
    QCOMPARE(model.listTypes().size(), 13);
    QVERIFY(model.listTypes().contains(QStringLiteral("SouthSudan")));

    const int row = int(referencesIn(model).indexOf(QStringLiteral("KPe.001")));
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(DesignationTableModel::Name).toString(), QStringLiteral("KOREA MINING DEVELOPMENT TRADING CORPORATION"));
    QCOMPARE(cell(DesignationTableModel::Kind).toString(), QStringLiteral("Entity"));
    QCOMPARE(cell(DesignationTableModel::List).toString(), QStringLiteral("DPRK"));
    QCOMPARE(cell(DesignationTableModel::ListedOn).toString(), dayText(QDate(2009, 4, 24))); // the locale's form
    QCOMPARE(cell(DesignationTableModel::ListedBy).toString(), QStringLiteral("Committee decision"));
    QCOMPARE(cell(DesignationTableModel::Status).toString(), QStringLiteral("Listed"));
    QVERIFY(cell(DesignationTableModel::Name, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Also known as: ")));
    QCOMPARE(cell(DesignationTableModel::ListedOn, DesignationTableModel::SortRole).toDate(), QDate(2009, 4, 24));

    // Reloading after a change shows it.
    QVERIFY(sql::exec(db->connection(), QStringLiteral("UPDATE designations SET delisted_on = '2024-10-01' "
                                                       "WHERE reference_number = 'KPe.001'")).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(cell(DesignationTableModel::Status).toString(), QStringLiteral("Delisted ") + dayText(QDate(2024, 10, 1)));

    // What the view sorts and filters by, and explains.
    QVERIFY(cell(DesignationTableModel::ListedBy, Qt::ToolTipRole).toString().contains(QStringLiteral("the sanctions committee listed it")));
    QCOMPARE(cell(DesignationTableModel::Status, DesignationTableModel::SortRole).toDate(), QDate(2024, 10, 1));
    QCOMPARE(cell(0, DesignationTableModel::KindRole).toString(), QStringLiteral("entity"));
    QCOMPARE(cell(0, DesignationTableModel::ListTypeRole).toString(), QStringLiteral("DPRK"));
    QCOMPARE(cell(0, DesignationTableModel::ListedOnRole).toDate(), QDate(2009, 4, 24));
    QCOMPARE(cell(0, DesignationTableModel::DelistedRole).toBool(), true);
    QCOMPARE(cell(DesignationTableModel::Reference, DesignationTableModel::SortRole).toString(), QStringLiteral("KPe.001"));
    const int listed = int(referencesIn(model).indexOf(QStringLiteral("KPe.002")));
    QVERIFY(listed >= 0);
    QCOMPARE(model.index(listed, DesignationTableModel::Status).data(DesignationTableModel::SortRole).toDate(), QDate(9999, 12, 31));
    QCOMPARE(model.index(listed, 0).data(DesignationTableModel::DelistedRole).toBool(), false);
    QVERIFY(!cell(DesignationTableModel::Kind, Qt::ToolTipRole).isValid());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Reference"), QStringLiteral("Name"), QStringLiteral("Original script"),
                                   QStringLiteral("Kind"), QStringLiteral("UN list"), QStringLiteral("Listed on"),
                                   QStringLiteral("Listed by"), QStringLiteral("Status")}));
}

void TestUnListModels::filterByListKindAndDates()
{
    DesignationTableModel model(*m_db);
    QVERIFY(model.reload().ok());
    DesignationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 875);

    filter.setListType(QStringLiteral("DPRK"));
    QCOMPARE(filter.rowCount(), 155);
    filter.setKind(QStringLiteral("entity"));
    QCOMPARE(filter.rowCount(), 75);
    filter.setKind(QStringLiteral("individual"));
    QCOMPARE(filter.rowCount(), 80);
    filter.setKind({});
    // Resolution 2270's day.
    filter.setListedBetween(QDate(2016, 3, 2), QDate(2016, 3, 2));
    QCOMPARE(filter.rowCount(), 28);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, DesignationTableModel::ListedBy).data().toString(), QStringLiteral("S/RES/2270 (2016)"));
    // Open-ended ranges.
    filter.setListedBetween(QDate(2018, 1, 1), {});
    QCOMPARE(filter.rowCount(), 22);
    filter.setListedBetween({}, QDate(2009, 12, 31));
    QCOMPARE(filter.rowCount(), 13);
    filter.setListType({});
    filter.setListedBetween({}, {});
    QCOMPARE(filter.rowCount(), 875);
}

void TestUnListModels::searchNamesAliasesAndScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("primary name") << QStringLiteral("yun ho-jin") << QStringList{QStringLiteral("KPi.001")};
    QTest::newRow("reference number") << QStringLiteral("KPe.023") << QStringList{QStringLiteral("KPe.023")};
    QTest::newRow("low-quality alias") << QStringLiteral("Haji Mudir") << QStringList{QStringLiteral("TAi.005")};
    QTest::newRow("alias, any case") << QStringLiteral("HAJI MUDIR") << QStringList{QStringLiteral("TAi.005")};
    QTest::newRow("arabic script") << QStringLiteral("طاهر أنوري") << QStringList{QStringLiteral("TAi.005")};
    QTest::newRow("cyrillic, lower case") << QStringLiteral("умаров доку") << QStringList{QStringLiteral("QDi.290")};
    QTest::newRow("without the accent") << QStringLiteral("papa camara") << QStringList{QStringLiteral("GBi.001")};
    QTest::newRow("surrounding spaces") << QStringLiteral("  Haji Mudir ") << QStringList{QStringLiteral("TAi.005")};
    QTest::newRow("nothing") << QStringLiteral("no such person anywhere") << QStringList{};
}

void TestUnListModels::searchNamesAliasesAndScripts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    DesignationTableModel model(*m_db);
    QVERIFY(model.reload().ok());
    DesignationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(text);
    QCOMPARE(referencesIn(filter), expected);
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 875);
}

void TestUnListModels::delistedCanBeHidden()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, test::smallList()).ok());
    QVERIFY(importUnListFile(*db, test::smallListNewer()).ok());
    DesignationTableModel model(*db);
    QVERIFY(model.reload().ok());
    DesignationFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 13);
    filter.setShowDelisted(false);
    QCOMPARE(filter.rowCount(), 12);
    QVERIFY(!referencesIn(filter).contains(QStringLiteral("KPi.010")));
}

void TestUnListModels::sortsByDateNotText()
{
    DesignationTableModel model(*m_db);
    QVERIFY(model.reload().ok());
    DesignationFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(DesignationTableModel::ListedOn, Qt::DescendingOrder);
    QDate previous(9999, 1, 1);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QDate d = filter.index(row, DesignationTableModel::ListedOn).data(DesignationTableModel::SortRole).toDate();
        QVERIFY(d <= previous);
        previous = d;
    }
}

QTEST_GUILESS_MAIN(TestUnListModels)
#include "tst_designations_models.moc"
