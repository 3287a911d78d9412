#include "TerminalPassword.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>

#include <cerrno>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::TerminalPassword) };

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return; // the prompt is a courtesy: reading goes on without it
        done += n;
    }
}

} // namespace

std::optional<QString> readPasswordOn(int fd, const QString &prompt)
{
    termios before{};
    if (::tcgetattr(fd, &before) != 0)
        return std::nullopt;
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ICANON); // a whole line, edited with Backspace, delivered on Enter
    // TCSADRAIN, not TCSAFLUSH: a password typed ahead of the prompt is kept, not thrown away.
    if (::tcsetattr(fd, TCSADRAIN, &quiet) != 0)
        return std::nullopt;
    writeAll(fd, prompt.toLocal8Bit());
    QByteArray line;
    char c = 0;
    bool ended = false;
    while (!ended) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        ended = n <= 0 || c == '\n' || c == '\r';
        if (!ended)
            line.append(c);
    }
    ::tcsetattr(fd, TCSADRAIN, &before);
    writeAll(fd, "\n"); // Enter was not echoed either
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromLocal8Bit(line);
}

Result<QString> passwordToRetry(const QString &address, const Error &refusal)
{
    const auto where = parseServerAddress(address);
    if (!where || !asksForPassword(refusal))
        return refusal;
    const int terminal = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (terminal < 0) {
        Error e = refusal;
        e.message += QLatin1Char(' ')
                     + Tr::tr("The server asks for a password and there is no terminal to type it on: put it in "
                              "~/.pgpass (a line host:port:database:user:password, readable by you alone), or "
                              "run the command in a terminal.");
        return e;
    }
    // Asked for because ~/.pgpass holds none for this account, or holds one the server refused: say which.
    if (refusal.detail.contains(QLatin1String("password authentication failed")))
        writeAll(terminal, (refusal.fullText() + QLatin1Char('\n')).toLocal8Bit());
    auto typed = readPasswordOn(terminal, Tr::tr("Password for %1: ").arg(where.value().display()));
    ::close(terminal);
    if (!typed)
        return refusal;
    return *typed;
}

} // namespace st
