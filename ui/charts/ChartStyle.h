#pragma once

#include "analysis/Timeline.h"

#include <QColor>
#include <QImage>
#include <QScatterSeries>

namespace st::chartstyle {

// One look for every chart of the app (screen, print and PDF): colours and marker shapes by meaning.
struct MarkerStyle {
    QColor colour;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
    qreal size = 10;
};

MarkerStyle of(TimelineCategory category);
MarkerStyle of(EventKind kind);
QColor escalationColour();
QColor capColour();
QColor mutedText();

// The marker drawn as an image, for series so large that Qt Charts' per-point items would be slow.
QImage markerImage(const MarkerStyle &style, qreal devicePixelRatio = 2.0);

} // namespace st::chartstyle
