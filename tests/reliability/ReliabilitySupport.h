#pragma once

// Shared by the reliability tests: what a path is, and a reader at the other end of a FIFO.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QThread>

#include <memory>
#include <sys/stat.h>

namespace st::test {

inline bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

inline bool isFifo(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

inline bool makeFifo(const QString &path) { return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0; }

// Reads a FIFO to its end on a thread of its own, as another program at the pipe's end would.
class FifoReader {
public:
    explicit FifoReader(const QString &path)
        : m_thread(QThread::create([this, path] {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                m_received = f.readAll();
        }))
    {
        m_thread->start();
    }
    // What came through the pipe; empty when the writer never finished within `ms`.
    QByteArray received(int ms = 30000)
    {
        return m_thread->wait(ms) ? m_received : QByteArray();
    }

private:
    QByteArray m_received;
    std::unique_ptr<QThread> m_thread;
};

} // namespace st::test
