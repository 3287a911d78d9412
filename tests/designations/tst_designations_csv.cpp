// CSV export: RFC 4180 quoting, UTF-8, header rows, and the files parse back to the same rows.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "interchange/CsvExport.h"
#include "designations/UnListImport.h"

using namespace st;

class TestUnListCsv : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void quoting_data();
    void quoting();
    void parsesWhatItWrites();
    void malformedCsvIsRefused_data();
    void malformedCsvIsRefused();
    void exportParsesBackWithTheSameRows();
    void exportCreatesTheFolder();
    void unwritableFolder();

private:
    QTemporaryDir m_dir;
};

void TestUnListCsv::quoting_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringList{QStringLiteral("KPi.001"), QStringLiteral("YUN HO-JIN")}
                           << QByteArray("KPi.001,YUN HO-JIN\r\n");
    QTest::newRow("comma") << QStringList{QStringLiteral("Pyongyang, DPRK")} << QByteArray("\"Pyongyang, DPRK\"\r\n");
    QTest::newRow("quote") << QStringList{QStringLiteral("the \"KOMID\" office")}
                           << QByteArray("\"the \"\"KOMID\"\" office\"\r\n");
    QTest::newRow("line break") << QStringList{QStringLiteral("a\nb"), QStringLiteral("c\r\nd")}
                                << QByteArray("\"a\nb\",\"c\r\nd\"\r\n");
    QTest::newRow("empty fields") << QStringList{QString(), QString(), QStringLiteral("x")} << QByteArray(",,x\r\n");
    QTest::newRow("arabic in UTF-8") << QStringList{QStringLiteral("محمد")} << QStringLiteral("محمد\r\n").toUtf8();
    QTest::newRow("spaces kept") << QStringList{QStringLiteral(" KPe.023 ")} << QByteArray(" KPe.023 \r\n");
}

void TestUnListCsv::quoting()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, line);
    QCOMPARE(csvRecord(fields), line);
    auto parsed = parseCsv(line);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), CsvTable{fields});
}

void TestUnListCsv::parsesWhatItWrites()
{
    const CsvTable table{{QStringLiteral("a"), QStringLiteral("b")},
                         {QStringLiteral("1, 2"), QStringLiteral("\"x\"\n\"y\"")},
                         {QString(), QStringLiteral("남포")}};
    auto parsed = parseCsv(csvDocument(table));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), table);
    // LF line ends and a last line without one are read too.
    auto lf = parseCsv("a,b\n1,2");
    QVERIFY(lf.ok());
    QCOMPARE(lf.value(), (CsvTable{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}));
}

void TestUnListCsv::malformedCsvIsRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quote inside") << QByteArray("a,b\r\nx\"y,z\r\n") << QStringLiteral("Line 2: a double quote inside");
    QTest::newRow("never closed") << QByteArray("a\r\n\"open,\r\nstill\r\n") << QStringLiteral("Line 2: a quoted field is never closed");
    QTest::newRow("text after quote") << QByteArray("\"a\"b\r\n") << QStringLiteral("Line 1: text after the closing quote");
}

void TestUnListCsv::malformedCsvIsRefused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    auto parsed = parseCsv(csv);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
}

void TestUnListCsv::exportParsesBackWithTheSameRows()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, test::realUnListPath()).ok());
    const QString dir = m_dir.filePath(QStringLiteral("csv"));
    auto exported = exportCsv(*db, dir);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().fullText()));
    QCOMPARE(exported.value().files.size(), 3);
    QCOMPARE(exported.value().designations, 875);
    QCOMPARE(exported.value().resolutions, ResolutionRepository(db->connection()).count().value());
    QCOMPARE(exported.value().measures, MeasureRepository(db->connection()).count().value());

    auto tables = csvTables(*db);
    QVERIFY(tables.ok());
    const QList<QPair<QString, CsvTable>> expected{{QStringLiteral("resolutions.csv"), tables.value().resolutions},
                                                   {QStringLiteral("measures.csv"), tables.value().measures},
                                                   {QStringLiteral("designations.csv"), tables.value().designations}};
    for (const auto &[name, table] : expected) {
        const QByteArray bytes = test::readAll(QDir(dir).filePath(name));
        QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), "no byte-order mark");
        QVERIFY2(bytes.endsWith("\r\n"), "CRLF record ends");
        auto parsed = parseCsv(bytes);
        QVERIFY2(parsed.ok(), qPrintable(name));
        QCOMPARE(parsed.value(), table);
        for (const QStringList &row : parsed.value())
            QCOMPARE(row.size(), table.first().size()); // every row as wide as the header
    }

    // Spot checks against what the analyst knows.
    const CsvTable &designations = tables.value().designations;
    QCOMPARE(designations.first().first(), QStringLiteral("reference_number"));
    QMap<QString, QStringList> byReference;
    for (const QStringList &row : designations)
        byReference.insert(row.first(), row);
    const QStringList header = designations.first();
    auto field = [&](const QString &ref, const char *column) {
        return byReference.value(ref).value(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(field(QStringLiteral("KPe.001"), "name"), QStringLiteral("KOREA MINING DEVELOPMENT TRADING CORPORATION"));
    QCOMPARE(field(QStringLiteral("KPe.001"), "listed_by"), QStringLiteral("committee"));
    QCOMPARE(field(QStringLiteral("KPi.017"), "listed_by"), QStringLiteral("resolution"));
    QCOMPARE(field(QStringLiteral("KPi.017"), "resolution"), QStringLiteral("S/RES/2270 (2016)"));
    QCOMPARE(field(QStringLiteral("TAi.005"), "name_original_script"), QStringLiteral("محمد طاهر أنوري"));
    QCOMPARE(field(QStringLiteral("TAi.005"), "aliases").split(QLatin1Char('\n')).size(), 4);
    // One alias per line, even where the UN wrapped a long alias onto two lines.
    const QStringList adf = field(QStringLiteral("CDe.001"), "aliases").split(QLatin1Char('\n'));
    QCOMPARE(adf.size(), 4);
    QCOMPARE(adf.at(1), QStringLiteral("Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda"));
    QCOMPARE(field(QStringLiteral("TAi.005"), "regime"), QStringLiteral("1988"));
    QCOMPARE(field(QStringLiteral("QDi.001"), "regime"), QString());
    QCOMPARE(field(QStringLiteral("QDi.001"), "un_list_type"), QStringLiteral("Al-Qaida"));

    const CsvTable &resolutions = tables.value().resolutions;
    QCOMPARE(resolutions.first().mid(0, 3),
             (QStringList{QStringLiteral("symbol"), QStringLiteral("number"), QStringLiteral("adopted_on")}));
    QCOMPARE(resolutions.at(1).first(), QStringLiteral("S/RES/1695 (2006)"));
}

void TestUnListCsv::exportCreatesTheFolder()
{
    auto db = test::openMemory();
    const QString dir = m_dir.filePath(QStringLiteral("a/b/c"));
    auto exported = exportCsv(*db, dir);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value().designations, 0);
    QCOMPARE(test::readAll(QDir(dir).filePath(QStringLiteral("designations.csv"))),
             csvRecord(csvTables(*db).value().designations.first()));
}

void TestUnListCsv::unwritableFolder()
{
    auto db = test::openMemory();
    test::writeAll(m_dir.filePath(QStringLiteral("file")), "not a folder");
    auto exported = exportCsv(*db, m_dir.filePath(QStringLiteral("file/sub")));
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().message.contains(QStringLiteral("Cannot create the folder")),
             qPrintable(exported.error().message));
}

QTEST_GUILESS_MAIN(TestUnListCsv)
#include "tst_designations_csv.moc"
