// A team database's password typed on the terminal (issue 14, item 1: "from ~/.pgpass or a prompt"):
// read with echo off and the terminal left as it was; and, against PostgreSQL in
// tst_terminal_password_postgres, the built app started with --database postgresql://… or
// --copy-to postgresql://… for an account ~/.pgpass holds no password for asks on its terminal,
// and says how to give the password when it has none.
#include "AppRunner.h"
#include "TerminalPassword.h"
#include "TestSupport.h"

#include "TeamSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace st;

namespace {

#define ST_NEEDS_SERVER()                                                                                          \
    if (!test::onServer())                                                                                         \
        QSKIP("Issue 14: a server that asks a password runs in tst_terminal_password_postgres (scripts/test.sh "    \
              "starts it)")

// Why this machine cannot make a pseudo-terminal, or empty. A chroot that binds the host's /dev without
// its /dev/pts (as the bare-machine check does) has none: opening /dev/ptmx says "No such device".
QString noPseudoTerminal()
{
    const int fd = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0)
        return QString::fromLocal8Bit(::strerror(errno));
    const bool usable = ::grantpt(fd) == 0 && ::unlockpt(fd) == 0 && ::access(::ptsname(fd), R_OK | W_OK) == 0;
    const QString why = usable ? QString() : QString::fromLocal8Bit(::strerror(errno));
    ::close(fd);
    return why;
}

#define ST_NEEDS_TERMINAL()                                                                                        \
    if (const QString why = noPseudoTerminal(); !why.isEmpty())                                                    \
    QSKIP(qPrintable(QStringLiteral("Issue 14: typing at a terminal needs a pseudo-terminal, and this machine "    \
                                    "cannot make one (/dev/ptmx: %1)").arg(why)))

// A pseudo-terminal: the analyst's side (master) and the program's (the terminal, slave).
struct Terminal {
    int analyst = -1;
    int program = -1;
    QByteArray shown; // what the program wrote to the screen

    Terminal()
    {
        analyst = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (analyst < 0 || ::grantpt(analyst) != 0 || ::unlockpt(analyst) != 0)
            qFatal("no pseudo-terminal");
        program = ::open(::ptsname(analyst), O_RDWR | O_NOCTTY);
        if (program < 0)
            qFatal("cannot open the pseudo-terminal's program side");
        ::fcntl(analyst, F_SETFL, ::fcntl(analyst, F_GETFL) | O_NONBLOCK);
    }
    ~Terminal()
    {
        ::close(program);
        ::close(analyst);
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    // Reads what the program wrote so far; true once it shows `text`.
    bool shows(const char *text)
    {
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::read(analyst, buffer, sizeof buffer)) > 0)
            shown.append(buffer, n);
        return shown.contains(text);
    }
    void type(const QByteArray &keys) const
    {
        if (::write(analyst, keys.constData(), size_t(keys.size())) != keys.size())
            qFatal("cannot type on the pseudo-terminal");
    }
    [[nodiscard]] bool echoes() const
    {
        termios t{};
        ::tcgetattr(program, &t);
        return (t.c_lflag & ECHO) != 0;
    }
};

// `keys` typed once the prompt shows, from another thread: readPasswordOn blocks this one.
std::optional<QString> typeAtThePrompt(Terminal &terminal, const QByteArray &keys)
{
    std::atomic<bool> typed = false;
    std::thread analyst([&] {
        for (int i = 0; i < 1000 && !terminal.shows("Password: "); ++i)
            ::usleep(10000);
        terminal.type(keys);
        typed = true;
    });
    auto password = readPasswordOn(terminal.program, QStringLiteral("Password: "));
    analyst.join();
    terminal.shows(""); // the rest of the screen
    return typed ? password : std::nullopt;
}

struct TerminalRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray screen;
    bool prompted = false;
};

// The built app as a program started in a terminal of its own (a new session whose controlling
// terminal is `terminal`), with `keys` typed once it shows "Password for"; or with no terminal at all.
TerminalRun runInTerminal(const QStringList &args, const QByteArray &keys, bool withTerminal = true)
{
    std::optional<Terminal> terminal;
    if (withTerminal)
        terminal.emplace();
    QProcess p;
    const int program = terminal ? terminal->program : -1;
    p.setChildProcessModifier([program, withTerminal] {
        ::setsid(); // no controlling terminal: /dev/tty cannot be opened
        if (withTerminal)
            ::ioctl(program, TIOCSCTTY, 0);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ST_APP_BINARY), args);
    TerminalRun run;
    if (withTerminal) {
        run.prompted = QTest::qWaitFor([&] { return terminal->shows("Password for") || p.state() == QProcess::NotRunning; }, 60000)
                       && terminal->shows("Password for"); // not when the app ended without asking
        if (run.prompted)
            terminal->type(keys);
    }
    // Waiting for the prompt ran the event loop: the app may have ended already (and said why).
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(120000))
        qFatal("sanctions-tracker %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    if (terminal) {
        terminal->shows("");
        run.screen = terminal->shown;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

int resolutionsIn(const QByteArray &json)
{
    return int(QJsonDocument::fromJson(json).object().value(QStringLiteral("resolutions")).toArray().size());
}

} // namespace

class TestTerminalPassword : public QObject {
    Q_OBJECT
private slots:
    void readsALineWithoutEchoing();
    void anEmptyLineIsNoPassword();
    void aPipeIsNotATerminal();
    void startingWithAnAddressAsksOnTheTerminal();
    void copyingToAServerAsksOnTheTerminal();
    void withoutATerminalSaysHowToGiveThePassword();

private:
    // A new database on the server, owned by a login the server asks a password of.
    QString databaseOfAPasswordAccount(const QString &password) const
    {
        const QString fresh = test::freshServerDatabase();
        const QString login = QStringLiteral("terminal_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_logins);
        const QString address = test::loginAskedForAPassword(fresh, login, password);
        test::onCluster({QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(parseServerAddress(fresh).value().database, login)});
        return address;
    }
    mutable int m_logins = 0;
};

void TestTerminalPassword::readsALineWithoutEchoing()
{
    ST_NEEDS_TERMINAL();
    Terminal terminal;
    QVERIFY(terminal.echoes()); // a terminal as a shell leaves it
    const auto password = typeAtThePrompt(terminal, "s3cret p\xc3\xa4ss\n");
    QCOMPARE(password.value_or(QString()), QStringLiteral("s3cret päss"));
    // The prompt and a new line (the terminal turns \n into \r\n); never what was typed.
    QCOMPARE(terminal.shown, QByteArray("Password: \r\n"));
    QVERIFY(terminal.echoes()); // left as it was
}

void TestTerminalPassword::anEmptyLineIsNoPassword()
{
    ST_NEEDS_TERMINAL();
    Terminal terminal;
    QVERIFY(!typeAtThePrompt(terminal, "\n").has_value());
    QVERIFY(terminal.echoes());
}

void TestTerminalPassword::aPipeIsNotATerminal()
{
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    QCOMPARE(::write(ends[1], "s3cret\n", 7), ssize_t(7));
    QVERIFY(!readPasswordOn(ends[0], QStringLiteral("Password: ")).has_value());
    ::close(ends[0]);
    ::close(ends[1]);
}

void TestTerminalPassword::startingWithAnAddressAsksOnTheTerminal()
{
    ST_NEEDS_SERVER();
    ST_NEEDS_TERMINAL();
    const QString password = QStringLiteral("typed on the terminal");
    const QString address = databaseOfAPasswordAccount(password);
    const TerminalRun run = runInTerminal({QStringLiteral("--database"), address, QStringLiteral("--export"), QStringLiteral("-")},
                                          password.toUtf8() + '\n');
    QVERIFY2(run.prompted, run.err.constData());
    QVERIFY2(run.screen.contains(("Password for " + address + ": ").toUtf8()), run.screen.constData());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Standard output carries the export alone; the new database got the bundled dataset.
    QCOMPARE(run.out, bundledDatasetJson());
    QVERIFY(resolutionsIn(run.out) > 0);
    QVERIFY(!run.screen.contains(password.toUtf8()));
    QVERIFY(!run.err.contains(password.toUtf8()));
}

void TestTerminalPassword::copyingToAServerAsksOnTheTerminal()
{
    ST_NEEDS_SERVER();
    ST_NEEDS_TERMINAL();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    test::openFile(file).reset(); // the bundled dataset
    const QString password = QStringLiteral("typed for the copy");
    const QString address = databaseOfAPasswordAccount(password);
    // A wrong password first: the copy stops, says so, and writes nothing.
    const TerminalRun wrong = runInTerminal({QStringLiteral("--database"), file, QStringLiteral("--copy-to"), address}, "not it\n");
    QVERIFY2(wrong.prompted, wrong.err.constData());
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("password authentication failed"), wrong.err.constData());
    const TerminalRun run = runInTerminal({QStringLiteral("--database"), file, QStringLiteral("--copy-to"), address},
                                          password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(("Copied " + file + " to " + address).toUtf8()), run.out.constData());
}

void TestTerminalPassword::withoutATerminalSaysHowToGiveThePassword()
{
    ST_NEEDS_SERVER();
    const QString address = databaseOfAPasswordAccount(QStringLiteral("never typed"));
    const TerminalRun run = runInTerminal({QStringLiteral("--database"), address, QStringLiteral("--export"), QStringLiteral("-")},
                                          {}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(address.toUtf8()) && run.err.contains("~/.pgpass") && run.err.contains("no terminal"),
             run.err.constData());
}

QTEST_MAIN(TestTerminalPassword)
#include "tst_terminal_password.moc"
