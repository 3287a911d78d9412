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
    return Tr::tr("%Ln day(s)", nullptr, days);
}

QString voteText(const Votes &v)
{
    return QStringLiteral("%1–%2–%3").arg(v.inFavour).arg(v.against).arg(v.abstaining);
}

QString chapterViiText(const std::optional<bool> &chapterVii)
{
    if (!chapterVii)
        return Tr::tr("Unknown");
    return *chapterVii ? Tr::tr("Yes") : Tr::tr("No");
}

QString designationTallyText(const DesignationTally &tally)
{
    if (tally.total() == 0)
        return {};
    const QString individuals = Tr::tr("%Ln individual(s)", nullptr, tally.individuals);
    const QString entities = Tr::tr("%Ln entity(ies)", nullptr, tally.entities);
    QString text = Tr::tr("%Ln designation(s) (%1, %2)", nullptr, tally.total()).arg(individuals, entities);
    if (tally.delisted > 0)
        text += Tr::tr("; %Ln since delisted", nullptr, tally.delisted);
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
        const QString iso = item.section(QLatin1Char(' '), 1);
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        const QString date = day.isValid() ? dayText(day) : iso;
        const auto kind = fromCode<EventKind>(code);
        parts << (kind ? displayName(*kind) : code) + QLatin1Char(' ') + date;
    }
    return parts.join(QStringLiteral("; "));
}

QString statusName(ResolutionStatus status)
{
    return status == ResolutionStatus::Adopted ? Tr::tr("Adopted") : Tr::tr("Vetoed");
}

} // namespace st
