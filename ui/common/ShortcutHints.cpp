#include "common/ShortcutHints.h"

#include <QAction>
#include <QKeySequence>

namespace st {

namespace {
constexpr char kHooked[] = "st_shortcutInToolTip";
} // namespace

void showShortcutInToolTip(QAction *action, QAction *keysOf)
{
    if (!action || action->property(kHooked).toBool())
        return;
    action->setProperty(kHooked, true);
    QAction *source = keysOf ? keysOf : action;
    const auto update = [action, source] {
        const QKeySequence keys = source->shortcut();
        if (keys.isEmpty())
            return;
        const QString hint = QStringLiteral(" (%1)").arg(keys.toString(QKeySequence::NativeText));
        const QString tip = action->toolTip();
        // setToolTip() emits changed() again; the second time the hint is there and nothing happens.
        if (!tip.endsWith(hint))
            action->setToolTip(tip + hint);
    };
    update();
    QObject::connect(action, &QAction::changed, action, update);
    if (source != action)
        QObject::connect(source, &QAction::changed, action, update);
}

} // namespace st
