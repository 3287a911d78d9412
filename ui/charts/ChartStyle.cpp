#include "charts/ChartStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

namespace st::chartstyle {

MarkerStyle of(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::SanctionsRound:
        return {QColor(0xc0, 0x39, 0x2b), QScatterSeries::MarkerShapeCircle, 12};
    case TimelineCategory::PanelRenewal:
        return {QColor(0x2e, 0x86, 0xc1), QScatterSeries::MarkerShapeRectangle, 9};
    case TimelineCategory::VetoedDraft:
        return {QColor(0x8e, 0x44, 0xad), QScatterSeries::MarkerShapeRotatedRectangle, 12};
    case TimelineCategory::NotAdoptedDraft:
        // Not a veto: the same failed-draft diamond, in slate rather than the veto's purple.
        return {QColor(0x5d, 0x6d, 0x7e), QScatterSeries::MarkerShapeRotatedRectangle, 11};
    case TimelineCategory::Other:
        return {QColor(0x7f, 0x8c, 0x8d), QScatterSeries::MarkerShapeRectangle, 8};
    }
    return {};
}

MarkerStyle of(EventKind kind)
{
    switch (kind) {
    case EventKind::NuclearTest:
        return {QColor(0xe6, 0x7e, 0x22), QScatterSeries::MarkerShapeStar, 15};
    case EventKind::MissileLaunch:
        return {QColor(0xb9, 0x77, 0x0e), QScatterSeries::MarkerShapeTriangle, 11};
    case EventKind::SatelliteLaunch:
        return {QColor(0x17, 0xa5, 0x89), QScatterSeries::MarkerShapePentagon, 11};
    case EventKind::Other:
        return {QColor(0x95, 0xa5, 0xa6), QScatterSeries::MarkerShapeCircle, 8};
    }
    return {};
}

MarkerStyle of(ActKind kind)
{
    switch (kind) {
    case ActKind::PresidentialStatement:
        return {QColor(0x1f, 0x3a, 0x93), QScatterSeries::MarkerShapeCircle, 9};
    case ActKind::CommitteeDecision:
        return {QColor(0xa9, 0x32, 0x26), QScatterSeries::MarkerShapeTriangle, 10};
    case ActKind::PanelReport:
        return {QColor(0x5d, 0xad, 0xe2), QScatterSeries::MarkerShapeRectangle, 8};
    case ActKind::MonitoringTeamDocument:
        return {QColor(0x8e, 0x6e, 0x53), QScatterSeries::MarkerShapePentagon, 10};
    }
    return {};
}

QString legendName(ActKind kind)
{
    switch (kind) {
    case ActKind::PresidentialStatement:
        return QCoreApplication::translate("st::TimelineChart", "Statement", "presidential statement, legend");
    case ActKind::CommitteeDecision:
        return QCoreApplication::translate("st::TimelineChart", "Committee", "Committee designation decision, legend");
    case ActKind::PanelReport:
        return QCoreApplication::translate("st::TimelineChart", "Panel report", "legend");
    case ActKind::MonitoringTeamDocument:
        return QCoreApplication::translate("st::TimelineChart", "MSMT", "Multilateral Sanctions Monitoring Team, legend");
    }
    return {};
}

QString legendName(TimelineCategory category)
{
    // Qt's legend keeps to one row and cuts what does not fit ("Panel of Experts r..."); the tooltips and
    // the table keep the full names.
    if (category == TimelineCategory::PanelRenewal)
        return QCoreApplication::translate("st::TimelineChart", "Panel renewal", "Panel of Experts renewal, legend");
    if (category == TimelineCategory::NotAdoptedDraft)
        return QCoreApplication::translate("st::TimelineChart", "Not adopted", "draft not adopted for lack of votes, legend");
    return categoryName(category);
}

QColor escalationColour() { return QColor(0x14, 0x5a, 0x32); }
QColor capColour() { return QColor(0x9c, 0x3d, 0x10); }
QString categoryName(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::SanctionsRound:
        return QCoreApplication::translate("st::TimelineChart", "Sanctions round");
    case TimelineCategory::PanelRenewal:
        return QCoreApplication::translate("st::TimelineChart", "Panel of Experts renewal");
    case TimelineCategory::VetoedDraft:
        return QCoreApplication::translate("st::TimelineChart", "Vetoed draft");
    case TimelineCategory::NotAdoptedDraft:
        return QCoreApplication::translate("st::TimelineChart", "Draft not adopted (fewer than nine votes)");
    case TimelineCategory::Other:
        return QCoreApplication::translate("st::TimelineChart", "Other resolution");
    }
    return {};
}

QColor mutedText() { return QColor(0x5f, 0x6b, 0x76); }

QColor faded(const QColor &colour)
{
    // Three quarters of the way to white: opaque (overlapping pale markers do not darken each other).
    auto mix = [](int c) { return c + (255 - c) * 3 / 4; };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QFont sized(const QFont &base, qreal points)
{
    QFont f = base;
    f.setPointSizeF(points);
    return f;
}

void drawCentredText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font)
{
    // A text layout without a paint device keeps the font's size for the default resolution, the one
    // QFontMetricsF measured the label with; drawn as glyphs, it scales with the painter like the lines.
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    line.setPosition(QPointF(0, 0));
    const QPointF at(rect.center().x() - line.naturalTextWidth() / 2, rect.center().y() - line.height() / 2);
    layout.draw(painter, at);
}

} // namespace st::chartstyle
