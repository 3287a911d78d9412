#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace st::reportformat {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("st::ReportFormat", text); }
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}
} // namespace

QString date(const QDate &d)
{
    return d.isValid() ? english().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString number(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return english().toString(qlonglong(std::llround(value)));
    return english().toString(value, 'f', 2);
}

QString cap(const std::optional<double> &value, const QString &unit, const QString &period)
{
    if (!value)
        return tr("no figure");
    if (*value == 0)
        return tr("full ban");
    const bool currencyFirst = unit == QLatin1String("US$") || unit == QLatin1String("USD") || unit == QLatin1String("$");
    QString text = currencyFirst ? QStringLiteral("US$") + number(*value)
                                 : (unit.isEmpty() ? number(*value) : number(*value) + QLatin1Char(' ') + unit);
    if (period.isEmpty())
        return text;
    if (period == QLatin1String("year") || period == QLatin1String("month") || period == QLatin1String("quarter"))
        return tr("%1 a %2").arg(text, period);
    if (period.front().isDigit())
        return tr("%1 per %2").arg(text, period);
    return tr("%1 (%2)").arg(text, period);
}

QString cap(const std::optional<Cap> &c)
{
    return c ? cap(c->value, c->unit, c->period) : QString();
}

QString votes(const Votes &v)
{
    return QStringLiteral("%1\u2013%2\u2013%3").arg(v.inFavour).arg(v.against).arg(v.abstaining);
}

QString action(MeasureAction a)
{
    switch (a) {
    case MeasureAction::Introduces:
        return tr("introduces");
    case MeasureAction::Expands:
        return tr("expands");
    case MeasureAction::Tightens:
        return tr("tightens");
    case MeasureAction::Relaxes:
        return tr("relaxes");
    case MeasureAction::Renews:
        return tr("renews");
    case MeasureAction::Terminates:
        return tr("terminates");
    }
    return {};
}

QString category(const QString &code)
{
    if (code == QLatin1String("trade"))
        return tr("Trade");
    if (code == QLatin1String("financial"))
        return tr("Financial");
    if (code == QLatin1String("movement"))
        return tr("Movement of people");
    if (code == QLatin1String("maritime"))
        return tr("Maritime and cargo");
    if (code == QLatin1String("monitoring"))
        return tr("Monitoring");
    if (code == QLatin1String("listing"))
        return tr("Listing");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString chapterVii(const std::optional<bool> &c)
{
    if (!c)
        return tr("n/k");
    return *c ? tr("Yes") : tr("No");
}

QString shortSymbol(const QString &symbol)
{
    static const QRegularExpression adopted(QStringLiteral("^S/RES/(\\d+)"));
    const auto m = adopted.match(symbol);
    return m.hasMatch() ? m.captured(1) : symbol;
}

QString references(const QList<int> &refs)
{
    if (refs.isEmpty())
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < refs.size();) {
        qsizetype j = i;
        while (j + 1 < refs.size() && refs[j + 1] == refs[j] + 1)
            ++j;
        if (j == i)
            parts << QString::number(refs[i]);
        else
            parts << QStringLiteral("%1\u2013%2").arg(refs[i]).arg(refs[j]);
        i = j + 1;
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString days(int n)
{
    return n == 1 || n == -1 ? tr("%1 day").arg(n) : tr("%1 days").arg(english().toString(n));
}

} // namespace st::reportformat
