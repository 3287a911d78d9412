#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace st {

// Geometry the charts need that does not need a screen: where to put date ticks and labels.

struct DateTick {
    QDate date;
    QString label;
    friend bool operator==(const DateTick &, const DateTick &) = default;
};

// Ticks on round dates (years, or 6, 3 or 1 months when zoomed in) between `from` and `to`, at most
// `maxTicks` of them: exact calendar boundaries, unlike a fixed tick count.
QList<DateTick> dateTicks(const QDate &from, const QDate &to, int maxTicks);

// A time axis's visible range [min, max] after zooming in by `factor` (out when below 1) around the
// point at `fraction` (0 to 1) across the plot, which stays where it is under the pointer; and after
// dragging the plot `width` pixels wide by `dx` pixels. The charts clamp the result to their data.
std::pair<qreal, qreal> zoomedRange(qreal min, qreal max, qreal factor, qreal fraction);
std::pair<qreal, qreal> pannedRange(qreal min, qreal max, qreal dx, qreal width);

// Rectangles bucketed by x, so an overlap check looks at neighbours only: placing thousands of labels
// stays linear.
class RectIndex {
public:
    explicit RectIndex(qreal cellWidth = 64) : m_cell(cellWidth) {}
    void add(const QRectF &rect);
    [[nodiscard]] bool intersects(const QRectF &rect) const;
    [[nodiscard]] qsizetype size() const { return m_rects.size(); }

private:
    [[nodiscard]] int cellOf(qreal x) const;
    qreal m_cell;
    QList<QRectF> m_rects;
    QHash<int, QList<int>> m_cells;
};

// A label to place next to a marker, above (direction -1) or below (+1) it.
struct LabelRequest {
    QPointF anchor;     // the marker's centre
    QSizeF size;        // the label's box
    int direction = -1;
    qreal gap = 4;      // between the marker's centre and the first tier
    int maxTiers = 3;   // how far the label may be staggered away from its marker
    bool beside = true; // may fall back to a place right or left of the marker
};

struct LabelPlacement {
    bool placed = false;
    QRectF rect;
    bool needsLeader = false; // staggered or shifted: draw a line from the marker to the label
};

// Places labels without overlaps, left to right in request order: each takes the nearest free tier,
// else a slot shifted half a label sideways, else a place right or left of its marker; a label that finds no room inside `bounds` is left out
// (the chart then shows it in the tooltip and after zooming in). Labels also keep clear of
// `obstacles` (markers, labels placed before).
QList<LabelPlacement> placeLabels(const QList<LabelRequest> &requests, const QList<QRectF> &obstacles,
                                  const QRectF &bounds);

// Spreads labels along a line so that none overlap while they keep their order: each wants to be
// centred on `centres[i]`; overlapping neighbours are merged into groups centred on the mean of what
// their members want, within [left, right]. Returns each label's centre. When the labels do not fit
// side by side at all, returns an empty list (the caller stacks or hides them instead).
QList<qreal> spreadLabels(const QList<qreal> &centres, const QList<qreal> &widths, qreal gap, qreal left,
                          qreal right);

} // namespace st
