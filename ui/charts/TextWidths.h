#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace st {

// How wide short texts are in one font, each text shaped once. A crowded timeline places the same
// resolution numbers again on every redraw, filter change and state switch; shaping each of them again
// (HarfBuzz, through QFontMetricsF) was a fifth of a filter change's time at 100,000 resolutions.
class TextWidths {
public:
    explicit TextWidths(const QFont &font);

    // QFontMetricsF::horizontalAdvance(text), from the texts already measured when it is one of them.
    [[nodiscard]] qreal of(const QString &text);
    // The width of QString::number(number), without writing it when digits can be counted.
    [[nodiscard]] qreal ofNumber(qint64 number);
    [[nodiscard]] const QFontMetricsF &metrics() const { return m_metrics; }
    // Whether numbers are counted by digit (see m_digitAdvance) rather than shaped and kept.
    [[nodiscard]] bool countsDigits() const { return m_digitAdvance > 0; }

    // Beyond this many texts the widths start again: the texts of a whole synthetic database need not
    // stay in memory for the few a window shows.
    static constexpr qsizetype kMaxKept = 20000;

private:
    QFontMetricsF m_metrics;
    // Resolution numbers are digits, and most fonts give every digit the same advance and kern no pair
    // of them: then a number is as wide as its length times one digit, with nothing to keep (the
    // 100,000 numbers of "All states" would not fit in kMaxKept). 0 when this font does otherwise.
    qreal m_digitAdvance = 0;
    QHash<QString, qreal> m_widths;
};

} // namespace st
