#include "TestSupport.h"

#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "interchange/JsonDatasetReader.h"
#include "interchange/JsonDatasetWriter.h"
#include "interchange/OrderedJson.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "synthetic/SyntheticDataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace st;

class TestJsonRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void exportImportExportIsByteIdentical();
    void bundledFileReadsBackToTheSameDataset();
    void exportIsValidJsonInDocumentedKeyOrder();
    void reimportIsIdempotent();
    void formatOneFilesStillImport();
    void mergeUpdatesAndAdds();
    void syntheticExportImportsAndRoundTrips();
    void legalBasisTravelsAndIsOmittedWhenEmpty();
    void textsAreEscapedAsJsonRequires_data();
    void textsAreEscapedAsJsonRequires();
    void numbersPrintAsTheyReadBack_data();
    void numbersPrintAsTheyReadBack();
};

void TestJsonRoundTrip::exportImportExportIsByteIdentical()
{
    auto source = test::openMemory();
    const QByteArray first = exportDatasetJson(*source).value();

    auto target = test::openMemory(true);
    auto summary = importDatasetJson(*target, first);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary.value().resolutionsAdded, 40); // 27 DPRK (with 2664) and 13 Iran
    const QByteArray second = exportDatasetJson(*target).value();
    QCOMPARE(second.size(), first.size());
    QVERIFY(second == first);
    // Issue 16's statuses travel too: the Iran drafts not adopted, the snapback's reinstatements and
    // the disputes recorded on them.
    QCOMPARE(first.count("\"status\": \"not_adopted\""), 2);
    QCOMPARE(first.count("\"action\": \"reinstates\""), 10);
    QCOMPARE(first.count("\"action\": \"terminates\""), 6);
    QCOMPARE(first.count("\"disputes\": ["), 11);
}

// Files of format 1 (written before issue 16) still import: a format-1 file is a format-2 file without
// the new statuses, actions and disputes.
void TestJsonRoundTrip::formatOneFilesStillImport()
{
    auto source = test::openMemory();
    Dataset d = readDatasetJson(exportDatasetJson(*source).value()).value();
    d.resolutions.removeIf([](const ResolutionRecord &r) { return r.resolution.states.contains(QStringLiteral("IRN")); });
    d.states.removeIf([](const SanctionedState &s) { return s.code == QLatin1String("IRN"); });
    d.regimes.removeIf([](const Regime &g) { return g.code == QLatin1String("1737"); });
    d.acts.clear(); // format 1 had no acts (they came with issue 16's item 4)
    QByteArray v1 = writeDatasetJson(d);
    QVERIFY(!v1.contains("not_adopted") && !v1.contains("reinstates") && !v1.contains("\"disputes\""));
    QVERIFY(v1.contains("\"format_version\": 2,"));
    v1.replace("\"format_version\": 2,", "\"format_version\": 1,");
    auto target = test::openMemory(true);
    auto summary = importDatasetJson(*target, v1);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary.value().resolutionsAdded, 27);
    // Written back, it is the same data in format 2.
    QByteArray again = exportDatasetJson(*target).value();
    again.replace("\"format_version\": 2,", "\"format_version\": 1,");
    QCOMPARE(again, v1);
}

void TestJsonRoundTrip::bundledFileReadsBackToTheSameDataset()
{
    // The bundled file is itself in the export format, so the database's export reproduces it.
    auto db = test::openMemory();
    const QByteArray exported = exportDatasetJson(*db).value();
    const auto fromFile = readDatasetJson(bundledDatasetJson()).value();
    const auto fromExport = readDatasetJson(exported).value();
    QCOMPARE(fromExport.resolutions.size(), fromFile.resolutions.size());
    for (int i = 0; i < fromFile.resolutions.size(); ++i) {
        QCOMPARE(fromExport.resolutions[i].resolution.symbol, fromFile.resolutions[i].resolution.symbol);
        QCOMPARE(fromExport.resolutions[i].measures.size(), fromFile.resolutions[i].measures.size());
        QCOMPARE(fromExport.resolutions[i].triggers, fromFile.resolutions[i].triggers);
    }
    QCOMPARE(fromExport.measureTypes, fromFile.measureTypes);
}

void TestJsonRoundTrip::exportIsValidJsonInDocumentedKeyOrder()
{
    auto db = test::openMemory();
    const QByteArray json = exportDatasetJson(*db).value();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("format_version")).toInt(), kFormatVersion);
    // symbol leads each resolution, and numbers are JSON numbers, not strings.
    QVERIFY(json.contains("{\n      \"symbol\": \"S/RES/1695 (2006)\",\n      \"number\": 1695,"));
    QVERIFY(json.contains("\"value\": 500000,"));
    QVERIFY(json.contains("\"number\": null"));
    // Resolutions are in date order.
    QVERIFY(json.indexOf("S/RES/1718 (2006)") < json.indexOf("S/RES/2397 (2017)"));
}

void TestJsonRoundTrip::reimportIsIdempotent()
{
    auto db = test::openMemory();
    const QByteArray before = exportDatasetJson(*db).value();
    const int auditBefore = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
    auto summary = importDatasetJson(*db, before);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().resolutionsUpdated, 40);
    QCOMPARE(summary.value().resolutionsAdded, 0);
    QCOMPARE(exportDatasetJson(*db).value(), before);
    // Unchanged records leave no audit rows.
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(), auditBefore);
}

void TestJsonRoundTrip::mergeUpdatesAndAdds()
{
    auto db = test::openMemory();
    QByteArray json = exportDatasetJson(*db).value();
    // Change one title and add a new resolution that changes 2397's crude-oil cap.
    json.replace("\"title\": \"Non-proliferation/Democratic People's Republic of Korea\"",
                 "\"title\": \"Edited title\"");
    Dataset d = readDatasetJson(json).value();
    ResolutionRecord added;
    const auto r2397 = std::find_if(d.resolutions.cbegin(), d.resolutions.cend(), [](const ResolutionRecord &r) {
        return r.resolution.symbol == QLatin1String("S/RES/2397 (2017)");
    });
    QVERIFY(r2397 != d.resolutions.cend());
    added.resolution = r2397->resolution;
    added.resolution.symbol = QStringLiteral("S/RES/9001 (2025)");
    added.resolution.number = 9001;
    added.resolution.date = QDate(2025, 1, 2);
    added.resolution.status = ResolutionStatus::Adopted;
    added.resolution.vetoedBy.clear();
    added.resolution.votes = {15, 0, 0};
    Measure m = r2397->measures.first(); // any DPRK measure shape will do
    m.resolution = added.resolution.symbol;
    m.typeCode = QStringLiteral("crude_oil_cap");
    m.cap = Cap{1000000, QStringLiteral("barrels"), QStringLiteral("year")};
    m.changes = MeasureRef{QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("crude_oil_cap"), {}};
    added.measures = {m};
    d.resolutions.append(added);

    auto summary = importDatasetJson(*db, writeDatasetJson(d));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary.value().resolutionsAdded, 1);
    QCOMPARE(ResolutionRepository(db->connection()).count().value(), 41);
    const auto stored = ResolutionRepository(db->connection()).findBySymbol(QStringLiteral("S/RES/9001 (2025)")).value();
    QVERIFY(stored.has_value());
    QVERIFY(exportDatasetJson(*db).value().contains("\"title\": \"Edited title\"") == json.contains("Edited title"));
}

// Issue 13: the legal basis is written only where entered, so data without it exports as before.
void TestJsonRoundTrip::legalBasisTravelsAndIsOmittedWhenEmpty()
{
    auto source = test::openMemory();
    const QByteArray bundled = exportDatasetJson(*source).value();
    QCOMPARE(bundled.count("\"legal_basis\": "), 1); // 1747's OP 5
    QVERIFY(bundled.contains("\"paragraph\": \"OP 5-6\",\n          \"legal_basis\": \"5. Decides that Iran"));

    Dataset d = readDatasetJson(bundled).value();
    int withBasis = 0;
    for (ResolutionRecord &r : d.resolutions) {
        for (Measure &m : r.measures) {
            withBasis += !m.legalBasis.isEmpty();
            m.legalBasis.clear();
        }
    }
    QCOMPARE(withBasis, 1);
    const QByteArray without = writeDatasetJson(d);
    QVERIFY(!without.contains("legal_basis"));
    // Byte for byte the bundled export less that one line.
    QByteArray expected = bundled;
    const qsizetype line = expected.lastIndexOf('\n', expected.indexOf("\"legal_basis\"")) + 1;
    expected.remove(line, expected.indexOf('\n', line) + 1 - line);
    QCOMPARE(without, expected);

    // Imported, it is stored and written back.
    auto target = test::openMemory(true);
    QVERIFY(importDatasetJson(*target, bundled).ok());
    QCOMPARE(exportDatasetJson(*target).value(), bundled);
}

// The scale-test generator and the importer must agree on what a valid dataset is: 1,500 resolutions
// over 60 years put several on the same day, and a measure may only change one of an earlier day.
void TestJsonRoundTrip::syntheticExportImportsAndRoundTrips()
{
    auto source = test::openMemory(true);
    SyntheticOptions options;
    options.resolutions = 1500;
    options.states = 40;
    auto generated = generateSyntheticDataset(*source, options);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().fullText()));
    const QByteArray first = exportDatasetJson(*source).value();

    const QJsonArray resolutions = QJsonDocument::fromJson(first).object().value(QStringLiteral("resolutions")).toArray();
    QCOMPARE(resolutions.size(), 1500);
    QSet<QString> days;
    for (const QJsonValue &r : resolutions)
        days.insert(r.toObject().value(QStringLiteral("date")).toString());
    QVERIFY2(days.size() < resolutions.size(), "the sample must hold resolutions adopted on the same day");

    auto target = test::openMemory(true);
    auto summary = importDatasetJson(*target, first);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
    QCOMPARE(summary.value().resolutionsAdded, 1500);
    QCOMPARE(summary.value().measures, generated.value().measures);
    const QByteArray second = exportDatasetJson(*target).value();
    QCOMPARE(second.size(), first.size());
    QVERIFY(second == first);
}


void TestJsonRoundTrip::textsAreEscapedAsJsonRequires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("quotes in a title") << QStringLiteral("the \"Panel of Experts\"")
                                       << QByteArray(R"("the \"Panel of Experts\"")");
    QTest::newRow("a backslash") << QStringLiteral("a\\b") << QByteArray(R"("a\\b")");
    QTest::newRow("line ends and a tab") << QStringLiteral("one\r\ntwo\tthree") << QByteArray(R"("one\r\ntwo\tthree")");
    QTest::newRow("backspace and form feed") << QStringLiteral("\b\f") << QByteArray(R"("\b\f")");
    QTest::newRow("other control characters") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("letters beyond ASCII stay UTF-8") << QString::fromUtf8("Pyongyang \xed\x8f\x89\xec\x96\x91 Côte")
                                                     << QByteArray("\"Pyongyang \xed\x8f\x89\xec\x96\x91 C\xc3\xb4te\"");
}

// Whatever a title or note holds, the export writes valid JSON that reads back to the same text.
void TestJsonRoundTrip::textsAreEscapedAsJsonRequires()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    OrderedJson object = OrderedJson::object();
    object.add(QStringLiteral("title"), OrderedJson::string(text));
    const QByteArray json = object.serialize();
    QCOMPARE(json, QByteArray("{\n  \"title\": ") + written + QByteArray("\n}\n"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("title")).toString(), text);
}

void TestJsonRoundTrip::numbersPrintAsTheyReadBack_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("a cap in barrels") << 500000.0 << QByteArray("500000");
    QTest::newRow("a negative whole number") << -3.0 << QByteArray("-3");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("a fraction") << 2.5 << QByteArray("2.5");
    QTest::newRow("a tenth, shortest form") << 0.1 << QByteArray("0.1");
    // Past 10^15 a double no longer holds every whole number exactly: written as a double.
    QTest::newRow("10^15") << 1e15 << QByteArray("1e+15");
    QTest::newRow("just under 10^15") << 999999999999999.0 << QByteArray("999999999999999");
}

void TestJsonRoundTrip::numbersPrintAsTheyReadBack()
{
    QFETCH(double, number);
    QFETCH(QByteArray, written);
    OrderedJson array = OrderedJson::array();
    array.append(OrderedJson::number(number));
    const QByteArray json = array.serialize();
    QCOMPARE(json, QByteArray("[\n  ") + written + QByteArray("\n]\n"));
    QCOMPARE(QJsonDocument::fromJson(json).array().at(0).toDouble(), number);
}

QTEST_GUILESS_MAIN(TestJsonRoundTrip)
#include "tst_json_roundtrip.moc"
