#pragma once

#include <QImage>

class QWidget;

namespace st {

// The widget as it shows once nothing is left to do: layouts, the charts' deferred geometry and queued
// updates all run as events, so events are processed until two grabs in a row are the same. Used for
// --screenshot and by the start-up benchmark, so both wait for the same thing. `limitMs` only guards
// against a window that never stops changing.
QImage settledImage(QWidget &widget, int limitMs = 3000);

} // namespace st
