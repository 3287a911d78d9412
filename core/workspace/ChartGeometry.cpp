#include "workspace/ChartGeometry.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace st {

std::pair<qreal, qreal> zoomedRange(qreal min, qreal max, qreal factor, qreal fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    const qreal anchor = min + fraction * (max - min);
    const qreal width = (max - min) / factor;
    return {anchor - fraction * width, anchor - fraction * width + width};
}

std::pair<qreal, qreal> pannedRange(qreal min, qreal max, qreal dx, qreal width)
{
    const qreal shift = -dx / width * (max - min);
    return {min + shift, max + shift};
}

QList<DateTick> dateTicks(const QDate &from, const QDate &to, int maxTicks)
{
    QList<DateTick> ticks;
    if (!from.isValid() || !to.isValid() || to <= from || maxTicks < 1)
        return ticks;
    // Step sizes in months, from fine to coarse.
    static const int steps[] = {1, 3, 6, 12, 24, 60, 120, 240};
    const double months = from.daysTo(to) / 30.44;
    int step = steps[std::size(steps) - 1];
    for (int s : steps) {
        if (months / s <= maxTicks) {
            step = s;
            break;
        }
    }
    // The first boundary at or after `from` that is a multiple of the step (counted from year 0).
    const int startIndex = from.year() * 12 + from.month() - 1;
    int index = (startIndex + step - 1) / step * step;
    if (QDate(index / 12, index % 12 + 1, 1) < from)
        index += step;
    const QLocale locale;
    for (;; index += step) {
        const QDate date(index / 12, index % 12 + 1, 1);
        if (date > to)
            break;
        const QString label = step >= 12 ? QString::number(date.year())
                                         : locale.toString(date, QStringLiteral("MMM yyyy"));
        ticks.append({date, label});
    }
    return ticks;
}

void RectIndex::add(const QRectF &r)
{
    const int id = int(m_rects.size());
    m_rects.append(r);
    for (int c = cellOf(r.left()); c <= cellOf(r.right()); ++c)
        m_cells[c].append(id);
}

bool RectIndex::intersects(const QRectF &r) const
{
    for (int c = cellOf(r.left()); c <= cellOf(r.right()); ++c) {
        const auto it = m_cells.constFind(c);
        if (it == m_cells.constEnd())
            continue;
        for (int id : *it) {
            if (m_rects[id].intersects(r))
                return true;
        }
    }
    return false;
}

int RectIndex::cellOf(qreal x) const { return int(std::floor(x / m_cell)); }

namespace {

constexpr qreal kSpacing = 2;

} // namespace

QList<LabelPlacement> placeLabels(const QList<LabelRequest> &requests, const QList<QRectF> &obstacles,
                                  const QRectF &bounds)
{
    QList<LabelPlacement> out(requests.size());
    RectIndex placed;
    RectIndex blocked;
    for (const QRectF &r : obstacles)
        blocked.add(r);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const LabelRequest &req = requests[i];
        const qreal w = req.size.width();
        const qreal h = req.size.height();
        bool done = false;
        for (int tier = 0; tier < req.maxTiers && !done; ++tier) {
            const qreal offset = req.gap + tier * (h + kSpacing);
            const qreal top = req.direction < 0 ? req.anchor.y() - offset - h : req.anchor.y() + offset;
            for (const qreal shift : {0.0, 0.55, -0.55}) {
                QRectF rect(req.anchor.x() - w / 2 + shift * w, top, w, h);
                if (rect.left() < bounds.left())
                    rect.moveLeft(bounds.left());
                if (rect.right() > bounds.right())
                    rect.moveRight(bounds.right());
                if (rect.top() < bounds.top() || rect.bottom() > bounds.bottom())
                    continue;
                const QRectF padded = rect.adjusted(-kSpacing, -1, kSpacing, 1);
                if (placed.intersects(padded) || blocked.intersects(rect))
                    continue;
                placed.add(rect);
                const bool beside = std::abs(rect.center().x() - req.anchor.x()) > 1;
                out[i] = {true, rect, tier > 0 || beside};
                done = true;
                break;
            }
        }
        // Last resort: beside the marker, right then left.
        for (const int side : {1, -1}) {
            if (done || !req.beside)
                break;
            const qreal gap = std::abs(req.gap);
            const QRectF rect(side > 0 ? req.anchor.x() + gap : req.anchor.x() - gap - w, req.anchor.y() - h / 2, w, h);
            if (!bounds.contains(rect) || placed.intersects(rect.adjusted(-kSpacing, -1, kSpacing, 1)) ||
                blocked.intersects(rect))
                continue;
            placed.add(rect);
            out[i] = {true, rect, false};
            done = true;
        }
    }
    return out;
}

QList<qreal> spreadLabels(const QList<qreal> &centres, const QList<qreal> &widths, qreal gap, qreal left,
                          qreal right)
{
    Q_ASSERT(centres.size() == widths.size());
    const qsizetype n = centres.size();
    qreal total = 0;
    for (qreal w : widths)
        total += w + gap;
    if (n == 0 || total - gap > right - left)
        return {};
    struct Group {
        qsizetype first = 0;
        qsizetype last = 0;   // inclusive
        qreal width = 0;      // of all members with the gaps between them
        qreal wanted = 0;     // sum over members of (wanted centre - offset of the centre in the group)
        qreal start = 0;      // left edge
    };
    auto place = [&](Group &g) {
        g.start = std::clamp(g.wanted / qreal(g.last - g.first + 1), left, right - g.width);
    };
    QList<Group> groups;
    for (qsizetype i = 0; i < n; ++i) {
        Group g{i, i, widths[i], centres[i] - widths[i] / 2, 0};
        place(g);
        groups.append(g);
        // Merge with the previous group while they overlap.
        while (groups.size() > 1) {
            Group &prev = groups[groups.size() - 2];
            const Group &cur = groups.last();
            if (prev.start + prev.width + gap <= cur.start)
                break;
            // Offsets of the current group's members shift by prev.width + gap in the merged group.
            const qreal shift = prev.width + gap;
            prev.wanted += cur.wanted - shift * qreal(cur.last - cur.first + 1);
            prev.width += gap + cur.width;
            prev.last = cur.last;
            place(prev);
            groups.removeLast();
        }
    }
    QList<qreal> out(n);
    for (const Group &g : groups) {
        qreal x = g.start;
        for (qsizetype i = g.first; i <= g.last; ++i) {
            out[i] = x + widths[i] / 2;
            x += widths[i] + gap;
        }
    }
    return out;
}

} // namespace st
