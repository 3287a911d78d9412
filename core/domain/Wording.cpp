#include "domain/Wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace st {

namespace {
// Each register keeps the translation context it had as a module of its own (st::Formatting here,
// st::ReportFormat in reportformat below), so every existing translation still applies.
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::Formatting) };

// An action as a table's label ("Tightens") and as the verb inside a report's sentence ("tightens"):
// one list, so a new action cannot be named in one register and forgotten in the other.
struct ActionWords {
    const char *label;
    const char *verb;
};

ActionWords actionWords(MeasureAction action)
{
    switch (action) {
    case MeasureAction::Introduces:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Introduces"), QT_TRANSLATE_NOOP("st::ReportFormat", "introduces")};
    case MeasureAction::Expands:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Expands"), QT_TRANSLATE_NOOP("st::ReportFormat", "expands")};
    case MeasureAction::Tightens:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Tightens"), QT_TRANSLATE_NOOP("st::ReportFormat", "tightens")};
    case MeasureAction::Relaxes:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Relaxes"), QT_TRANSLATE_NOOP("st::ReportFormat", "relaxes")};
    case MeasureAction::Renews:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Renews"), QT_TRANSLATE_NOOP("st::ReportFormat", "renews")};
    case MeasureAction::Terminates:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Terminates"), QT_TRANSLATE_NOOP("st::ReportFormat", "terminates")};
    case MeasureAction::Reinstates:
        return {QT_TRANSLATE_NOOP("st::Formatting", "Reinstates"), QT_TRANSLATE_NOOP("st::ReportFormat", "reinstates")};
    }
    return {"", ""};
}

QString dateIn(const QLocale &locale, const QDate &date)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
}
} // namespace

QString actionName(MeasureAction action)
{
    return QCoreApplication::translate("st::Formatting", actionWords(action).label);
}

QString capValueText(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString capText(const Cap &cap)
{
    QString text = capValueText(cap.value);
    if (!cap.unit.isEmpty())
        text += QLatin1Char(' ') + cap.unit;
    if (cap.period == QLatin1String("year"))
        text += Tr::tr(" a year");
    else if (!cap.period.isEmpty())
        text += QStringLiteral(" / ") + cap.period;
    return text;
}

QString lagText(int days)
{
    return days == 1 ? Tr::tr("1 day") : Tr::tr("%1 days").arg(days);
}

QString voteText(const Votes &v)
{
    return QStringLiteral("%1–%2–%3").arg(v.inFavour).arg(v.against).arg(v.abstaining);
}

QString chapterViiText(const std::optional<bool> &chapterVii)
{
    if (!chapterVii)
        return Tr::tr("not known"); // the report's word too: one wording for an unstated fact
    return *chapterVii ? Tr::tr("Yes") : Tr::tr("No");
}

QString designationTallyText(const DesignationTally &tally)
{
    if (tally.total() == 0)
        return {};
    const QString individuals = tally.individuals == 1 ? Tr::tr("1 individual") : Tr::tr("%1 individuals").arg(tally.individuals);
    const QString entities = tally.entities == 1 ? Tr::tr("1 entity") : Tr::tr("%1 entities").arg(tally.entities);
    QString text = (tally.total() == 1 ? Tr::tr("1 designation (%1, %2)") : Tr::tr("%3 designations (%1, %2)"))
                       .arg(individuals, entities, QString::number(tally.total()));
    if (tally.delisted > 0)
        text += Tr::tr("; %1 since delisted").arg(tally.delisted);
    return text;
}

QString dayText(const QDate &date)
{
    return dateIn(QLocale(), date);
}

QString eventDayText(const TriggerEvent &event)
{
    QString text = dayText(event.citedDate());
    if (event.newYorkDateDiffers())
        text += QLatin1Char(' ') + Tr::tr("(%1 in New York)").arg(dayText(event.date));
    return text;
}

QString triggersText(const QString &stored)
{
    QStringList parts;
    for (const QString &item : stored.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString code = item.section(QLatin1Char(' '), 0, 0);
        const QString cited = item.section(QLatin1Char(' '), 1, 1);
        const QString newYork = item.section(QLatin1Char(' '), 2, 2);
        const auto kind = fromCode<EventKind>(code);
        QString text = (kind ? displayName(*kind) : code) + QLatin1Char(' ') + cited;
        if (!newYork.isEmpty() && newYork != cited)
            text += QLatin1Char(' ') + Tr::tr("(New York %1)").arg(newYork);
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QString statusName(ResolutionStatus status)
{
    switch (status) {
    case ResolutionStatus::Adopted:
        return Tr::tr("Adopted");
    case ResolutionStatus::Vetoed:
        return Tr::tr("Vetoed");
    case ResolutionStatus::NotAdopted:
        return Tr::tr("Not adopted");
    }
    return {};
}


namespace reportformat {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportFormat) };
// The report's figures and dates follow the language its text is in: the translation names its locale
// (fr_FR in French), so a French report reads "22 déc. 2017" and "1 234", an English one "22 Dec 2017".
QLocale english()
{
    return QLocale(Tr::tr("en_US", "The locale of the report's dates and numbers: the translation's own, e.g. fr_FR"));
}
} // namespace

QString date(const QDate &d)
{
    return dateIn(english(), d);
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
        return Tr::tr("no figure");
    if (*value == 0)
        return Tr::tr("full ban");
    const bool currencyFirst = unit == QLatin1String("US$") || unit == QLatin1String("USD") || unit == QLatin1String("$");
    QString text = currencyFirst ? QStringLiteral("US$") + number(*value)
                                 : (unit.isEmpty() ? number(*value) : number(*value) + QLatin1Char(' ') + unit);
    if (period.isEmpty())
        return text;
    // The periods the dataset uses are words of its own ("year"), so each reads in the interface's language.
    if (period == QLatin1String("year"))
        return Tr::tr("%1 a year").arg(text);
    if (period == QLatin1String("month"))
        return Tr::tr("%1 a month").arg(text);
    if (period == QLatin1String("quarter"))
        return Tr::tr("%1 a quarter").arg(text);
    if (period.front().isDigit())
        return Tr::tr("%1 per %2").arg(text, period);
    return Tr::tr("%1 (%2)").arg(text, period);
}

QString cap(const std::optional<Cap> &c)
{
    return c ? cap(c->value, c->unit, c->period) : QString();
}

QString votes(const Votes &v)
{
    return voteText(v); // one form on screen and paper
}

QString action(MeasureAction a)
{
    return QCoreApplication::translate("st::ReportFormat", actionWords(a).verb);
}

QString category(const QString &code)
{
    if (code == QLatin1String("trade"))
        return Tr::tr("Trade");
    if (code == QLatin1String("financial"))
        return Tr::tr("Financial");
    if (code == QLatin1String("movement"))
        return Tr::tr("Movement of people");
    if (code == QLatin1String("maritime"))
        return Tr::tr("Maritime and cargo");
    if (code == QLatin1String("monitoring"))
        return Tr::tr("Monitoring");
    if (code == QLatin1String("listing"))
        return Tr::tr("Listing");
    if (code == QLatin1String("other"))
        return Tr::tr("Other");
    return code;
}

QString chapterVii(const std::optional<bool> &c)
{
    if (!c)
        return Tr::tr("n/k");
    return *c ? Tr::tr("Yes") : Tr::tr("No");
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
    return Tr::tr("%1 day(s)", nullptr, n < 0 ? -n : n).arg(english().toString(n));
}

} // namespace reportformat
} // namespace st
