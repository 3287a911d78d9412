#pragma once

#include "analysis/Timeline.h"
#include "charts/TextWidths.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

namespace st {

struct TimelineGeometry;

// The fonts a timeline's labels are written in, derived from the chart's font, with the widths of the
// texts already measured in each. The chart keeps one from one layout to the next.
struct TimelineLabelFonts {
    explicit TimelineLabelFonts(const QFont &chartFont);
    QFont base;
    TextWidths plain; // resolution numbers and the other texts, 8 pt
    TextWidths bold;  // the rounds' numbers
    TextWidths lag;   // a trigger's lag on its link, 7 pt
};

// Names the resolutions of a timeline on screen, into `geometry.labels`, never overlapping:
// - each lane's numbers in a row along it, in date order; a crowded group steps away from its markers
//   with leader lines (rounds upwards into the free band, Panel renewals downwards), vetoed drafts and
//   other texts beside their marker;
// - what does not fit is stacked in tiers or, failing that, left to the tooltip (hiddenLabels);
// - on a crowded timeline (more than one resolution per 8 pixels) only the rounds, spaced out;
// - the lag of each trigger on its link, where there is room.
// `markers` are the markers' boxes, which labels keep clear of while they are few enough to matter.
void placeTimelineLabels(TimelineGeometry &geometry, const TimelineData &data, const QHash<qint64, int> &indexOfId,
                         const QList<QRectF> &markers, TimelineLabelFonts &fonts);

} // namespace st
