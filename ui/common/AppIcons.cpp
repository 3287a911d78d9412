#include "common/AppIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QPalette>

namespace st {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QIcon bundledActionIcon(const QString &freedesktopName, const QPalette &palette)
{
    // The dark variants are generated at build time from the same SVGs (ui/CMakeLists.txt), so there
    // is one drawing per icon to maintain.
    const QString folder = isDark(palette) ? QStringLiteral(":/icons/actions-dark/") : QStringLiteral(":/icons/actions/");
    const QString path = folder + freedesktopName + QStringLiteral(".svg");
    if (!QFile::exists(path))
        return {};
    return QIcon(path);
}

QIcon actionIcon(const QString &freedesktopName, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(freedesktopName))
        return QIcon::fromTheme(freedesktopName);
    return bundledActionIcon(freedesktopName, palette);
}

QIcon actionIcon(const QString &freedesktopName)
{
    return actionIcon(freedesktopName, QGuiApplication::palette());
}

QIcon applicationIcon()
{
    // The drawing itself, rendered at whatever size is asked for when it is asked for. Adding the
    // installed PNG sizes here decoded all nine at start (3.7 % of start-up's instructions) and gained
    // nothing: Qt's SVG icon engine keeps one added pixmap per mode and state, so only the 512-pixel
    // one stayed. The PNGs serve the desktop's icon theme (installed under hicolor).
    return QIcon(QStringLiteral(":/icons/app/sanctions-tracker.svg"));
}

} // namespace st
