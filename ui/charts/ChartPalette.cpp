#include "charts/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

#include <cmath>

namespace st::chartstyle {

namespace {

// `a` moved toward `b` by `t` (0..1).
QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Surface paperSurface()
{
    Surface s;
    s.background = Qt::white;
    s.plot = QColor(0xfb, 0xfc, 0xfd);
    s.plotBorder = QColor(0xd5, 0xdb, 0xe1);
    s.grid = QColor(0xe3, 0xe7, 0xeb);
    s.axisLine = QColor(0xb0, 0xb8, 0xc0);
    s.text = QColor(0x1b, 0x26, 0x31);
    s.mutedText = QColor(0x5f, 0x6b, 0x76);
    s.labelFill = QColor(255, 255, 255, 235);
    s.laneShade = QColor(0xf1, 0xf4, 0xf7);
    return s;
}

Surface surfaceFor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (base.lightness() >= 128)
        return paperSurface();
    Surface s;
    s.dark = true;
    s.background = base;
    s.plot = mix(base, text, 0.03);
    s.plotBorder = mix(base, text, 0.25);
    s.grid = mix(base, text, 0.12);
    s.axisLine = mix(base, text, 0.35);
    s.text = text;
    // As quiet as it can be while still reading at the WCAG level.
    s.mutedText = mix(base, text, 0.75);
    while (contrastRatio(s.mutedText, s.plot) < 4.5 && s.mutedText != text)
        s.mutedText = mix(s.mutedText, text, 0.25);
    s.labelFill = s.plot;
    s.labelFill.setAlpha(235);
    s.laneShade = mix(base, text, 0.07);
    return s;
}

QColor readableOn(const QColor &accent, const Surface &surface)
{
    QColor c = accent;
    for (int step = 0; step < 20 && contrastRatio(c, surface.plot) < 4.5; ++step)
        c = surface.dark ? c.lighter(115) : c.darker(115);
    return c;
}

void applySurface(QChart *chart, const Surface &surface)
{
    chart->setBackgroundBrush(surface.background);
    chart->setPlotAreaBackgroundBrush(surface.plot);
    chart->setPlotAreaBackgroundPen(QPen(surface.plotBorder));
    chart->setTitleBrush(surface.text);
    chart->legend()->setLabelColor(surface.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setGridLineColor(surface.grid);
        axis->setLinePenColor(surface.axisLine);
        axis->setLabelsColor(surface.mutedText);
        axis->setTitleBrush(surface.text);
    }
}

} // namespace st::chartstyle
