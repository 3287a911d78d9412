// Every command that writes a file, run on the built binary against devices, pipes and folders
// (issue 12, defects 2 and 9): a device stays a device, a failed write exits 1 with a message naming
// the path, and an import refuses a pipe at once instead of blocking on it. Also the synthetic
// generator's refusal of a database holding real data (defect 6).
#include "AppRunner.h"
#include "ReliabilitySupport.h"
#include "TestSupport.h"
#include "UnListTestData.h"

using namespace st;
using test::isCharacterDevice;
using test::runApp;
using Run = test::AppRun;

class TestOutputCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportToDevFullFailsAndLeavesTheDevice();
    void everyOutputKindFailsOnAFullDevice_data();
    void everyOutputKindFailsOnAFullDevice();
    void exportIntoAFifoIsWrittenInPlace();
    void exportOntoAFolderIsRefused();
    void importsRefuseAFifoAtOnce_data();
    void importsRefuseAFifoAtOnce();
    void syntheticGenerationRefusesADatabaseWithData();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString m_db;
    QTemporaryDir m_dir;
};

void TestOutputCli::initTestCase()
{
    if (!isCharacterDevice(QStringLiteral("/dev/full")))
        QSKIP("issue 12: this system has no /dev/full device to fill");
    m_db = path(QStringLiteral("db.sqlite"));
    QCOMPARE(runApp({QStringLiteral("--database"), m_db, QStringLiteral("--import-un-list"), test::smallList()}).exitCode, 0);
}

void TestOutputCli::exportToDevFullFailsAndLeavesTheDevice()
{
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--export"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write /dev/full")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Exported")));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
}

// The report and screenshot options want a file name ending in .pdf, .html or .png: a link with that
// name points at /dev/full. The CSV export writes into a folder: its resolutions.csv is such a link.
void TestOutputCli::everyOutputKindFailsOnAFullDevice_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("link");
    QTest::newRow("JSON") << QStringList{QStringLiteral("--export")} << QStringLiteral("full.json");
    QTest::newRow("PDF") << QStringList{QStringLiteral("--state"), QStringLiteral("PRK"), QStringLiteral("--report")} << QStringLiteral("full.pdf");
    QTest::newRow("HTML") << QStringList{QStringLiteral("--state"), QStringLiteral("PRK"), QStringLiteral("--report")} << QStringLiteral("full.html");
    QTest::newRow("PNG") << QStringList{QStringLiteral("--screenshot")} << QStringLiteral("full.png");
    QTest::newRow("CSV") << QStringList{QStringLiteral("--export-csv")} << QStringLiteral("csv/resolutions.csv");
}

void TestOutputCli::everyOutputKindFailsOnAFullDevice()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, link);
    QDir(m_dir.path()).mkpath(QStringLiteral("csv"));
    QFile::remove(path(link));
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), path(link)));
    const QString target = link.startsWith(QLatin1String("csv/")) ? path(QStringLiteral("csv")) : path(link);
    const QByteArray before = test::fingerprint(m_db);
    const Run r = runApp(QStringList{QStringLiteral("--database"), m_db} << arguments << target);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write ") + path(link)), qPrintable(r.err));
    QVERIFY(QFileInfo(path(link)).isSymLink());
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
    QCOMPARE(test::fingerprint(m_db), before);
}

void TestOutputCli::exportIntoAFifoIsWrittenInPlace()
{
    const QString fifo = path(QStringLiteral("export.pipe"));
    QVERIFY(test::makeFifo(fifo));
    test::FifoReader reader(fifo);
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--export"), fifo});
    const QByteArray received = reader.received();
    QCOMPARE(r.exitCode, 0);
    QVERIFY(received.startsWith("{\n  \"format\": \"sanctions-tracker\""));
    QVERIFY(received.size() > 10000);
    QVERIFY(test::isFifo(fifo));
}

void TestOutputCli::exportOntoAFolderIsRefused()
{
    const Run r = runApp({QStringLiteral("--database"), m_db, QStringLiteral("--export"), m_dir.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("it is a folder")), qPrintable(r.err));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void TestOutputCli::importsRefuseAFifoAtOnce_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("JSON") << QStringLiteral("--import");
    QTest::newRow("UN list") << QStringLiteral("--import-un-list");
}

void TestOutputCli::importsRefuseAFifoAtOnce()
{
    QFETCH(QString, option);
    const QString fifo = path(QStringLiteral("import-%1.pipe").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(test::makeFifo(fifo));
    const QByteArray before = test::fingerprint(m_db);
    const Run r = runApp({QStringLiteral("--database"), m_db, option, fifo}, 60000); // no writer: would block forever
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    QVERIFY2(r.err.contains(fifo), qPrintable(r.err));
    QCOMPARE(test::fingerprint(m_db), before);
}

void TestOutputCli::syntheticGenerationRefusesADatabaseWithData()
{
    const QString db = path(QStringLiteral("real.sqlite"));
    QCOMPARE(runApp({QStringLiteral("--database"), db, QStringLiteral("--export"), QStringLiteral("/dev/null")}).exitCode, 0);
    const QByteArray before = test::fingerprint(db);
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--generate-synthetic"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("fills an empty database only")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--empty")), qPrintable(r.err));
    QCOMPARE(test::fingerprint(db), before);
}

QTEST_GUILESS_MAIN(TestOutputCli)
#include "tst_output_cli.moc"
