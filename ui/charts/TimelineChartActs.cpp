#include "charts/TimelineChart.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineLayers.h"
#include "domain/Wording.h"

#include <QLegendMarker>
#include <QScatterSeries>

// TimelineChart, the acts lane (issue 16): presidential statements, Committee designation decisions,
// Panel of Experts reports and MSMT documents. None is a resolution — no vote, no measure — so they
// sit in a lane of their own below the resolutions, one marker per kind, with no number label, and the
// browser's filters (which select resolutions) leave them as they are.
namespace st {

namespace {

constexpr ActKind kActKinds[] = {ActKind::PresidentialStatement, ActKind::CommitteeDecision, ActKind::PanelReport,
                                 ActKind::MonitoringTeamDocument};

} // namespace

void TimelineChart::buildActSeries(const std::function<void(QScatterSeries *, const QList<QPointF> &)> &addMarkers)
{
    for (ActKind kind : kActKinds) {
        QList<QPointF> points;
        for (const Act &a : data().acts) {
            if (a.kind == kind)
                points.append({xOf(a.date), actLane()});
        }
        const chartstyle::MarkerStyle style = chartstyle::of(kind);
        auto *series = new QScatterSeries;
        series->setName(chartstyle::legendName(kind));
        series->setMarkerShape(style.shape);
        series->setMarkerSize(style.size);
        series->setColor(style.colour);
        series->setBorderColor(Qt::white);
        addMarkers(series, points);
        m_actSeries.insert(int(kind), series);
    }
}

void TimelineChart::placeActs(QList<QRectF> &obstacles)
{
    TimelineGeometry &g = *m_geometry;
    g.visibleActs.clear();
    g.actPos.resize(m_data.acts.size());
    if (!m_options.acts)
        return;
    for (int i = 0; i < m_data.acts.size(); ++i) {
        const QPointF p(g.px(xOf(data().acts[i].date)), g.py(actLane()));
        g.actPos[i] = p;
        if (p.x() < g.plot.left() - 1 || p.x() > g.plot.right() + 1)
            continue;
        g.visibleActs << i;
        const qreal s = chartstyle::of(data().acts[i].kind).size / 2 + 1;
        obstacles << QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s);
    }
}

int TimelineChart::actAt(const QPointF &pos, qreal radiusSquared) const
{
    int found = -1;
    qreal best = radiusSquared;
    for (int i : m_geometry->visibleActs) {
        const QPointF d = m_geometry->actPos[i] - pos;
        const qreal dist = d.x() * d.x() + d.y() * d.y();
        if (dist < best) {
            best = dist;
            found = i;
        }
    }
    return found;
}

QString TimelineChart::actToolTip(int index) const
{
    if (index < 0 || index >= m_data.acts.size())
        return {};
    const Act &a = m_data.acts[index];
    QString summary = a.summary;
    if (summary.size() > 220)
        summary = summary.left(217) + QStringLiteral("…");
    const QString heading = a.symbol.isEmpty() ? a.title : a.symbol;
    QString text = QStringLiteral("<b>%1</b><br/>%2 · %3")
                       .arg(heading.toHtmlEscaped(), dayText(a.date).toHtmlEscaped(), displayName(a.kind).toHtmlEscaped());
    if (!a.symbol.isEmpty())
        text += QStringLiteral("<br/><i>%1</i>").arg(a.title.toHtmlEscaped());
    if (!summary.isEmpty())
        text += QStringLiteral("<br/>") + summary.toHtmlEscaped();
    // What sets it apart from a resolution, said where the analyst reads it.
    text += QStringLiteral("<br/><i>%1</i>").arg(a.kind == ActKind::MonitoringTeamDocument
                                                      ? tr("Outside the UN: no vote, no measure").toHtmlEscaped()
                                                      : tr("Not a resolution: no vote, no measure").toHtmlEscaped());
    return text;
}

} // namespace st
