// writeOutputFile(): the one path every command writes its output through (issue 12, defect 2).
// Regular files are replaced whole, devices and pipes are written in place and stay what they are,
// everything else is refused, and every failed write is an Error naming the path.
#include "ReliabilitySupport.h"

#include "common/OutputFile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace st;
using test::isCharacterDevice;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT
private slots:
    void newFileIsWritten();
    void regularFileIsReplacedWhole();
    void symlinkToAFileWritesTheFile();
    void fullDeviceFailsWithAMessageAndStaysADevice();
    void nullDeviceIsWrittenInPlace();
    void fifoIsWrittenInPlace();
    void folderIsRefused();
    void missingFolderFailsWithThePath();

private:
    QTemporaryDir m_dir;
};

void TestOutputFile::newFileIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("new.json"));
    QVERIFY(writeOutputFile(path, "{}\n").ok());
    QCOMPARE(readFile(path), QByteArray("{}\n"));
}

void TestOutputFile::regularFileIsReplacedWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("old.json"));
    QVERIFY(writeOutputFile(path, QByteArray(10000, 'x')).ok());
    QVERIFY(writeOutputFile(path, "short").ok());
    QCOMPARE(readFile(path), QByteArray("short"));
    QVERIFY(QFileInfo(path).isFile());
}

void TestOutputFile::symlinkToAFileWritesTheFile()
{
    const QString target = m_dir.filePath(QStringLiteral("target.csv"));
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(writeOutputFile(target, "old").ok());
    QVERIFY(QFile::link(target, link));
    QVERIFY(writeOutputFile(link, "new").ok());
    QCOMPARE(readFile(target), QByteArray("new"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestOutputFile::fullDeviceFailsWithAMessageAndStaysADevice()
{
    if (!isCharacterDevice(QStringLiteral("/dev/full")))
        QSKIP("issue 12: this system has no /dev/full device");
    const Status written = writeOutputFile(QStringLiteral("/dev/full"), QByteArray(100000, 'x'));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("Cannot write /dev/full")), qPrintable(written.error().message));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
}

void TestOutputFile::nullDeviceIsWrittenInPlace()
{
    QVERIFY(writeOutputFile(QStringLiteral("/dev/null"), "anything").ok());
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
}

void TestOutputFile::fifoIsWrittenInPlace()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QVERIFY(test::makeFifo(fifo));
    test::FifoReader reader(fifo);
    const QByteArray bytes(200000, 'p'); // more than a pipe's buffer
    QVERIFY(writeOutputFile(fifo, bytes).ok());
    QCOMPARE(reader.received(), bytes);
    QVERIFY(test::isFifo(fifo));
}

void TestOutputFile::folderIsRefused()
{
    const Status written = writeOutputFile(m_dir.path(), "x");
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("it is a folder")), qPrintable(written.error().message));
    QVERIFY(!checkOutputPath(m_dir.path()).ok());
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void TestOutputFile::missingFolderFailsWithThePath()
{
    const QString path = QStringLiteral("/nonexistent-dir-st/out.json");
    const Status written = writeOutputFile(path, "x");
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("Cannot write /nonexistent-dir-st/out.json")),
             qPrintable(written.error().message));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_output_file.moc"
