#include "common/SettledGrab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QWidget>

namespace st {

QImage settledImage(QWidget &widget, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    QCoreApplication::processEvents();
    QImage previous = widget.grab().toImage();
    while (timer.elapsed() < limitMs) {
        QCoreApplication::processEvents();
        QImage current = widget.grab().toImage();
        if (current == previous)
            return current;
        previous = std::move(current);
    }
    return previous;
}

} // namespace st
