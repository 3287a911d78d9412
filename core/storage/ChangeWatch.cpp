#include "storage/ChangeWatch.h"

#include "common/Log.h"
#include "storage/ConnectionLoss.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlDriver>

#include <algorithm>

namespace st {

ChangeWatch::ChangeWatch(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db.connection())
    , m_channel(dialectOf(m_db).changeChannel())
    , m_counter(dialectOf(m_db).changeCounter())
{
    if (!m_channel.isEmpty()) {
        QSqlDriver *driver = m_db.driver();
        m_watching = driver && driver->subscribeToNotification(m_channel);
        if (m_watching) {
            keepListening(m_db.connectionName(), m_channel); // listened on again after a lost connection
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                        if (name == m_channel && source != QSqlDriver::SelfSource)
                            emit changedElsewhere();
                    });
            m_reopenedSeen = timesReopened(m_db.connectionName());
            m_timer.setInterval(kPulseMs);
            connect(&m_timer, &QTimer::timeout, this, &ChangeWatch::pulse);
            m_timer.start();
        } else {
            qCWarning(lcStorage) << "cannot listen for changes on" << db.path();
        }
        return;
    }
    if (m_counter.isEmpty() || db.path() == QLatin1String(":memory:"))
        return;
    auto first = sql::scalar(m_db, m_counter);
    if (!first)
        return;
    m_lastCount = first.value();
    m_watching = true;
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatch::poll);
    m_timer.start();
}

ChangeWatch::~ChangeWatch()
{
    if (m_channel.isEmpty() || !m_watching)
        return;
    stopListening(m_db.connectionName(), m_channel);
    // The connection may already be closed when the window's database went first.
    if (m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(m_channel);
}

void ChangeWatch::poll()
{
    // Not inside a transaction of this connection: what it sees then is its own snapshot anyway.
    auto now = sql::scalar(m_db, m_counter);
    if (!now || now.value() == m_lastCount)
        return;
    m_lastCount = now.value();
    emit changedElsewhere();
}

void ChangeWatch::pulse()
{
    // A change under way on this connection (a progress dialog lets events through) speaks for itself.
    if (hasOpenGuard(m_db.connectionName()))
        return;
    // A read outside any change: on a lost connection it opens a new one first (sql::scalar).
    const auto alive = sql::scalar(m_db, QStringLiteral("SELECT 1"));
    if (!alive) {
        if (alive.error().code != Error::Code::ConnectionLost)
            return;
        if (!m_lost) {
            m_lost = true;
            emit connectionLost();
        }
        m_timer.setInterval(std::min(2 * m_timer.interval(), kSlowestPulseMs));
        return;
    }
    m_timer.setInterval(kPulseMs);
    // Opened again, by this pulse or by anything else the window read or saved meanwhile.
    if (const int reopened = timesReopened(m_db.connectionName()); reopened != m_reopenedSeen || m_lost) {
        m_reopenedSeen = reopened;
        m_lost = false;
        // The reopening listened again before it counted (keepListening), so re-reading now misses no save.
        emit reconnected();
        emit changedElsewhere();
    }
}

} // namespace st
