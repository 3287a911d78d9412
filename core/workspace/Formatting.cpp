#include "workspace/Formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace st {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("st::Formatting", text); }
} // namespace

QString actionName(MeasureAction action)
{
    switch (action) {
    case MeasureAction::Introduces:
        return tr("Introduces");
    case MeasureAction::Expands:
        return tr("Expands");
    case MeasureAction::Tightens:
        return tr("Tightens");
    case MeasureAction::Relaxes:
        return tr("Relaxes");
    case MeasureAction::Renews:
        return tr("Renews");
    case MeasureAction::Terminates:
        return tr("Terminates");
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
        text += tr(" a year");
    else if (!cap.period.isEmpty())
        text += QStringLiteral(" / ") + cap.period;
    return text;
}

QString lagText(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString voteText(const Votes &v)
{
    return QStringLiteral("%1–%2–%3").arg(v.inFavour).arg(v.against).arg(v.abstaining);
}

QString chapterViiText(const std::optional<bool> &chapterVii)
{
    if (!chapterVii)
        return tr("not known"); // the report's word too: one wording for an unstated fact
    return *chapterVii ? tr("Yes") : tr("No");
}

QString designationTallyText(const DesignationTally &tally)
{
    if (tally.total() == 0)
        return {};
    const QString individuals = tally.individuals == 1 ? tr("1 individual") : tr("%1 individuals").arg(tally.individuals);
    const QString entities = tally.entities == 1 ? tr("1 entity") : tr("%1 entities").arg(tally.entities);
    QString text = (tally.total() == 1 ? tr("1 designation (%1, %2)") : tr("%3 designations (%1, %2)"))
                       .arg(individuals, entities, QString::number(tally.total()));
    if (tally.delisted > 0)
        text += tr("; %1 since delisted").arg(tally.delisted);
    return text;
}

QString dayText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString triggersText(const QString &stored)
{
    QStringList parts;
    for (const QString &item : stored.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString code = item.section(QLatin1Char(' '), 0, 0);
        const QString date = item.section(QLatin1Char(' '), 1);
        const auto kind = fromCode<EventKind>(code);
        parts << (kind ? displayName(*kind) : code) + QLatin1Char(' ') + date;
    }
    return parts.join(QStringLiteral("; "));
}

QString statusName(ResolutionStatus status)
{
    return status == ResolutionStatus::Adopted ? tr("Adopted") : tr("Vetoed");
}

} // namespace st
