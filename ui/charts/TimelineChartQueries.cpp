#include "charts/TimelineChart.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineLayers.h"
#include "workspace/ChartGeometry.h"
#include "domain/Wording.h"

// TimelineChart, what is where: hit tests and tooltips for the view, label geometry for tests, and
// which resolutions and triggers the browser's filters let through.
namespace st {

bool TimelineChart::isMatching(int resolutionIndex) const
{
    return !m_matching || (resolutionIndex >= 0 && resolutionIndex < m_data.resolutions.size()
                           && m_matching->contains(m_data.resolutions[resolutionIndex].id));
}

bool TimelineChart::isTriggerMatching(int triggerIndex) const
{
    return !m_matching || (triggerIndex >= 0 && triggerIndex < m_data.triggers.size()
                           && m_matching->contains(m_data.triggers[triggerIndex].resolutionId));
}

int TimelineChart::matchingCount() const
{
    int n = 0;
    for (int i = 0; i < m_data.resolutions.size(); ++i)
        n += isMatching(i) ? 1 : 0;
    return n;
}

TimelineChart::Hit TimelineChart::hitTest(const QPointF &pos, qreal radius) const
{
    const TimelineGeometry &g = *m_geometry;
    Hit hit;
    qreal best = radius * radius;
    for (int i : g.visibleResolutions) {
        const QPointF d = g.resolutionPos[i] - pos;
        const qreal dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= best) {
            best = dist;
            hit = {i, -1};
        }
    }
    for (int i : g.visibleTriggers) {
        const QPointF d = g.triggerPos[i] - pos;
        const qreal dist = d.x() * d.x() + d.y() * d.y();
        if (dist < best) {
            best = dist;
            hit = {-1, i};
        }
    }
    if (const int act = actAt(pos, best); act >= 0)
        hit = {-1, -1, act};
    // A label is as good as its marker.
    if (hit.isEmpty()) {
        for (const TimelineGeometry::Label &label : g.labels) {
            if (label.resolution >= 0 && label.rect.contains(pos))
                return {label.resolution, -1};
        }
    }
    return hit;
}

TimelineChart::MarkerGroup TimelineChart::markerGroup(int resolutionIndex) const
{
    if (resolutionIndex < 0 || resolutionIndex >= m_data.resolutions.size())
        return {};
    const TimelineEntry &own = m_data.resolutions[resolutionIndex];
    MarkerGroup group{1, own.date, own.date};
    const TimelineGeometry &g = *m_geometry;
    if (!m_aggregated || resolutionIndex >= g.resolutionPos.size())
        return group;
    // The same test as the binning in relayout(): same series (category and match), same bin.
    const qint64 bin = binOf(g.resolutionPos[resolutionIndex].x(), g, kBinPixels);
    const bool matching = isMatching(resolutionIndex);
    group.count = 0;
    for (int i : g.visibleResolutions) {
        const TimelineEntry &e = m_data.resolutions[i];
        if (e.category() != own.category() || isMatching(i) != matching || binOf(g.resolutionPos[i].x(), g, kBinPixels) != bin)
            continue;
        ++group.count;
        group.first = std::min(group.first, e.date);
        group.last = std::max(group.last, e.date);
    }
    return group;
}

QPointF TimelineChart::positionOf(qint64 resolutionId) const
{
    const int i = m_indexOfId.value(resolutionId, -1);
    return i >= 0 && i < m_geometry->resolutionPos.size() ? m_geometry->resolutionPos[i] : QPointF();
}

QString TimelineChart::toolTip(const Hit &hit) const
{
    if (hit.resolution >= 0 && hit.resolution < m_data.resolutions.size()) {
        const TimelineEntry &e = m_data.resolutions[hit.resolution];
        QString text;
        // An aggregated marker says what it stands for before naming the one resolution under the pointer.
        if (const MarkerGroup group = markerGroup(hit.resolution); group.count > 1) {
            text = QStringLiteral("<i>%1</i><br/>")
                       .arg(tr("This marker stands for %Ln resolution(s) (%1), %2 to %3; zoom in to tell them apart.",
                               nullptr, group.count)
                                .arg(chartstyle::categoryName(e.category()), dayText(group.first), dayText(group.last))
                                .toHtmlEscaped());
        }
        text += QStringLiteral("<b>%1</b><br/>%2 · %3<br/>%4<br/>%5")
                           .arg(e.symbol.toHtmlEscaped(), dayText(e.date).toHtmlEscaped(),
                                chartstyle::categoryName(e.category()).toHtmlEscaped(),
                                tr("Vote %1 (for–against–abstain)").arg(voteText(e.votes)).toHtmlEscaped(),
                                tr("%Ln measure(s)", nullptr, e.measureCount)
                                    .toHtmlEscaped());
        if (const QString designations = designationTallyText(e.designations); !designations.isEmpty())
            text += QStringLiteral("<br/>") + designations.toHtmlEscaped();
        for (const TriggerLink &t : e.triggers) {
            text += QStringLiteral("<br/>") + tr("Trigger: %1 on %2, %3 earlier")
                                                   .arg(displayName(t.event.kind), eventDayText(t.event),
                                                        lagText(t.lagDays()))
                                                   .toHtmlEscaped();
        }
        if (!e.title.isEmpty())
            text += QStringLiteral("<br/><i>%1</i>").arg(e.title.toHtmlEscaped());
        return text;
    }
    if (hit.act >= 0)
        return actToolTip(hit.act);
    if (hit.trigger >= 0 && hit.trigger < m_data.triggers.size()) {
        const TriggerLink &t = m_data.triggers[hit.trigger];
        QString description = t.event.description;
        if (description.size() > 160)
            description = description.left(157) + QStringLiteral("…");
        return QStringLiteral("<b>%1</b>, %2<br/>%3<br/>%4")
            .arg(displayName(t.event.kind).toHtmlEscaped(), eventDayText(t.event).toHtmlEscaped(),
                 description.toHtmlEscaped(),
                 tr("→ %1, %2 later").arg(t.symbol, lagText(t.lagDays())).toHtmlEscaped());
    }
    return {};
}

QList<QRectF> TimelineChart::labelRects() const
{
    QList<QRectF> out;
    for (const TimelineGeometry::Label &l : m_geometry->labels) {
        if (l.resolution >= 0)
            out << l.rect;
    }
    return out;
}

QStringList TimelineChart::labelTexts() const
{
    QStringList out;
    for (const TimelineGeometry::Label &l : m_geometry->labels) {
        if (l.resolution >= 0)
            out << l.text;
    }
    return out;
}

int TimelineChart::hiddenLabelCount() const { return m_geometry->hiddenLabels; }

} // namespace st
