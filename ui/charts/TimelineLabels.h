#pragma once

#include "analysis/Timeline.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

namespace st {

struct TimelineGeometry;

// Names the resolutions of a timeline on screen, into `geometry.labels`, never overlapping:
// - each lane's numbers in a row along it, in date order; a crowded group steps away from its markers
//   with leader lines (rounds upwards into the free band, Panel renewals downwards), vetoed drafts and
//   other texts beside their marker;
// - what does not fit is stacked in tiers or, failing that, left to the tooltip (hiddenLabels);
// - on a crowded timeline (more than one resolution per 8 pixels) only the rounds, spaced out;
// - the lag of each trigger on its link, where there is room.
// `markers` are the markers' boxes, which labels keep clear of while they are few enough to matter.
void placeTimelineLabels(TimelineGeometry &geometry, const TimelineData &data, const QHash<qint64, int> &indexOfId,
                         const QList<QRectF> &markers, const QFont &base);

} // namespace st
