#pragma once

class QAction;

namespace st {

// Makes `action`'s tooltip end with its shortcut, "New measure (Ctrl+N)", and keeps it so when the
// text or the shortcut changes. `keysOf` names another action whose shortcut the button stands for
// (a toolbar twin of a menu action); by default the action's own. Calling it again does nothing.
void showShortcutInToolTip(QAction *action, QAction *keysOf = nullptr);

} // namespace st
