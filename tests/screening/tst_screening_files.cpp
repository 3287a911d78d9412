// Names files in, results CSV out: every kind of bad input is refused with its line, and the results
// are safe to open in a spreadsheet.
#include "ScreeningTestData.h"
#include "screening/ScreeningFiles.h"
#include "interchange/Csv.h"

#include <QTest>

using namespace st;
using namespace st::test;

class TestScreeningFiles : public QObject {
    Q_OBJECT

private slots:
    void readsANamesFile()
    {
        const QByteArray csv = "\xEF\xBB\xBFname,birth_year,country\r\n"
                               "\"KIM, Jong Sik\",1960,DPRK\r\n"
                               "\r\n"
                               "Park Han Se,,\r\n";
        auto queries = readScreeningCsv(csv);
        QVERIFY2(queries, queries ? "" : qPrintable(queries.error().message));
        QCOMPARE(queries.value().size(), 2);
        QCOMPARE(queries.value()[0].name, QStringLiteral("KIM, Jong Sik"));
        QCOMPARE(queries.value()[0].birthYear, 1960);
        QCOMPARE(queries.value()[0].country, QStringLiteral("DPRK"));
        QCOMPARE(queries.value()[0].line, 2);
        QCOMPARE(queries.value()[1].line, 4);
        QCOMPARE(queries.value()[1].birthYear, 0);
    }

    void columnsMayComeInAnyOrderAndBeLeftOut()
    {
        auto queries = readScreeningCsv("country,Name\nRU,Ivan Petrov\n");
        QVERIFY(queries);
        QCOMPARE(queries.value().first().name, QStringLiteral("Ivan Petrov"));
        QCOMPARE(queries.value().first().country, QStringLiteral("RU"));
    }

    void refusesBadInputWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << "The names file is empty";
        QTest::newRow("blank lines only") << QByteArray("\n \r\n") << "The names file is empty";
        QTest::newRow("header only") << QByteArray("name\n") << "header row but no names";
        QTest::newRow("unknown column") << QByteArray("name,dob\nKim,1960\n") << "Line 1: unknown column \"dob\"";
        QTest::newRow("no name column") << QByteArray("country\nDPRK\n") << "Line 1: the header row has no \"name\" column";
        QTest::newRow("repeated column") << QByteArray("name,name\nA,B\n") << "Line 1: the column \"name\" appears twice";
        QTest::newRow("too many fields") << QByteArray("name,country\nKim,DPRK\nRi,KP,1960\n") << "Line 3: 3 fields, but the header row has 2 columns";
        QTest::newRow("too few fields") << QByteArray("name,country\nKim\n") << "Line 2: 1 fields, but the header row has 2 columns";
        QTest::newRow("empty name") << QByteArray("name,country\n,DPRK\n") << "Line 2: the name is empty";
        QTest::newRow("bad year") << QByteArray("name,birth_year\nKim,sixty\n") << "Line 2: the birth year must be a year";
        QTest::newRow("year out of range") << QByteArray("name,birth_year\nKim,1060\n") << "Line 2: the birth year must be a year";
        QTest::newRow("invalid UTF-8") << QByteArray("name\nKim\nPak \xC3\x28 Se\n") << "Line 3: the text is not valid UTF-8";
        QTest::newRow("Latin-1 file") << QByteArray("name\nM\xFCller\n") << "Line 2: the text is not valid UTF-8";
        QTest::newRow("stray quote") << QByteArray("name\nKim \"Jong\" Sik\n") << "Line 2:";
    }
    void refusesBadInputWithItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto queries = readScreeningCsv(bytes);
        QVERIFY(!queries);
        QVERIFY2(queries.error().message.startsWith(message) || queries.error().message.contains(message),
                 qPrintable(queries.error().message));
        QCOMPARE(queries.error().code, Error::Code::InvalidInput);
    }

    void refusesAFiftyMegabyteLine()
    {
        QByteArray bytes("name\nKim Jong Sik\n");
        bytes += QByteArray(50 * 1024 * 1024, 'a');
        bytes += "\nPak Han Se\n";
        auto queries = readScreeningCsv(bytes);
        QVERIFY(!queries);
        QVERIFY2(queries.error().message.startsWith(QStringLiteral("Line 3: the line is")), qPrintable(queries.error().message));
    }

    void readsPastedNames()
    {
        auto queries = parseScreeningText(QStringLiteral("Ri Jong Won; 1958; DPRK\n\n  KIM, Jong Sik  \nPak Han Se\t1945\n"));
        QVERIFY(queries);
        QCOMPARE(queries.value().size(), 3);
        QCOMPARE(queries.value()[0].birthYear, 1958);
        QCOMPARE(queries.value()[0].country, QStringLiteral("DPRK"));
        QCOMPARE(queries.value()[1].name, QStringLiteral("KIM, Jong Sik"));
        QCOMPARE(queries.value()[1].line, 3);
        QCOMPARE(queries.value()[2].birthYear, 1945);
        auto bad = parseScreeningText(QStringLiteral("Kim\nRi; 19x8\n"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(QStringLiteral("Line 2: the birth year")));
    }

    void writesResultsWithEveryQuery()
    {
        const QList<ScreeningQuery> queries{{2, QStringLiteral("Park Han Se"), 0, QStringLiteral("KP")},
                                            {3, QStringLiteral("Jonathan Whitfield"), 1970, {}}};
        const auto results = realListIndex().screenAll(queries, {}, 1);
        const QByteArray csv = screeningResultsCsv(results, realListIndex().targets(), kDefaultScreeningThreshold);
        auto table = parseCsv(csv);
        QVERIFY(table);
        QCOMPARE(table.value().first(), screeningCsvColumns());
        QCOMPARE(table.value().size(), 3); // header, one candidate, one "no match"
        const QStringList hit = table.value()[1];
        QCOMPARE(hit[0], QStringLiteral("2"));
        QCOMPARE(hit[4], QStringLiteral("1"));
        QCOMPARE(hit[6], QStringLiteral("KPi.049"));
        QCOMPARE(hit[7], QStringLiteral("PAK HAN SE"));
        QCOMPARE(hit[9], QStringLiteral("DPRK"));
        QCOMPARE(hit[10], QStringLiteral("2017-06-02"));
        QVERIFY(hit[12].contains(QStringLiteral("romanisation variant 'park' = 'pak'")));
        QVERIFY(hit[12].contains(QStringLiteral("nationality matches")));
        const QStringList none = table.value()[2];
        QCOMPARE(none[1], QStringLiteral("Jonathan Whitfield"));
        QCOMPARE(none[2], QStringLiteral("1970"));
        QVERIFY(none[6].isEmpty());
        QCOMPARE(none[12], QStringLiteral("no designation scores 0.80 or more"));
    }

    void neutralisesFormulas()
    {
        QCOMPARE(neutralisedCell(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(neutralisedCell(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(neutralisedCell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(neutralisedCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(neutralisedCell(QStringLiteral("Kim")), QStringLiteral("Kim"));
        QCOMPARE(neutralisedCell(QString()), QString());
        const QList<ScreeningQuery> queries{{2, QStringLiteral("=cmd|' /C calc'!A0"), 0, QStringLiteral("@x")}};
        const auto results = realListIndex().screenAll(queries, {}, 1);
        auto table = parseCsv(screeningResultsCsv(results, realListIndex().targets(), kDefaultScreeningThreshold));
        QVERIFY(table);
        QCOMPARE(table.value()[1][1], QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(table.value()[1][3], QStringLiteral("'@x"));
    }
};

QTEST_GUILESS_MAIN(TestScreeningFiles)
#include "tst_screening_files.moc"
