#pragma once

#include "analysis/Timeline.h"

#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace st {

// The timeline chart (TimelineChart) for paper, without a view. It is laid out at `size` in CSS
// pixels (1/96 inch, the size it prints at, so its fonts print at their point sizes) over the dates
// [from, to], and rendered at `dpi` pixels per inch: 300 or more for print, never a screen grab.
// Without the legend, which does not fit a page's width: the caption printed with it explains it.
QImage renderTimelineForPrint(const TimelineData &data, const QSize &size, qreal dpi, const QDate &from,
                              const QDate &to);

// The same chart painted as vectors into `target` of `painter` (a printer, a PDF page).
void paintTimelineForPrint(QPainter &painter, const QRectF &target, const TimelineData &data, const QSize &size,
                           const QDate &from, const QDate &to);

} // namespace st
