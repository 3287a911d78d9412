#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ServerAddress) };

// The libpq settings an address may carry (www.postgresql.org/docs/15/libpq-connect.html); anything
// else is more likely a typing mistake than a wish.
const QStringList kKnownSettings{QStringLiteral("host"),        QStringLiteral("port"),
                                 QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"),
                                 QStringLiteral("sslcert"),     QStringLiteral("sslkey"),
                                 QStringLiteral("sslcrl"),      QStringLiteral("connect_timeout"),
                                 QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
                                 QStringLiteral("tcp_user_timeout")};

QString decoded(const QString &part) { return QUrl::fromPercentEncoding(part.toUtf8()); }

Error badAddress(const QString &text, const QString &why)
{
    return Error{Error::Code::InvalidInput, Tr::tr("The database address %1 cannot be used: %2").arg(text, why)};
}

Error passwordRefused(const QString &text)
{
    return badAddress(text, Tr::tr("it contains a password. Put the password in ~/.pgpass (or the PGPASSWORD "
                                   "variable) instead: a command line can be read by other users."));
}

// libpq reads `key='value'`; a quote or backslash inside is escaped. Qt's QPSQL joins options at
// ';', so a value may not hold one.
QString option(const QString &key, const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, escaped);
}

} // namespace

bool isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool asksForPassword(const Error &openError)
{
    const QString &d = openError.detail;
    return d.contains(QLatin1String("no password supplied")) || d.contains(QLatin1String("password authentication failed"));
}

QString ServerAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port > 0)
        text += QStringLiteral(":%1").arg(port);
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}

Result<ServerAddress> parseServerAddress(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        "^postgres(?:ql)?://(?:([^@/?]*)@)?(\\[[^\\]]*\\]|[^/?:]*)(?::([^/?]*))?(?:/([^?]*))?(?:\\?(.*))?$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return badAddress(text, Tr::tr("it is not of the form postgresql://user@host:port/database."));
    const QString userInfo = m.captured(1);
    if (userInfo.contains(QLatin1Char(':')))
        return passwordRefused(text);
    ServerAddress address;
    address.user = decoded(userInfo);
    address.host = decoded(m.captured(2));
    if (address.host.startsWith(QLatin1Char('[')))
        address.host = address.host.mid(1, address.host.size() - 2);
    address.database = decoded(m.captured(4));
    QString port = m.captured(3);
    const auto setPort = [&](const QString &value) -> bool {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 65535)
            return false;
        address.port = n;
        return true;
    };
    if (!port.isEmpty() && !setPort(port))
        return badAddress(text, Tr::tr("the port %1 is not a number from 1 to 65535.").arg(port));

    bool timeoutGiven = false;
    bool sendTimeoutGiven = false;
    for (const QString &pair : m.captured(5).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == QLatin1String("password"))
            return passwordRefused(text);
        if (!kKnownSettings.contains(key))
            return badAddress(text, Tr::tr("the setting \"%1\" is not one this app passes to the server.").arg(key));
        if (value.contains(QLatin1Char(';')))
            return badAddress(text, Tr::tr("the value of \"%1\" contains a semicolon.").arg(key));
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port") && !setPort(value))
            return badAddress(text, Tr::tr("the port %1 is not a number from 1 to 65535.").arg(value));
        else if (key != QLatin1String("port"))
            address.connectOptions << option(key, value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        sendTimeoutGiven = sendTimeoutGiven || key == QLatin1String("tcp_user_timeout");
    }
    // A server that does not answer is reported within seconds, not after the system's TCP timeout.
    if (!timeoutGiven)
        address.connectOptions << option(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    // The same once connected: a statement sent to a server the network no longer reaches fails after
    // 20 s unanswered (the kernel's own retries would take about a quarter of an hour, the window
    // frozen). Only data awaiting acknowledgement counts, so a long query is not cut short.
    if (!sendTimeoutGiven)
        address.connectOptions << option(QStringLiteral("tcp_user_timeout"), QStringLiteral("20000"));
    return address;
}

} // namespace st
