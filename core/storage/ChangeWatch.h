#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QVariant>

namespace st {

class Database;

// Tells when another program (a colleague's app on a team database, a second window's process on the
// same file, a script) has committed a change to the database, so open windows can re-read it.
//
// - PostgreSQL: LISTEN on the dialect's change channel; every outermost commit that wrote anything
//   sends a NOTIFY (Transaction::commit), delivered by the server at once. Notifications this
//   connection sent itself are ignored: the window that saved has already refreshed. A server restart
//   or an administrator ending the session takes the LISTEN with it and tells nobody, so a pulse (a
//   trivial read every kPulseMs) notices: it reports the loss, opens the connection again once the
//   server answers (ConnectionLoss.h, which listens again) and, since what was committed meanwhile was
//   never announced, reports a change. While the server stays away the pulse slows down to
//   kSlowestPulseMs, each try costing at most the address's connect_timeout.
// - SQLite: PRAGMA data_version, polled every kPollMs; it changes only for other connections' commits.
//   A private in-memory database has no other connection and is not watched.
//
// Needs an event loop (the driver's socket, the timer).
class ChangeWatch : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 250; // with a reload, well within a second
    static constexpr int kPulseMs = 2000;
    static constexpr int kSlowestPulseMs = 30000;

    explicit ChangeWatch(const Database &db, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // True when changes by others will be heard (false for :memory:, or when LISTEN failed).
    [[nodiscard]] bool isWatching() const { return m_watching; }

signals:
    // Another connection committed a change.
    void changedElsewhere();
    // The team database's connection was lost: changes by others are not heard until reconnected().
    void connectionLost();
    // The connection is open again (followed by changedElsewhere for what was missed meanwhile).
    void reconnected();

private:
    void poll();
    void pulse();

    QSqlDatabase m_db;
    QString m_channel;
    QString m_counter;
    QVariant m_lastCount;
    QTimer m_timer; // the file's poll, or the server connection's pulse
    bool m_watching = false;
    bool m_lost = false;
    int m_reopenedSeen = 0;
};

} // namespace st
