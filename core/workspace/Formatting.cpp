#include "workspace/Formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::Formatting) };
} // namespace

QString actionName(MeasureAction action)
{
    switch (action) {
    case MeasureAction::Introduces:
        return Tr::tr("Introduces");
    case MeasureAction::Expands:
        return Tr::tr("Expands");
    case MeasureAction::Tightens:
        return Tr::tr("Tightens");
    case MeasureAction::Relaxes:
        return Tr::tr("Relaxes");
    case MeasureAction::Renews:
        return Tr::tr("Renews");
    case MeasureAction::Terminates:
        return Tr::tr("Terminates");
    case MeasureAction::Reinstates:
        return Tr::tr("Reinstates");
    }
    return {};
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
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
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

} // namespace st
