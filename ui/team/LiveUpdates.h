#pragma once

#include <QObject>
#include <QTimer>

class QLabel;

namespace st {

class ChangeWatch;
class MainWindow;

// Live updates: when another analyst (or another program) commits a change to the window's
// database, the window re-reads it within a second, keeping the current resolution, the selected rows
// and where each table was scrolled to. While a form or any other modal dialog is open the refresh
// waits until it closes, so nothing typed into it is disturbed. The window's own saves refresh it
// already and are not announced to it again.
//
// On a team database whose connection the server dropped, a lasting note in the status bar says so
// until the app has connected again; then the window re-reads what others saved meanwhile.
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    explicit LiveUpdates(MainWindow &window);

    // True when changes by others reach this window (see ChangeWatch).
    [[nodiscard]] bool isWatching() const;
    // The refreshes done for others' changes so far (tests).
    [[nodiscard]] int refreshCount() const { return m_refreshes; }
    // The status bar's note while the team database's connection is lost (null until first needed).
    [[nodiscard]] QLabel *connectionNote() const { return m_lostNote; }

signals:
    // After a refresh for another program's change.
    void refreshed();

private:
    void connectionLost();
    void reconnected();
    void changeHeard();
    void refreshWhenFree();
    void refresh();

    MainWindow &m_window;
    ChangeWatch *m_watch;
    QTimer m_settle; // one refresh for a burst of changes, and the retry while a dialog is open
    QLabel *m_lostNote = nullptr; // made when first needed
    bool m_catchingUp = false;   // the next refresh follows a reconnection
    int m_refreshes = 0;
};

// Adds live updates to `window` (MainWindow::installFeatures).
LiveUpdates *installLiveUpdates(MainWindow &window);

} // namespace st
