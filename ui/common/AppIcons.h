#pragma once

#include <QIcon>

class QPalette;

namespace st {

// Action icons by their freedesktop name ("document-print", "zoom-in", …). The desktop's icon theme
// wins where it has the icon, so the app looks native; a machine without an icon theme (a bare
// window manager, Xvfb, a container) gets the icons bundled in resources/icons/actions instead of
// text-only toolbars. Under a dark palette the bundled icons come in their light-stroke variant.
[[nodiscard]] QIcon actionIcon(const QString &freedesktopName);
[[nodiscard]] QIcon actionIcon(const QString &freedesktopName, const QPalette &palette);

// The bundled icon alone (no theme lookup): what a bare machine shows. Null when none is bundled.
[[nodiscard]] QIcon bundledActionIcon(const QString &freedesktopName, const QPalette &palette);

// The application's own icon (window icon, About), from the bundled SVG and PNG sizes.
[[nodiscard]] QIcon applicationIcon();

} // namespace st
