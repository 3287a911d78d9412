// Every kind of bad interchange file is refused with a message naming the problem and where, and the
// database stays exactly as it was.
#include "TestSupport.h"

#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "interchange/JsonDuplicateKeys.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace st;

class TestJsonBadInput : public QObject {
    Q_OBJECT
private slots:
    void refused_data();
    void refused();
    void numberOfAnotherStoredResolutionIsRefusedWithItsLine();
    void storageRefusalMidImportIsNamedAndUndone_data();
    void storageRefusalMidImportIsNamedAndUndone();
    void keysSpelledDifferentlyAreStillTwice_data();
    void keysSpelledDifferentlyAreStillTwice();
    void rawControlCharacterIsPlaced();
};

namespace {
QByteArray bundledWith(const QByteArray &from, const QByteArray &to, int occurrence = 0)
{
    QByteArray json = bundledDatasetJson();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = json.indexOf(from, at + 1);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return json.replace(at, from.size(), to);
}
// "line N" of the first occurrence of `text`, to check that messages point at the faulty field.
QString lineOf(const QByteArray &json, const QByteArray &text)
{
    return QStringLiteral("line %1:").arg(json.left(json.indexOf(text)).count('\n') + 1);
}
} // namespace

void TestJsonBadInput::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // fragments the message must contain

    QTest::newRow("malformed JSON") << QByteArray("{\n  \"format\": \"sanctions-tracker\",\n  \"states\": [\n    {\"code\": \"PRK\",]\n}")
                                    << QStringList{QStringLiteral("line 4"), QStringLiteral("column"), QStringLiteral("malformed JSON")};
    QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("malformed JSON")};
    QTest::newRow("not our format") << QByteArray("{\"hello\": 1}") << QStringList{QStringLiteral("not a Sanctions Tracker file")};
    QTest::newRow("newer format") << bundledWith("\"format_version\": 2", "\"format_version\": 7")
                                  << QStringList{QStringLiteral("format_version 7")};
    const QByteArray unknownType = bundledWith("\"type\": \"arms_embargo\"", "\"type\": \"space_embargo\"");
    QTest::newRow("unknown measure type")
        << unknownType
        << QStringList{lineOf(unknownType, "space_embargo"), QStringLiteral("S/RES/1718 (2006), measure"),
                       QStringLiteral("space_embargo"), QStringLiteral("unknown measure type")};
    const QByteArray badDate = bundledWith("\"date\": \"2017-12-22\"", "\"date\": \"2017-02-30\"");
    QTest::newRow("impossible date")
        << badDate
        << QStringList{lineOf(badDate, "2017-02-30"), QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("\"date\""),
                       QStringLiteral("not a real date"), QStringLiteral("2017-02-30")};
    QTest::newRow("vote count above 15")
        << bundledWith("\"for\": 15", "\"for\": 16")
        << QStringList{QStringLiteral("S/RES/1695 (2006)"), QStringLiteral("votes.for"), QStringLiteral("between 0 and 15")};
    QTest::newRow("duplicate symbol")
        << bundledWith("\"symbol\": \"S/RES/1874 (2009)\"", "\"symbol\": \"S/RES/1718 (2006)\"")
        << QStringList{QStringLiteral("S/RES/1718 (2006)"), QStringLiteral("appears twice")};
    QTest::newRow("unknown state")
        << bundledWith("\"state\": \"PRK\"", "\"state\": \"XYZ\"", 3)
        << QStringList{QStringLiteral("XYZ"), QStringLiteral("state")};
    QTest::newRow("symbol does not match number")
        << bundledWith("\"number\": 2397", "\"number\": 2398")
        << QStringList{QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("symbol"), QStringLiteral("2398")};
    QTest::newRow("vote as text") << bundledWith("\"against\": 0", "\"against\": \"none\"")
                                  << QStringList{QStringLiteral("\"against\""), QStringLiteral("must be a number")};
    QTest::newRow("lineage to a missing measure")
        << bundledWith("\"resolution\": \"S/RES/2375 (2017)\"", "\"resolution\": \"S/RES/1695 (2006)\"")
        << QStringList{QStringLiteral("changes"), QStringLiteral("does not exist")};

    // Issue 12, defects 6 and 7: accepted silently or reported misleadingly before.
    QTest::newRow("no resolutions key")
        << QByteArray("{\"format\": \"sanctions-tracker\", \"format_version\": 1, \"states\": []}")
        << QStringList{QStringLiteral("no \"resolutions\" list")};
    const QByteArray hugeCap = bundledWith("\"value\": 53495894", "\"value\": 1e300");
    QTest::newRow("cap of 1e300") << hugeCap
                                  << QStringList{lineOf(hugeCap, "1e300"), QStringLiteral("cap.value"),
                                                 QStringLiteral("1e+300")};
    const QByteArray delisted = bundledWith(
        "\"designations\": []",
        "\"designations\": [\n{\"reference_number\": \"KPi.901\", \"kind\": \"individual\", \"name\": \"A\",\n"
        " \"listed_on\": \"2017-06-02\",\n \"delisted_on\": \"2016-01-01\"}]");
    QTest::newRow("delisted before listed")
        << delisted << QStringList{lineOf(delisted, "\"delisted_on\""), QStringLiteral("designation KPi.901"),
                                   QStringLiteral("delisted_on"), QStringLiteral("before listed_on 2017-06-02")};
    const QByteArray twice = bundledWith("\"format_version\": 2,", "\"format_version\": 2,\n  \"format\": \"sanctions-tracker\",");
    QTest::newRow("duplicate key") << twice
                                   << QStringList{QStringLiteral("line 4, column 3"), QStringLiteral("\"format\""),
                                                  QStringLiteral("appears twice")};
    const QByteArray nul = bundledWith("\"title\": \"Resolution 1718", "\"title\": \"Resolution\\u00001718");
    QTest::newRow("NUL in a title") << nul
                                    << QStringList{lineOf(nul, "u0000"), QStringLiteral("S/RES/1718 (2006)"),
                                                   QStringLiteral("\"title\""), QStringLiteral("NUL")};
    QTest::newRow("format_version as text")
        << bundledWith("\"format_version\": 2", "\"format_version\": \"1\"")
        << QStringList{QStringLiteral("must be the number 2, without quotes")};
    // Without its symbol a resolution is found by its place in the list; braces and brackets inside an
    // earlier title must not throw the count off.
    QByteArray noSymbol = bundledWith("\"title\": \"Resolution 1695", "\"title\": \"{[{ Resolution 1695");
    const qsizetype symbolAt = noSymbol.indexOf("\"symbol\": \"S/RES/1718 (2006)\",");
    const qsizetype braceAt = noSymbol.lastIndexOf('{', symbolAt);
    qsizetype index = 0;
    for (const QJsonValue r : QJsonDocument::fromJson(noSymbol).object().value(QStringLiteral("resolutions")).toArray()) {
        if (r.toObject().value(QStringLiteral("symbol")).toString() == QLatin1String("S/RES/1718 (2006)"))
            break;
        ++index;
    }
    noSymbol.remove(symbolAt, qsizetype(qstrlen("\"symbol\": \"S/RES/1718 (2006)\",")));
    QTest::newRow("resolution without its symbol")
        << noSymbol << QStringList{QStringLiteral("line %1: resolution %2 in the list").arg(noSymbol.left(braceAt).count('\n') + 1).arg(index + 1),
                                   QStringLiteral("field \"symbol\""), QStringLiteral("is missing")};
    const QByteArray rawTab = bundledWith("\"title\": \"Resolution 1718", "\"title\": \"Resolution\t1718");
    QTest::newRow("raw tab in a title")
        << rawTab << QStringList{QStringLiteral("line %1, column").arg(rawTab.left(rawTab.indexOf('\t')).count('\n') + 1),
                                 QStringLiteral("control character")};
    const QByteArray measuresText = bundledWith("\"measures\": [", "\"measures\": \"none\", \"x\": [", 0);
    QTest::newRow("measures as text, after triggers")
        << measuresText << QStringList{QStringLiteral("resolution S/RES/1695 (2006): field \"measures\""),
                                       QStringLiteral("must be a list")};
}

void TestJsonBadInput::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    auto db = test::openMemory();
    const QByteArray before = exportDatasetJson(*db).value();
    const QVariant auditBefore = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value();

    auto result = importDatasetJson(*db, json);
    QVERIFY2(!result.ok(), "the bad file was accepted");
    const QString message = result.error().message;
    for (const QString &fragment : expected)
        QVERIFY2(message.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, message)));

    QCOMPARE(exportDatasetJson(*db).value(), before);
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value(), auditBefore);
}

// Issue 12, defect 7: the raw "UNIQUE constraint failed: resolutions.number" with no line before.
void TestJsonBadInput::numberOfAnotherStoredResolutionIsRefusedWithItsLine()
{
    auto db = test::openMemory();
    const QByteArray before = exportDatasetJson(*db).value();
    // A resolution the database does not hold (its symbol says 2018) with the number of one it does.
    const QByteArray json = "{\"format\": \"sanctions-tracker\", \"format_version\": 1, \"resolutions\": [\n"
                            "{\"symbol\": \"S/RES/2397 (2018)\", \"number\": 2397, \"date\": \"2018-01-05\",\n"
                            " \"status\": \"adopted\", \"kind\": \"other\", \"states\": [\"PRK\"], \"title\": \"T\",\n"
                            " \"votes\": {\"for\": 15, \"against\": 0, \"abstain\": 0}, \"sources\": [\"https://un.org\"]}]}";
    auto result = importDatasetJson(*db, json);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("line 2")) && message.contains(QStringLiteral("S/RES/2397 (2018)"))
                 && message.contains(QStringLiteral("the number of resolution S/RES/2397 (2017) in the database")),
             qPrintable(message));
    QCOMPARE(exportDatasetJson(*db).value(), before);
}

void TestJsonBadInput::storageRefusalMidImportIsNamedAndUndone_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("start"); // what the message names first: the record it stopped at
    QTest::addColumn<QString>("expected");
    const QStringList writes{QStringLiteral("INSERT"), QStringLiteral("UPDATE")};
    const QString refused = QStringLiteral(": The database refused the change.");
    QTest::newRow("a measure") << QStringLiteral("measures") << writes << QStringLiteral("NEW.position = 1")
                               << QStringLiteral("resolution S/RES/") << QStringLiteral(", measure 2") + refused;
    QTest::newRow("a trigger event") << QStringLiteral("trigger_events") << writes << QStringLiteral("1")
                                     << QStringLiteral("resolution S/RES/") << refused;
    QTest::newRow("a measure's dispute")
        << QStringLiteral("measure_disputes") << writes << QStringLiteral("1") << QStringLiteral("resolution S/RES/") << refused;
    QTest::newRow("a state") << QStringLiteral("states") << writes << QStringLiteral("NEW.code = 'PRK'")
                             << QStringLiteral("state PRK") << refused;
    QTest::newRow("a measure type") << QStringLiteral("measure_types") << writes << QStringLiteral("NEW.code = 'arms_embargo'")
                                    << QStringLiteral("measure type arms_embargo") << refused;
    // A regime is written twice: itself first, then the resolution that established it once that
    // resolution exists; each write is named.
    QTest::newRow("a regime") << QStringLiteral("regimes") << writes << QStringLiteral("NEW.code = '1718'")
                              << QStringLiteral("regime 1718") << refused;
    QTest::newRow("the resolution establishing a regime")
        << QStringLiteral("regimes") << QStringList{QStringLiteral("UPDATE OF established_by")}
        << QStringLiteral("NEW.code = '1718'")
        << QStringLiteral("regime 1718") << refused;
    QTest::newRow("a Committee act") << QStringLiteral("acts") << writes << QStringLiteral("1")
                                      << QStringLiteral("Presidential statement of 2006-10-06") << refused;
}

// A file that is fine but that the database refuses part way (a full disk, a damaged page: here a
// trigger that aborts): the message names the resolution (and the measure) it stopped at, and
// everything written before is undone.
void TestJsonBadInput::storageRefusalMidImportIsNamedAndUndone()
{
    QFETCH(QString, table);
    QFETCH(QStringList, events);
    QFETCH(QString, when);
    QFETCH(QString, start);
    QFETCH(QString, expected);
    auto db = test::openMemory();
    const QByteArray before = exportDatasetJson(*db).value();
    const QVariant auditBefore = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value();
    for (int i = 0; i < events.size(); ++i) {
        QVERIFY(sql::exec(db->connection(), QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE %2 ON %3 WHEN %4 "
                                                           "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
                                                .arg(i)
                                                .arg(events[i], table, when))
                    .ok());
    }
    // The database's own data, changed so that every resolution is written again.
    QByteArray json = before;
    json.replace("\"title\": \"", "\"title\": \"Changed: ");

    auto result = importDatasetJson(*db, json);
    QVERIFY2(!result.ok(), "the database refused nothing");
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(start) && message.endsWith(expected), qPrintable(message));
    QVERIFY2(result.error().detail.contains(QStringLiteral("refused for the test")), qPrintable(result.error().detail));

    for (int i = 0; i < events.size(); ++i)
        QVERIFY(sql::exec(db->connection(), QStringLiteral("DROP TRIGGER temp.refuse_%1").arg(i)).ok());
    QCOMPARE(exportDatasetJson(*db).value(), before);
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).value(), auditBefore);
}

void TestJsonBadInput::keysSpelledDifferentlyAreStillTwice_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key"); // empty: no key appears twice
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("an escaped letter") << QByteArray("{\"title\": 1,\n \"tit\\u006Ce\": 2}") << QStringLiteral("title") << 2 << 2;
    QTest::newRow("an escaped quote") << QByteArray("{\"a\\\"b\": 1, \"a\\u0022b\": 2}") << QStringLiteral("a\"b") << 1 << 13;
    QTest::newRow("an escaped solidus") << QByteArray("{\"x\\/y\": 1, \"x/y\": 2}") << QStringLiteral("x/y") << 1 << 13;
    // The column counts characters: the "é" before the second key is two bytes.
    QTest::newRow("hex in either case") << QByteArray("{\"\\u00C9t\\u00e9\": \"\xc3\xa9\", \"\xc3\x89t\xc3\xa9\": 2}")
                                       << QString::fromUtf8("\xc3\x89t\xc3\xa9") << 1 << 24;
    QTest::newRow("short escapes") << QByteArray("{\"t\\b\\f\\r\\t\\n\": 1, \"t\\u0008\\u000c\\u000d\\u0009\\u000a\": 2}")
                                   << QStringLiteral("t\b\f\r\t\n") << 1 << 20;
    QTest::newRow("backslash is not a solidus") << QByteArray("{\"a\\\\b\": 1, \"a/b\": 2}") << QString() << 0 << 0;
    QTest::newRow("one key in two objects") << QByteArray("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}}") << QString() << 0 << 0;
}

// QJsonDocument keeps the last of two equal keys without a word; equal means equal once unescaped,
// however each is written.
void TestJsonBadInput::keysSpelledDifferentlyAreStillTwice()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonTextScan scan = scanJsonText(json);
    QVERIFY(!scan.rawControlCharacter);
    if (key.isEmpty()) {
        QVERIFY2(!scan.duplicateKey, scan.duplicateKey ? qPrintable(scan.duplicateKey->key) : "");
        return;
    }
    QVERIFY(scan.duplicateKey);
    QCOMPARE(scan.duplicateKey->key, key);
    QCOMPARE(scan.duplicateKey->line, line);
    QCOMPARE(scan.duplicateKey->column, column);
}

void TestJsonBadInput::rawControlCharacterIsPlaced()
{
    const JsonTextScan scan = scanJsonText("{\"title\": \"Non-\\u0009proliferation\",\n\"note\": \"a\tb\"}");
    QVERIFY(!scan.duplicateKey);
    QVERIFY(scan.rawControlCharacter);
    QCOMPARE(scan.rawControlCharacter->line, 2);
    QCOMPARE(scan.rawControlCharacter->column, 11);
}

QTEST_GUILESS_MAIN(TestJsonBadInput)
#include "tst_json_bad_input.moc"
