// writeOutputFile(): the one path every command writes its output through (issue 12, defect 2).
// Regular files are replaced whole, devices and pipes are written in place and stay what they are,
// everything else is refused, and every failed write is an Error naming the path.
#include "ReliabilitySupport.h"

#include "common/OutputFile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

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
    void pathThroughAFileIsRefused();
    void danglingSymlinkIsRefusedAndStaysALink();
    void socketIsRefused();
    void dashWritesStandardOutput();

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

// A path whose folder part is a file (ENOTDIR): refused naming the path and the system's reason; the
// file stays as it was.
void TestOutputFile::pathThroughAFileIsRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeOutputFile(file, "kept").ok());
    const QString path = file + QStringLiteral("/out.json");
    const Status written = writeOutputFile(path, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Code::Io);
    QCOMPARE(written.error().message, QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(ENOTDIR))));
    QVERIFY(!checkOutputPath(path).ok());
    QCOMPARE(readFile(file), QByteArray("kept"));
}

// A link to nowhere: not followed into creating a file somewhere the user did not name, even where
// that file could be made.
void TestOutputFile::danglingSymlinkIsRefusedAndStaysALink()
{
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.json"));
    const QString link = m_dir.filePath(QStringLiteral("dangling.json"));
    QVERIFY(QFile::link(target, link));
    const Status written = writeOutputFile(link, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, QStringLiteral("Cannot write %1: %2").arg(link, QString::fromLocal8Bit(std::strerror(ENOENT))));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!QFileInfo::exists(target));
}

void TestOutputFile::socketIsRefused()
{
    const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("socket")));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const Status written = writeOutputFile(QFile::decodeName(path), "x");
    ::close(fd);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.endsWith(QStringLiteral("it is neither a regular file, a character device nor a pipe")),
             qPrintable(written.error().message));
    struct stat st {};
    QCOMPARE(::stat(path.constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
}

// "-" is standard output, written whole (here redirected to a file for the test).
void TestOutputFile::dashWritesStandardOutput()
{
    const QString captured = m_dir.filePath(QStringLiteral("stdout.txt"));
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    QVERIFY(saved >= 0);
    QFile file(captured);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(::dup2(file.handle(), STDOUT_FILENO) >= 0);
    const QByteArray bytes(100000, 's');
    const Status written = writeOutputFile(QStringLiteral("-"), bytes);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    file.close();
    QVERIFY(written.ok());
    QCOMPARE(readFile(captured), bytes);
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_output_file.moc"
