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
    QIcon icon(QStringLiteral(":/icons/app/sanctions-tracker.svg"));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/app/%1x%1/sanctions-tracker.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace st
