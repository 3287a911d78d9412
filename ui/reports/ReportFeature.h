#pragma once

class QAction;

namespace st {

class MainWindow;

// Adds File ▸ Report… (Ctrl+P, QKeySequence::Print) and a toolbar button to `window`. They open the
// Report window; one printer, and so the paper, margins and printer chosen in any print dialog,
// serves every report until the application quits. Returns the action.
QAction *installReports(MainWindow &window);

} // namespace st
