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
//   connection sent itself are ignored: the window that saved has already refreshed.
// - SQLite: PRAGMA data_version, polled every kPollMs; it changes only for other connections' commits.
//   A private in-memory database has no other connection and is not watched.
//
// Needs an event loop (the driver's socket, the timer).
class ChangeWatch : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 250; // with a reload, well within a second

    explicit ChangeWatch(const Database &db, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // True when changes by others will be heard (false for :memory:, or when LISTEN failed).
    [[nodiscard]] bool isWatching() const { return m_watching; }

signals:
    // Another connection committed a change.
    void changedElsewhere();

private:
    void poll();

    QSqlDatabase m_db;
    QString m_channel;
    QString m_counter;
    QVariant m_lastCount;
    QTimer m_timer;
    bool m_watching = false;
};

} // namespace st
