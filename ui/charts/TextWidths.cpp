#include "charts/TextWidths.h"

#include <algorithm>

namespace st {

namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// One digit's advance when every digit has it and no two digits side by side change it, else 0.
qreal tabularDigitAdvance(const QFontMetricsF &metrics)
{
    const qreal advance = metrics.horizontalAdvance(QStringLiteral("0"));
    if (advance <= 0)
        return 0;
    QString pair(2, QLatin1Char('0'));
    for (char first = '0'; first <= '9'; ++first) {
        if (metrics.horizontalAdvance(QString(QLatin1Char(first))) != advance)
            return 0;
        pair[0] = QLatin1Char(first);
        for (char second = '0'; second <= '9'; ++second) {
            pair[1] = QLatin1Char(second);
            if (metrics.horizontalAdvance(pair) != 2 * advance)
                return 0;
        }
    }
    return advance;
}

} // namespace

TextWidths::TextWidths(const QFont &font)
    : m_metrics(font)
    , m_digitAdvance(tabularDigitAdvance(m_metrics))
{
}

qreal TextWidths::of(const QString &text)
{
    if (m_digitAdvance > 0 && allDigits(text))
        return qreal(text.size()) * m_digitAdvance;
    if (const auto known = m_widths.constFind(text); known != m_widths.cend())
        return known.value();
    if (m_widths.size() >= kMaxKept)
        m_widths.clear();
    const qreal width = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, width);
    return width;
}

qreal TextWidths::ofNumber(qint64 number)
{
    if (m_digitAdvance <= 0 || number < 0)
        return of(QString::number(number));
    int digits = 1;
    for (; number >= 10; number /= 10)
        ++digits;
    return digits * m_digitAdvance;
}

} // namespace st
