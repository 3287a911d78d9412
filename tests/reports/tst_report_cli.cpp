// `sanctions-tracker --report` end to end, with no display, as a script would run it.
#include "ReportTestSupport.h"
#include "AppRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>

using namespace st;
using test::runApp;
using Run = test::AppRun;

class TestReportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsTheReportOptions();
    void pdfReportForADateRange();
    void letterPaper();
    void htmlReport();
    void badArguments_data();
    void badArguments();
    void emptyDatabaseHasNothingToReport();
    void countsOfOneAreSingular();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("bundled.sqlite"));
    QCOMPARE(runApp({QStringLiteral("--database"), m_db, QStringLiteral("--export"), path(QStringLiteral("x.json"))}).exitCode, 0);
}

void TestReportCli::helpListsTheReportOptions()
{
    const Run h = runApp({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *option : {"--report", "--state", "--from", "--to", "--page-size"})
        QVERIFY2(h.out.contains(QLatin1String(option)), option);
}

void TestReportCli::pdfReportForADateRange()
{
    const QString pdf = path(QStringLiteral("range.pdf"));
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--report"), pdf, QStringLiteral("--state"),
                          QStringLiteral("prk"), QStringLiteral("--from"), QStringLiteral("2016-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2017-12-31")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Wrote the report on PRK (8 resolutions and drafts")), qPrintable(r.err));
    QVERIFY(test::pdfPageObjects(pdf) > 1);
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    const QString text = test::pdfText(pdf, {QStringLiteral("-raw")});
    for (const char *symbol : {"S/RES/2270 (2016)", "S/RES/2321 (2016)", "S/RES/2371 (2017)", "S/RES/2375 (2017)",
                               "S/RES/2397 (2017)"})
        QVERIFY2(text.contains(QLatin1String(symbol)), symbol);
    QVERIFY(text.contains(QStringLiteral("1 Jan 2016 – 31 Dec 2017")));
    QVERIFY(text.contains(QStringLiteral("Measures in force on 31 Dec 2017")));
    QVERIFY(!text.contains(QStringLiteral("S/2022/431"))); // the 2022 veto is outside the range
}

void TestReportCli::letterPaper()
{
    const QString pdf = path(QStringLiteral("letter.pdf"));
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--report"), pdf, QStringLiteral("--page-size"),
                          QStringLiteral("letter"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                          QStringLiteral("--state"), QStringLiteral("PRK")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    QVERIFY(test::pdfText(pdf).contains(QStringLiteral("S/2024/255")));
}

void TestReportCli::htmlReport()
{
    const QString html = path(QStringLiteral("report.html"));
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--report"), html, QStringLiteral("--to"),
                          QStringLiteral("2025-06-30"), QStringLiteral("--state"), QStringLiteral("PRK")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(test::readAll(html));
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(QStringLiteral("S/RES/2397&nbsp;(2017)")));
    QVERIFY(text.contains(QStringLiteral("Measures in force on 30 Jun 2025")));
    QVERIFY(QRegularExpression(QStringLiteral("<span class=\"mono\">[0-9a-f]{64}</span>")).match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
}

void TestReportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString pdf = QDir::temp().filePath(QStringLiteral("st-report-never-written.pdf"));
    QTest::newRow("unknown state") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--state"), QStringLiteral("XYZ")}
                                   << 1 << QStringLiteral("Unknown state \"XYZ\": the database holds IRN, PRK");
    QTest::newRow("not a state code") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--state"), QStringLiteral("Korea")}
                                      << 2 << QStringLiteral("--state needs a three-letter state code");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                                  QStringLiteral("--to"), QStringLiteral("2019-01-01")}
                                   << 2 << QStringLiteral("--from 2020-01-01 is after --to 2019-01-01");
    QTest::newRow("impossible date") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--from"), QStringLiteral("2017-02-30")}
                                     << 2 << QStringLiteral("--from needs a real date written YYYY-MM-DD");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--to"), QStringLiteral("yesterday")}
                                << 2 << QStringLiteral("--to needs a real date written YYYY-MM-DD");
    QTest::newRow("unknown paper") << QStringList{QStringLiteral("--report"), pdf, QStringLiteral("--page-size"), QStringLiteral("A3")}
                                   << 2 << QStringLiteral("--page-size must be A4 or Letter");
    QTest::newRow("unknown file type") << QStringList{QStringLiteral("--report"), QStringLiteral("report.docx")}
                                       << 2 << QStringLiteral("must end in .pdf or .html");
    QTest::newRow("option without --report") << QStringList{QStringLiteral("--state"), QStringLiteral("PRK")}
                                             << 2 << QStringLiteral("--state only applies to --report");
    // The bundled data covers the DPRK and Iran: which one is for the analyst to say.
    QTest::newRow("several states, none chosen") << QStringList{QStringLiteral("--report"), pdf}
                                                 << 1 << QStringLiteral("the database holds several states (IRN, PRK): choose one with --state");
    QTest::newRow("unwritable pdf") << QStringList{QStringLiteral("--report"), QStringLiteral("/nonexistent-dir-st/r.pdf"), QStringLiteral("--state"), QStringLiteral("PRK")}
                                    << 1 << QStringLiteral("Cannot write /nonexistent-dir-st/r.pdf");
    QTest::newRow("unwritable html") << QStringList{QStringLiteral("--report"), QStringLiteral("/nonexistent-dir-st/r.html"), QStringLiteral("--state"), QStringLiteral("PRK")}
                                     << 1 << QStringLiteral("Cannot write /nonexistent-dir-st/r.html");
}

void TestReportCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString pdf = QDir::temp().filePath(QStringLiteral("st-report-never-written.pdf"));
    QFile::remove(pdf);
    const QByteArray before = test::fingerprint(m_db);
    const Run r = runApp(QStringList{QStringLiteral("--database"), m_db} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(test::fingerprint(m_db), before); // a report never changes the data
}

// A database created empty holds no state: the report says so rather than writing an empty file.
void TestReportCli::emptyDatabaseHasNothingToReport()
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    const QString pdf = path(QStringLiteral("empty.pdf"));
    QCOMPARE(runApp({QStringLiteral("--database"), empty, QStringLiteral("--empty"), QStringLiteral("--export"),
                     path(QStringLiteral("empty.json"))})
                 .exitCode,
             0);
    const Run r = runApp({QStringLiteral("--database"), empty, QStringLiteral("--report"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot make the report: the database holds no state")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

// The line the command prints counts in words that agree with the number: a period with one resolution
// and a period with none fit on one page each.
void TestReportCli::countsOfOneAreSingular()
{
    const QString pdf = path(QStringLiteral("one.pdf"));
    const Run none = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--report"), pdf, QStringLiteral("--state"),
                             QStringLiteral("PRK"), QStringLiteral("--from"), QStringLiteral("1990-01-01"), QStringLiteral("--to"),
                             QStringLiteral("1995-12-31")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.err.contains(QStringLiteral("Wrote the report on PRK (0 resolutions and drafts, 1 page, A4) to ") + pdf),
             qPrintable(none.err));
    QCOMPARE(test::pdfPageObjects(pdf), 1);
    const QString html = path(QStringLiteral("one.html"));
    const Run one = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--report"), html, QStringLiteral("--state"),
                            QStringLiteral("PRK"), QStringLiteral("--from"), QStringLiteral("2006-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2006-07-31")}); // 1695 (2006) alone
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.err.contains(QStringLiteral("Wrote the report on PRK (1 resolution or draft) to ") + html), qPrintable(one.err));
    // The report's own summary of what it covers, likewise.
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("1 resolution or draft (0 sanctions rounds, 0 vetoed drafts), 1 measure, 1 trigger event;")),
             qPrintable(text.left(2500)));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
