#include "storage/ConnectionLoss.h"

#include "common/Log.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ConnectionLoss) };

struct Reopening {
    QString address;
    QString password;
    bool readOnly = false;
    QStringList channels; // listened on by ChangeWatch (keepListening)
    int reopened = 0;      // successful reopenings (timesReopened)
};

// Connections are opened and used in one thread each, but several threads may open their own.
QMutex s_mutex;
QHash<QString, Reopening> &reopenings()
{
    static QHash<QString, Reopening> all;
    return all;
}

QHash<QString, int> &guards()
{
    thread_local QHash<QString, int> open;
    return open;
}

QString addressOf(const QSqlDatabase &db)
{
    const QMutexLocker lock(&s_mutex);
    const auto found = reopenings().constFind(db.connectionName());
    return found != reopenings().constEnd() ? found->address : db.databaseName();
}

} // namespace

void rememberReopening(const QString &connectionName, const QString &address, const QString &password, bool readOnly)
{
    const QMutexLocker lock(&s_mutex);
    reopenings().insert(connectionName, Reopening{address, password, readOnly, {}});
}

void forgetReopening(const QString &connectionName)
{
    const QMutexLocker lock(&s_mutex);
    reopenings().remove(connectionName);
}

QString rememberedPassword(const QString &connectionName)
{
    const QMutexLocker lock(&s_mutex);
    const auto found = reopenings().constFind(connectionName);
    return found != reopenings().constEnd() ? found->password : QString();
}

void keepListening(const QString &connectionName, const QString &channel)
{
    const QMutexLocker lock(&s_mutex);
    if (auto found = reopenings().find(connectionName); found != reopenings().end() && !found->channels.contains(channel))
        found->channels.append(channel);
}

void stopListening(const QString &connectionName, const QString &channel)
{
    const QMutexLocker lock(&s_mutex);
    if (auto found = reopenings().find(connectionName); found != reopenings().end())
        found->channels.removeAll(channel);
}

void guardOpened(const QString &connectionName) { ++guards()[connectionName]; }

void guardClosed(const QString &connectionName)
{
    auto found = guards().find(connectionName);
    if (found != guards().end() && --found.value() <= 0)
        guards().erase(found);
}

bool hasOpenGuard(const QString &connectionName) { return guards().value(connectionName) > 0; }

bool isLostConnection(const QSqlDatabase &db, const QSqlError &error)
{
    if (dialectOf(db).isConnectionLost(error))
        return true;
    if (db.isOpen())
        return false;
    const QMutexLocker lock(&s_mutex);
    return reopenings().contains(db.connectionName());
}

Error connectionLostError(const QSqlDatabase &db, const QString &detail)
{
    return Error{Error::Code::ConnectionLost,
                 Tr::tr("The connection to the team database %1 was lost (the server was restarted, or ended this "
                        "session). What was saved before is safe on the server. Try again: the app reconnects as "
                        "soon as the server answers.")
                     .arg(addressOf(db)),
                 detail};
}

Status reopenConnection(QSqlDatabase db)
{
    Reopening how;
    {
        const QMutexLocker lock(&s_mutex);
        const auto found = reopenings().constFind(db.connectionName());
        if (found == reopenings().constEnd())
            return connectionLostError(db, QStringLiteral("not a connection that can be opened again"));
        how = found.value();
    }
    QSqlDriver *driver = db.driver();
    // Statements prepared on the old session are unknown to the new one.
    sql::forgetStatements(db.connectionName());
    db.close();
    const bool opened = how.password.isEmpty() ? db.open() : db.open(db.userName(), how.password);
    Status ready = opened ? Status{} : Status{connectionLostError(db, db.lastError().text())};
    if (ready && how.readOnly)
        ready = sql::exec(db, QStringLiteral("SET default_transaction_read_only = on"));
    for (qsizetype i = 0; ready && driver && i < how.channels.size(); ++i) {
        if (!driver->subscribeToNotification(how.channels[i]))
            ready = connectionLostError(db, QStringLiteral("cannot listen on %1 again").arg(how.channels[i]));
    }
    if (ready) {
        qCInfo(lcStorage) << "reconnected to" << how.address;
        const QMutexLocker lock(&s_mutex);
        if (auto found = reopenings().find(db.connectionName()); found != reopenings().end())
            ++found->reopened;
    } else
        qCWarning(lcStorage) << "cannot reconnect to" << how.address << ready.error().detail;
    return ready;
}

int timesReopened(const QString &connectionName)
{
    const QMutexLocker lock(&s_mutex);
    return reopenings().value(connectionName).reopened;
}

} // namespace st
