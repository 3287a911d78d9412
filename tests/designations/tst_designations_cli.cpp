// --import-un-list and --export-csv, end to end through the built binary, as a script would run them.
#include "AppRunner.h"
#include "TestSupport.h"
#include "UnListTestData.h"

#include "interchange/Csv.h"

#include <QProcess>

using namespace st;
using test::runApp;
using Run = test::AppRun;

namespace {

// "added: 875" -> 875
int countIn(const QString &out, const QString &name)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2).toInt();
    }
    return -1;
}

} // namespace

class TestUnListCli : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void importPrintsTheCounts();
    void newerListThenCsv();
    void unknownElementsAreCounted();
    void badListsLeaveTheDatabase_data();
    void badListsLeaveTheDatabase();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestUnListCli::importPrintsTheCounts()
{
    const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("real.sqlite")),
                          QStringLiteral("--import-un-list"), test::realUnListPath()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Imported the UN Consolidated List generated 2024-09-26T00:00:07.514Z")),
             qPrintable(r.out));
    QCOMPARE(countIn(r.out, QStringLiteral("individuals")), 682);
    QCOMPARE(countIn(r.out, QStringLiteral("entities")), 193);
    QCOMPARE(countIn(r.out, QStringLiteral("added")), 875);
    QCOMPARE(countIn(r.out, QStringLiteral("changed")), 0);
    QCOMPARE(countIn(r.out, QStringLiteral("removed")), 0);

    // The same list again: all unchanged.
    const Run again = runApp({QStringLiteral("--database"), path(QStringLiteral("real.sqlite")),
                              QStringLiteral("--import-un-list"), test::realUnListPath()});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(countIn(again.out, QStringLiteral("added")), 0);
    QCOMPARE(countIn(again.out, QStringLiteral("unchanged")), 875);
}

void TestUnListCli::newerListThenCsv()
{
    const QString db = path(QStringLiteral("small.sqlite"));
    QCOMPARE(runApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), test::smallList()}).exitCode, 0);
    const QString csv = path(QStringLiteral("csv"));
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), test::smallListNewer(),
                          QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(countIn(r.out, QStringLiteral("added")), 2);
    QCOMPARE(countIn(r.out, QStringLiteral("changed")), 3);
    QCOMPARE(countIn(r.out, QStringLiteral("removed")), 1);
    QVERIFY2(r.out.contains(QStringLiteral("40 resolutions, 133 measures and 13 designations as CSV")), qPrintable(r.out));

    auto parsed = parseCsv(test::readAll(QDir(csv).filePath(QStringLiteral("designations.csv"))));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().size(), 14); // header and 13 designations, the delisted one kept
    const QStringList header = parsed.value().first();
    for (const QStringList &row : parsed.value()) {
        if (row.first() == QLatin1String("KPi.010"))
            QCOMPARE(row.at(header.indexOf(QStringLiteral("delisted_on"))), QStringLiteral("2024-10-15"));
    }
    for (const char *name : {"resolutions.csv", "measures.csv"}) {
        auto table = parseCsv(test::readAll(QDir(csv).filePath(QLatin1String(name))));
        QVERIFY2(table.ok() && table.value().size() > 1, name);
    }
}

void TestUnListCli::unknownElementsAreCounted()
{
    QByteArray xml = test::readAll(test::smallList());
    xml.replace("<REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>",
                "<REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER><SUBMITTED_BY>Member State</SUBMITTED_BY>");
    const QString list = path(QStringLiteral("unknown.xml"));
    test::writeAll(list, xml);
    const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("unknown.sqlite")),
                          QStringLiteral("--import-un-list"), list});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(countIn(r.out, QStringLiteral("added")), 11);
    QCOMPARE(countIn(r.out, QStringLiteral("unknown elements kept as notes")), 1);
}

void TestUnListCli::badListsLeaveTheDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray small = test::readAll(test::smallList());
    QTest::newRow("truncated") << small.left(small.size() / 2) << QStringLiteral("probably truncated");
    QByteArray root = small;
    QTest::newRow("wrong root") << root.replace("CONSOLIDATED_LIST", "SANCTIONS") << QStringLiteral("<SANCTIONS>");
    QByteArray noRef = small;
    QTest::newRow("no reference number") << noRef.replace("<REFERENCE_NUMBER>QDe.157</REFERENCE_NUMBER>", "")
                                         << QStringLiteral("has no REFERENCE_NUMBER");
    QByteArray date = small;
    QTest::newRow("impossible date") << date.replace("<LISTED_ON>2009-04-24</LISTED_ON>", "<LISTED_ON>2016-13-01</LISTED_ON>")
                                     << QStringLiteral("\"2016-13-01\", which is not a real date");
    // Unsigned arithmetic: i * 7919 passes INT_MAX for i near 3 Mi, and signed overflow is undefined
    // behaviour (at -O2 GCC turned this loop into one that never ended).
    QByteArray garbage;
    constexpr quint32 garbageSize = 3 * 1024 * 1024;
    garbage.reserve(garbageSize);
    for (quint32 i = 0; i < garbageSize; ++i)
        garbage.append(char((i * 7919u + 13u) % 251u));
    QTest::newRow("garbage") << garbage << QStringLiteral("not well-formed XML");
}

void TestUnListCli::badListsLeaveTheDatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString db = path(QStringLiteral("keep.sqlite"));
    QFile::remove(db);
    QCOMPARE(runApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), test::smallList()}).exitCode, 0);
    const QByteArray before = test::fingerprint(db);

    const QString bad = path(QStringLiteral("bad.xml"));
    test::writeAll(bad, content);
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("Line \\d+, column \\d+: "))), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was imported; the database is unchanged")));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::fingerprint(db), before);
}

void TestUnListCli::usageErrors()
{
    const Run missing = runApp({QStringLiteral("--database"), path(QStringLiteral("u.sqlite")),
                                QStringLiteral("--import-un-list"), path(QStringLiteral("nowhere.xml"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));

    const Run noValue = runApp({QStringLiteral("--import-un-list")});
    QCOMPARE(noValue.exitCode, 2);

    const Run help = runApp({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("--import-un-list")));
    QVERIFY(help.out.contains(QStringLiteral("--export-csv")));
}

QTEST_GUILESS_MAIN(TestUnListCli)
#include "tst_designations_cli.moc"
