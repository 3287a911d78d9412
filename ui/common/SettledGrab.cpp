#include "common/SettledGrab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

namespace st {

namespace {

// What the window shows. A shown top-level window has been painted into its backing store already;
// on the offscreen platform (--screenshot without a display, the start-up benchmark) the screen hands
// that picture over, a copy where QWidget::grab() paints the whole window again. Elsewhere the screen's
// pixels may be another window's (on a desktop, ours can be covered), so the widget paints itself.
QImage shown(QWidget &widget)
{
    static const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    if (offscreen && widget.isWindow() && widget.isVisible() && widget.windowHandle() &&
        widget.windowHandle()->isExposed()) {
        if (QScreen *screen = widget.windowHandle()->screen()) {
            QImage image = screen->grabWindow(widget.winId()).toImage();
            if (!image.isNull() && image.size() == widget.size() * widget.devicePixelRatio())
                return image;
        }
    }
    return widget.grab().toImage();
}

} // namespace

QImage settledImage(QWidget &widget, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    QCoreApplication::processEvents();
    QImage previous = shown(widget);
    while (timer.elapsed() < limitMs) {
        QCoreApplication::processEvents();
        QImage current = shown(widget);
        if (current == previous)
            return current;
        previous = std::move(current);
    }
    return previous;
}

} // namespace st
