// CSV formula injection (issue 12, defect 8): a cell a spreadsheet would run as a formula is written
// with a leading apostrophe; plain numbers, negative ones included, stay numbers.
#include "TestSupport.h"

#include "storage/DesignationRepository.h"
#include "interchange/Csv.h"
#include "interchange/CsvExport.h"

using namespace st;

class TestCsvFormulas : public QObject {
    Q_OBJECT
private slots:
    void cell_data();
    void cell();
    void designatedNameWithAFormulaIsExportedAsText();
};

void TestCsvFormulas::cell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")");
    QTest::newRow("plus") << QStringLiteral("+1+cmd") << QStringLiteral("'+1+cmd");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("negative number") << QStringLiteral("-2") << QStringLiteral("-2");
    QTest::newRow("signed decimal") << QStringLiteral("+3.5") << QStringLiteral("+3.5");
    QTest::newRow("exponent") << QStringLiteral("-1e-3") << QStringLiteral("-1e-3");
    QTest::newRow("plain text") << QStringLiteral("KIM Jong Un") << QStringLiteral("KIM Jong Un");
    QTest::newRow("formula sign inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvFormulas::cell()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(spreadsheetSafe(cell), written);
}

void TestCsvFormulas::designatedNameWithAFormulaIsExportedAsText()
{
    auto db = test::openMemory();
    Designation d;
    d.referenceNumber = QStringLiteral("KPi.990");
    d.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    d.listedOn = QDate(2017, 6, 2);
    QVERIFY(DesignationRepository(db->connection()).upsert(d).ok());
    QTemporaryDir dir;
    QVERIFY(exportCsv(*db, dir.path()).ok());
    const auto table = parseCsv(test::readAll(dir.filePath(QStringLiteral("designations.csv"))));
    QVERIFY(table.ok());
    const qsizetype nameColumn = table.value().first().indexOf(QStringLiteral("name"));
    bool found = false;
    for (const QStringList &row : table.value()) {
        if (row.first() == QStringLiteral("KPi.990")) {
            QCOMPARE(row.at(nameColumn), QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
            found = true;
        }
    }
    QVERIFY(found);
    // Numbers stay numbers: votes in resolutions.csv have no apostrophe.
    QVERIFY(!test::readAll(dir.filePath(QStringLiteral("resolutions.csv"))).contains(",'1"));
}

QTEST_GUILESS_MAIN(TestCsvFormulas)
#include "tst_csv_formulas.moc"
