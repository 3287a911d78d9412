// --screen end to end through the built binary: results as CSV with exit 0, bad names files with
// exit 1 and their line, bad usage with exit 2.
#include "AppRunner.h"
#include "ScreeningTestData.h"
#include "TestSupport.h"

#include "interchange/Csv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace st;
using test::runApp;
using Run = test::AppRun;

class TestScreeningCli : public QObject {
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString database() const { return path(QStringLiteral("list.sqlite")); }
    QString names(const QByteArray &bytes, const QString &name = QStringLiteral("names.csv")) const
    {
        test::writeAll(path(name), bytes);
        return path(name);
    }
    Run screen(const QStringList &more) const
    {
        return runApp(QStringList{QStringLiteral("--database"), database()} + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = runApp({QStringLiteral("--database"), database(), QStringLiteral("--import-un-list"),
                              test::realListPath()});
        QCOMPARE(r.exitCode, 0);
    }

    void writesRankedCandidatesToAFile()
    {
        const QString in = names("name,birth_year,country\nPark Han Se,,KP\n\"KIM, Jong-sik\",,\nJonathan Whitfield,1970,GB\n");
        const QString out = path(QStringLiteral("results.csv"));
        const Run r = screen({QStringLiteral("--screen"), in, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Screened 3 names against 875 designations: 2 with a candidate scoring 0.80 or more")),
                 qPrintable(r.out));
        auto table = parseCsv(test::readAll(out));
        QVERIFY(table);
        QCOMPARE(table.value().first().first(), QStringLiteral("query_line"));
        // Each query's best candidate is ranked 1; the unrelated name has a "no match" row.
        QStringList firstRefs;
        for (const QStringList &row : table.value().mid(1)) {
            if (row[4] == QLatin1String("1"))
                firstRefs << row[0] + QLatin1Char(':') + row[6];
        }
        QCOMPARE(firstRefs, (QStringList{QStringLiteral("2:KPi.049"), QStringLiteral("3:KPi.066")}));
        QCOMPARE(table.value().last()[1], QStringLiteral("Jonathan Whitfield"));
        QVERIFY(table.value().last()[6].isEmpty());
        QCOMPARE(table.value().last()[12], QStringLiteral("no designation scores 0.80 or more"));
    }

    void writesToStandardOutputWithoutAFile()
    {
        const Run r = screen({QStringLiteral("--screen"), names("name\nRi Won Ho\n"), QStringLiteral("--threshold"),
                              QStringLiteral("0.95")});
        QCOMPARE(r.exitCode, 0);
        auto table = parseCsv(r.out.toUtf8());
        QVERIFY(table);
        QCOMPARE(table.value().size(), 2);
        QCOMPARE(table.value()[1][6], QStringLiteral("KPi.033"));
        QVERIFY(r.err.contains(QStringLiteral("1 with a candidate scoring 0.95 or more"))); // the summary stays out of the CSV
    }

    void thresholdFiltersCandidates()
    {
        const QString in = names("name\nKim Chol\n");
        auto rows = [&](const QString &threshold) {
            const Run r = screen({QStringLiteral("--screen"), in, QStringLiteral("--threshold"), threshold});
            return parseCsv(r.out.toUtf8()).value().size() - 1;
        };
        QVERIFY(rows(QStringLiteral("0.5")) > rows(QStringLiteral("0.9")));
    }

    void badNamesFilesFailWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "The names file is empty";
        QTest::newRow("wrong columns") << QByteArray("surname,given\nKim,Jong Sik\n") << "Line 1: unknown column \"surname\"";
        QTest::newRow("wrong field count") << QByteArray("name,country\nKim,KP\nPak,KP,1960\n") << "Line 3: 3 fields";
        QTest::newRow("invalid UTF-8") << QByteArray("name\nKim\n\xFF\xFEPak\n") << "Line 3: the text is not valid UTF-8";
    }
    void badNamesFilesFailWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString out = path(QStringLiteral("never.csv"));
        const Run r = screen({QStringLiteral("--screen"), names(bytes, QStringLiteral("bad.csv")), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was screened")));
        QVERIFY(!QFile::exists(out));
    }

    void aFiftyMegabyteLineFails()
    {
        QByteArray bytes("name\nKim\n");
        bytes += QByteArray(50 * 1024 * 1024, 'x');
        bytes += '\n';
        const Run r = screen({QStringLiteral("--screen"), names(bytes, QStringLiteral("huge.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3: the line is")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingFileFails()
    {
        const Run r = screen({QStringLiteral("--screen"), path(QStringLiteral("absent.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("cannot read")));
    }

    void anEmptyDatabaseHasNothingToScreenAgainst()
    {
        const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("empty.sqlite")), QStringLiteral("--empty"),
                              QStringLiteral("--screen"), names("name\nKim\n")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no designations to screen against")), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("threshold above 1") << QStringList{QStringLiteral("--screen"), QStringLiteral("x.csv"), QStringLiteral("--threshold"), QStringLiteral("1.5")} << "--threshold must be a score from 0 to 1";
        QTest::newRow("threshold not a number") << QStringList{QStringLiteral("--screen"), QStringLiteral("x.csv"), QStringLiteral("--threshold"), QStringLiteral("high")} << "--threshold must be a score";
        QTest::newRow("threshold alone") << QStringList{QStringLiteral("--threshold"), QStringLiteral("0.8")} << "--threshold only applies to --screen";
        QTest::newRow("out alone") << QStringList{QStringLiteral("--out"), QStringLiteral("r.csv")} << "--out only applies to --screen";
        QTest::newRow("same file") << QStringList{QStringLiteral("--screen"), QStringLiteral("x.csv"), QStringLiteral("--out"), QStringLiteral("x.csv")} << "--out and --screen name the same file";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = screen(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScreeningCli)
#include "tst_screening_cli.moc"
