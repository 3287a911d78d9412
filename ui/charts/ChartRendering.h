#pragma once

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"

#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSize>

#include <optional>

class QPainter;

namespace st {

// The timeline chart (TimelineChart) for paper, without a view (the report's figure, ui/reports): laid out
// at a size in CSS pixels (1/96 inch, the size it prints at, so its fonts print at their point sizes)
// over the dates [from, to], and painted as vectors scaled to the target, so that it is sharp at any
// resolution. Without the legend, which does not fit a page's width: the caption printed with it
// explains it.

// The options of the whole range: no legend, the dates from a little before `from` (or the earliest
// trigger of the data) to `to`.
TimelineChartOptions timelineOptionsForPrint(const TimelineData &data, const QDate &from, const QDate &to);

// The report's figure. On paper there is no zooming in: when the whole range leaves some lags without
// room (the rounds of 2016–2017 follow their tests weeks apart, a few pixels on a page), a second chart
// of that crowded period follows the first, at a scale where every one of them is written.
struct PrintedTimeline {
    TimelineChartOptions whole;
    QSize wholeSize;
    std::optional<TimelineChartOptions> detail; // the crowded period, when there is one
    QSize detailSize;
    [[nodiscard]] QSize size() const; // of the figure, both charts and the detail's heading
};
PrintedTimeline printedTimeline(const TimelineData &data, const QSize &wholeSize, const QDate &from, const QDate &to);

// The figure painted as vectors into `target` of `painter` (a printer, a PDF page, an image).
void paintTimelineForPrint(QPainter &painter, const QRectF &target, const TimelineData &data,
                           const PrintedTimeline &figure);

} // namespace st
