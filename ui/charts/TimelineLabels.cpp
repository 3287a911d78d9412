#include "charts/TimelineLabels.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineLayers.h"
#include "workspace/ChartGeometry.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace st {

namespace {
// Beyond this many markers on screen they form a band: labels stop avoiding each marker.
constexpr int kDenseMarkers = 1200;
// More than one resolution per this many pixels: only the rounds are labelled, this far apart.
constexpr qreal kCrowdedPixels = 8;
constexpr qreal kCrowdedSpacing = 14;
// How far from its links a lag named by its resolution may be written.
constexpr qreal kCalloutReach = 100;
// The width of a resolution's label (TimelineEntry::shortLabel()), most often a number.
qreal labelWidth(TextWidths &widths, const TimelineEntry &entry)
{
    return entry.number ? widths.ofNumber(*entry.number) : widths.of(entry.shortLabel());
}

// Whether one row of these labels would move any of them more than its own width from its marker.
bool rowIsCrowded(const QList<int> &members, const TimelineGeometry &g, TextWidths &textWidths,
                  const TimelineData &data, const QRectF &bounds)
{
    QList<qreal> centres, widths;
    for (int i : members) {
        centres << g.resolutionPos[i].x();
        widths << labelWidth(textWidths, data.resolutions[i]) + 6;
    }
    const QList<qreal> spread = spreadLabels(centres, widths, 3, bounds.left(), bounds.right());
    if (spread.isEmpty())
        return members.size() > 1;
    for (qsizetype k = 0; k < spread.size(); ++k) {
        if (std::abs(spread[k] - centres[k]) > widths[k])
            return true;
    }
    return false;
}

// The lag of each trigger on its link, where there is room: on the curve near its middle, else
// beside it, never over another link, a leader line, a marker or a label. The label's box interrupts
// its own link (see TimelineLayer), so no line runs through the text. Where links crowd, the lag is
// written beside the crowd with its resolution's number ("2371: 32 d").
void placeLagLabels(TimelineGeometry &g, const TimelineData &data, const QHash<qint64, int> &indexOfId,
                    RectIndex &taken, const QRectF &bounds, TextWidths &widths)
{
    const qreal h = widths.metrics().height() + 1;
    QHash<int, QPolygonF> links;
    for (int i : std::as_const(g.visibleTriggers)) {
        const int target = indexOfId.value(data.triggers[i].resolutionId, -1);
        if (target >= 0)
            links.insert(i, triggerLinkPolyline(g.triggerPos[i], g.resolutionPos[target]));
    }
    QList<QPolygonF> leaders;
    for (const TimelineGeometry::Label &label : std::as_const(g.labels)) {
        if (!label.leader || label.resolution < 0)
            continue;
        const QLineF line = leaderLine(label, chartstyle::of(data.resolutions[label.resolution].category()).size / 2);
        leaders << QPolygonF({line.p1(), line.p2()});
    }
    const auto isClear = [&](const QRectF &rect, int own) {
        if (!bounds.contains(rect) || taken.intersects(rect.adjusted(-1, -1, 1, 1)))
            return false;
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            if (it.key() != own && crosses(it.value(), rect))
                return false;
        }
        return std::none_of(leaders.cbegin(), leaders.cend(), [&](const QPolygonF &l) { return crosses(l, rect); });
    };
    QList<int> crowded; // lags that found no room on their link
    for (int i : std::as_const(g.visibleTriggers)) {
        const auto it = links.constFind(i);
        if (it == links.cend())
            continue;
        const QString text = QCoreApplication::translate("st::TimelineChart", "%1 d").arg(data.triggers[i].lagDays());
        const QSizeF size(widths.of(text) + 4, h);
        const QPainterPath path = triggerLinkPath(it.value().first(), it.value().last());
        bool done = false;
        for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const QPointF at = path.pointAtPercent(t);
            for (const qreal side : {0.0, 1.0, -1.0}) {
                QRectF rect(QPointF(0, 0), size);
                rect.moveCenter(at + QPointF(side * (size.width() / 2 + 2), 0));
                if (!isClear(rect, i))
                    continue;
                taken.add(rect);
                g.labels.append({rect, text, at, -1, false, i});
                done = true;
                break;
            }
            if (done)
                break;
        }
        if (!done)
            crowded << i;
    }
    // Lags of links too close together for a label on each (the rounds of 2017 followed their tests
    // weeks apart: a few pixels): named by their resolution, stacked in the free room beside the
    // crowd, from the lane of triggers up, with no line to follow.
    // Half a label's height: a label may sit between two others or beside a marker of another lane.
    const qreal rowStep = (h + 2) / 2;
    for (int i : std::as_const(crowded)) {
        const TriggerLink &t = data.triggers[i];
        const int target = indexOfId.value(t.resolutionId, -1);
        const QString text = QCoreApplication::translate("st::TimelineChart", "%1: %2 d", "resolution: lag in days")
                                 .arg(data.resolutions[target].shortLabel())
                                 .arg(t.lagDays());
        const QSizeF size(widths.of(text) + 4, h);
        const qreal right = std::max(g.triggerPos[i].x(), g.resolutionPos[target].x());
        const qreal left = std::min(g.triggerPos[i].x(), g.resolutionPos[target].x());
        // Right of the crowd (later in time, where the next link is), then left; never so far that
        // the label sits by other markers than the crowd's.
        bool done = false;
        for (const qreal side : {1.0, -1.0}) {
            for (qreal reach = 4; reach <= kCalloutReach && !done; reach += 4) {
                const qreal x = side > 0 ? right + reach : left - reach - size.width();
                for (qreal y = g.triggerPos[i].y() - h / 2; y > g.resolutionPos[target].y() && !done; y -= rowStep) {
                    const QRectF rect(QPointF(x, y), size);
                    if (!isClear(rect, -1))
                        continue;
                    taken.add(rect);
                    g.labels.append({rect, text, g.triggerPos[i], -1, false, i});
                    done = true;
                }
            }
            if (done)
                break;
        }
    }
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

TimelineLabelFonts::TimelineLabelFonts(const QFont &chartFont)
    : base(chartFont)
    , plain(chartstyle::sized(chartFont, 8))
    , bold(boldOf(chartstyle::sized(chartFont, 8)))
    , lag(chartstyle::sized(chartFont, 7))
{
}

void placeTimelineLabels(TimelineGeometry &g, const TimelineData &data, const QHash<qint64, int> &indexOfId,
                         const QList<QRectF> &markers, TimelineLabelFonts &fonts)
{
    const QRectF bounds = g.plot.adjusted(1, 1, -1, -1);
    const qreal h = fonts.plain.metrics().height() + 1;

    // What a label must not cover: the markers (while they are few enough to be told apart) and the
    // labels already placed.
    RectIndex taken;
    const bool dense = markers.size() > kDenseMarkers;
    if (!dense) {
        for (const QRectF &r : markers)
            taken.add(r);
    }
    QList<QRectF> placedRects;
    QList<LabelRequest> leftovers;   // labels that did not fit in a row: stacked or hidden
    QList<int> leftoverResolutions;  // whose they are; their texts are made for those placed only
    // The label of resolution `i` where `placement` put it.
    const auto labelOf = [&](int i, const LabelPlacement &placement) {
        return TimelineGeometry::Label{placement.rect, data.resolutions[i].shortLabel(), g.resolutionPos[i], i,
                                       placement.needsLeader};
    };

    if (g.visibleResolutions.size() > g.plot.width() / kCrowdedPixels) {
        // Too many to name: the rounds' numbers, spaced out along one row; every resolution stays in
        // the tooltips and gets its label when the analyst zooms in.
        const qreal gap = chartstyle::of(TimelineCategory::SanctionsRound).size / 2 + 2;
        leftovers.reserve(g.visibleResolutions.size());
        leftoverResolutions.reserve(g.visibleResolutions.size());
        for (int i : std::as_const(g.visibleResolutions)) {
            const TimelineEntry &e = data.resolutions[i];
            if (e.category() != TimelineCategory::SanctionsRound)
                continue;
            const qreal w = labelWidth(fonts.bold, e) + 6;
            leftovers.append({g.resolutionPos[i], QSizeF(w + 2 * kCrowdedSpacing, h), -1, gap, 1, false});
            leftoverResolutions.append(i);
        }
        const QList<LabelPlacement> placed =
            placeLabels(leftovers, {}, bounds.adjusted(-kCrowdedSpacing, 0, kCrowdedSpacing, 0));
        for (qsizetype k = 0; k < placed.size(); ++k) {
            if (!placed[k].placed)
                continue;
            TimelineGeometry::Label label = labelOf(leftoverResolutions[k], placed[k]);
            label.rect.adjust(kCrowdedSpacing, 0, -kCrowdedSpacing, 0);
            g.labels << label;
        }
        g.hiddenLabels = int(g.visibleResolutions.size() - g.labels.size());
        return;
    }
    auto isFree = [&](const QRectF &r) { return bounds.contains(r) && !taken.intersects(r.adjusted(-1, 0, 1, 0)); };
    auto take = [&](const QRectF &r) {
        taken.add(r);
        placedRects << r;
    };

    // Each lane's numbers in a row along it, in date order; crowded groups step away from their
    // markers with leader lines. Rounds label upwards into the free band, Panel renewals downwards;
    // the rare vetoed drafts and other texts beside their marker.
    for (TimelineCategory category : kTimelineCategories) {
        const bool up = category == TimelineCategory::SanctionsRound;
        if (category == TimelineCategory::VetoedDraft || category == TimelineCategory::NotAdoptedDraft
            || category == TimelineCategory::Other) {
            const qreal gap = chartstyle::of(category).size / 2 + 3;
            for (int i : std::as_const(g.visibleResolutions)) {
                const TimelineEntry &e = data.resolutions[i];
                if (e.category() != category)
                    continue;
                const QPointF anchor = g.resolutionPos[i];
                const qreal w = labelWidth(fonts.plain, e) + 6;
                const QRectF beside(anchor.x() + gap, anchor.y() - h / 2, w, h);
                if (isFree(beside)) {
                    take(beside);
                    g.labels.append({beside, e.shortLabel(), anchor, i, false});
                } else {
                    leftovers.append({anchor, QSizeF(w, h), 1, gap, 2});
                    leftoverResolutions.append(i);
                }
            }
            continue;
        }
        TextWidths &textWidths = up ? fonts.bold : fonts.plain;
        const qreal gap = chartstyle::of(category).size / 2 + 2;
        QList<int> members;
        for (int i : std::as_const(g.visibleResolutions)) {
            if (data.resolutions[i].category() == category)
                members << i;
        }
        // One row of labels along the lane, in date order, on the side `rowUp` says.
        const auto placeRow = [&](const QList<int> &row, bool rowUp) {
            QList<qreal> centres, widths;
            for (int i : row) {
                centres << g.resolutionPos[i].x();
                widths << labelWidth(textWidths, data.resolutions[i]) + 6;
            }
            const QList<qreal> spread = spreadLabels(centres, widths, 3, bounds.left(), bounds.right());
            for (qsizetype first = 0; first < row.size();) {
                // A group: neighbours whose spread boxes touch.
                qsizetype last = first;
                while (!spread.isEmpty() && last + 1 < row.size() &&
                       spread[last + 1] - spread[last] <= (widths[last] + widths[last + 1]) / 2 + 3.5)
                    ++last;
                bool displaced = false;
                for (qsizetype k = first; k <= last && !spread.isEmpty(); ++k)
                    displaced = displaced || std::abs(spread[k] - centres[k]) > 0.5;
                for (qsizetype k = first; k <= last; ++k) {
                    const int i = row[k];
                    const QPointF anchor = g.resolutionPos[i];
                    const qreal offset = gap + (displaced ? h + 7 : 0);
                    const qreal top = rowUp ? anchor.y() - offset - h : anchor.y() + offset;
                    const QRectF rect(spread.isEmpty() ? 0 : spread[k] - widths[k] / 2, top, widths[k], h);
                    if (!spread.isEmpty() && isFree(rect)) {
                        take(rect);
                        g.labels.append({rect, data.resolutions[i].shortLabel(), anchor, i, displaced});
                    } else {
                        leftovers.append({anchor, QSizeF(widths[k], h), rowUp ? -1 : 1, gap, rowUp ? 5 : 2});
                        leftoverResolutions.append(i);
                    }
                }
                first = last + 1;
            }
        };
        // Renewals come yearly: on a page-wide chart one row of their numbers pushes them far from
        // their markers ("1928" over 2007). Then every other one goes above the lane, so each row
        // has twice the room and the numbers stay by their markers.
        if (!up && category == TimelineCategory::PanelRenewal && rowIsCrowded(members, g, textWidths, data, bounds)) {
            QList<int> below, above;
            for (qsizetype k = 0; k < members.size(); ++k)
                (k % 2 == 0 ? below : above) << members[k];
            placeRow(below, false);
            placeRow(above, true);
        } else {
            placeRow(members, up);
        }
    }

    // The resolutions' labels that found no room in their rows: stacked or beside their markers.
    QList<QRectF> blocked = placedRects;
    if (!dense)
        blocked << markers;
    const QList<LabelPlacement> placed = placeLabels(leftovers, blocked, bounds);
    for (qsizetype k = 0; k < placed.size(); ++k) {
        if (!placed[k].placed) {
            g.hiddenLabels += 1;
            continue;
        }
        const TimelineGeometry::Label label = labelOf(leftoverResolutions[k], placed[k]);
        take(label.rect);
        g.labels << label;
    }
    if (g.visibleTriggers.size() <= TimelineChart::kMaxLinks)
        placeLagLabels(g, data, indexOfId, taken, bounds, fonts.lag);
}

} // namespace st
