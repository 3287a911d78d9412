#pragma once

class QAction;
class QWidget;

namespace st {

class MainWindow;

// Help ▸ User Guide (F1): a short guide shipped inside the app (offline), in a window of its own.
QAction *installUserGuide(MainWindow &window);
// The guide's window, shown and raised (one per main window).
QWidget *showUserGuide(QWidget *parent);

} // namespace st
