// How caps, numbers, categories and Chapter VII are worded on screen and on paper
// (domain/Wording): what an analyst reads must say what the record holds, in every form a record can
// take: a currency, a month, a dated window, no figure, a full ban.
#include "domain/Wording.h"

#include <QTest>

using namespace st;

class TestWording : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportCaps_data();
    void reportCaps();
    void screenCaps_data();
    void screenCaps();
    void reportNumbers();
    void categories();
    void chapterVii();
    void smallWords();
};

void TestWording::initTestCase()
{
    // The screen's words follow the interface's locale; these cases are written for English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWording::reportCaps_data()
{
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("text");
    QTest::newRow("no figure stated") << std::optional<double>() << QStringLiteral("barrels") << QStringLiteral("year")
                                      << QStringLiteral("no figure");
    QTest::newRow("a cap of zero is a ban") << std::optional<double>(0) << QStringLiteral("barrels") << QString()
                                            << QStringLiteral("full ban");
    QTest::newRow("barrels a year") << std::optional<double>(500000) << QStringLiteral("barrels") << QStringLiteral("year")
                                    << QStringLiteral("500,000 barrels a year");
    QTest::newRow("dollars, no period") << std::optional<double>(2000000) << QStringLiteral("USD") << QString()
                                        << QStringLiteral("US$2,000,000");
    QTest::newRow("$ a month") << std::optional<double>(4000000) << QStringLiteral("$") << QStringLiteral("month")
                               << QStringLiteral("US$4,000,000 a month");
    QTest::newRow("US$ a quarter") << std::optional<double>(1500000) << QStringLiteral("US$") << QStringLiteral("quarter")
                                   << QStringLiteral("US$1,500,000 a quarter");
    QTest::newRow("a dated window") << std::optional<double>(4000000) << QStringLiteral("barrels")
                                    << QStringLiteral("2018-01-01 to 2018-12-31")
                                    << QStringLiteral("4,000,000 barrels per 2018-01-01 to 2018-12-31");
    QTest::newRow("a period in words, no unit") << std::optional<double>(8.5) << QString() << QStringLiteral("until review")
                                                << QStringLiteral("8.50 (until review)");
}

void TestWording::reportCaps()
{
    QFETCH(std::optional<double>, value);
    QFETCH(QString, unit);
    QFETCH(QString, period);
    QFETCH(QString, text);
    QCOMPARE(reportformat::cap(value, unit, period), text);
    if (value)
        QCOMPARE(reportformat::cap(std::optional<Cap>(Cap{*value, unit, period})), text);
    QCOMPARE(reportformat::cap(std::optional<Cap>()), QString());
}

void TestWording::screenCaps_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("text");
    QTest::newRow("barrels a year") << 500000.0 << QStringLiteral("barrels") << QStringLiteral("year")
                                    << QStringLiteral("500,000 barrels a year");
    QTest::newRow("another period") << 2000000.0 << QStringLiteral("USD") << QStringLiteral("month")
                                    << QStringLiteral("2,000,000 USD / month");
    QTest::newRow("a bare figure") << 8.5 << QString() << QString() << QStringLiteral("8.50");
}

void TestWording::screenCaps()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, period);
    QFETCH(QString, text);
    QCOMPARE(capText(Cap{value, unit, period}), text);
}

void TestWording::reportNumbers()
{
    QCOMPARE(reportformat::number(500000), QStringLiteral("500,000"));
    QCOMPARE(reportformat::number(-3), QStringLiteral("-3"));
    QCOMPARE(reportformat::number(2.5), QStringLiteral("2.50"));
    // Past 10^15 a whole number is no longer exact in a double: written with its decimals.
    QCOMPARE(reportformat::number(1e15), QStringLiteral("1,000,000,000,000,000.00"));
    QCOMPARE(reportformat::number(999999999999999.0), QStringLiteral("999,999,999,999,999"));
}

void TestWording::categories()
{
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("trade"), QStringLiteral("Trade")},
        {QStringLiteral("financial"), QStringLiteral("Financial")},
        {QStringLiteral("movement"), QStringLiteral("Movement of people")},
        {QStringLiteral("maritime"), QStringLiteral("Maritime and cargo")},
        {QStringLiteral("monitoring"), QStringLiteral("Monitoring")},
        {QStringLiteral("listing"), QStringLiteral("Listing")},
        {QStringLiteral("other"), QStringLiteral("Other")},
        // A category a newer dataset brings: shown as it is stored rather than hidden.
        {QStringLiteral("aviation"), QStringLiteral("aviation")},
    };
    for (const auto &[code, name] : cases)
        QCOMPARE(reportformat::category(code), name);
}

void TestWording::chapterVii()
{
    QCOMPARE(reportformat::chapterVii(std::nullopt), QStringLiteral("n/k"));
    QCOMPARE(reportformat::chapterVii(true), QStringLiteral("Yes"));
    QCOMPARE(reportformat::chapterVii(false), QStringLiteral("No"));
    QCOMPARE(chapterViiText(std::nullopt), QStringLiteral("not known"));
    QCOMPARE(chapterViiText(true), QStringLiteral("Yes"));
    QCOMPARE(chapterViiText(false), QStringLiteral("No"));
}

void TestWording::smallWords()
{
    QCOMPARE(lagText(1), QStringLiteral("1 day"));
    QCOMPARE(lagText(9), QStringLiteral("9 days"));
    QCOMPARE(reportformat::references({}), QString());
    QCOMPARE(reportformat::references({1, 2, 3, 4, 7, 9, 10}), QStringLiteral("[1\u20134, 7, 9\u201310]"));
    QCOMPARE(reportformat::shortSymbol(QStringLiteral("S/RES/2397 (2017)")), QStringLiteral("2397"));
    QCOMPARE(reportformat::shortSymbol(QStringLiteral("S/2022/431")), QStringLiteral("S/2022/431"));
    QCOMPARE(voteText({13, 0, 2}), QStringLiteral("13\u20130\u20132"));
}

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
