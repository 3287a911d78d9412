#include "analysis/CapHistory.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace st {

namespace {

CapStep stepOf(const MeasureFact &f, const QDate &from, const QDate &until)
{
    CapStep step{from, until, std::nullopt, {}, {}, f.symbol, f.id};
    if (f.cap) {
        step.value = f.cap->value;
        step.unit = f.cap->unit;
        step.period = f.cap->period;
    } else if (f.action == MeasureAction::Tightens) {
        step.value = 0.0; // tightened past any cap: a full ban
    }
    return step;
}

} // namespace

std::optional<double> capPerYear(const CapStep &step)
{
    if (!step.value)
        return std::nullopt;
    if (step.isBan())
        return 0.0;
    const QString period = step.period.trimmed().toLower();
    if (period == QLatin1String("year") || period == QLatin1String("1 year") || period == QLatin1String("12 months"))
        return *step.value;
    if (period == QLatin1String("month"))
        return *step.value * 12;
    if (period == QLatin1String("quarter"))
        return *step.value * 4;
    static const QRegularExpression counted(QStringLiteral("^(\\d+)\\s+(month|months|year|years)$"));
    if (const auto m = counted.match(period); m.hasMatch()) {
        const double n = m.captured(1).toDouble();
        if (n <= 0)
            return std::nullopt;
        return m.captured(2).startsWith(QLatin1String("month")) ? *step.value * 12 / n : *step.value / n;
    }
    // "rest of 2016": the figure covers the days the step applied.
    if (step.from.isValid() && step.until.isValid() && step.from < step.until)
        return *step.value * 365.0 / double(step.from.daysTo(step.until));
    return std::nullopt;
}

CapHistory capHistory(const QList<MeasureFact> &facts, const QString &typeCode, const QString &stateCode)
{
    QList<MeasureFact> relevant;
    for (const MeasureFact &f : facts) {
        if (f.typeCode == typeCode && f.stateCode == stateCode)
            relevant.append(f);
    }
    QHash<qint64, const MeasureFact *> byId;
    for (const MeasureFact &f : relevant)
        byId.insert(f.id, &f);

    CapHistory history;
    QList<CapStep> &steps = history.applied;
    QSet<qint64> applied;
    for (const InForceInterval &i : inForceIntervals(relevant)) {
        if (const MeasureFact *f = byId.value(i.measureId)) {
            steps.append(stepOf(*f, i.from, i.until));
            applied.insert(i.measureId);
        }
    }
    for (const MeasureFact &f : relevant) {
        if (f.action == MeasureAction::Terminates)
            continue;
        if (!f.adopted)
            history.vetoedProposals.append(stepOf(f, f.resolutionDate, {}));
        else if (!applied.contains(f.id))
            history.supersededBeforeEffect.append(stepOf(f, f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate, {}));
    }
    // inForceIntervals() already gave a capped type one figure at a time: no overlap is left to settle.
    std::sort(steps.begin(), steps.end(), [](const CapStep &a, const CapStep &b) {
        return a.from != b.from ? a.from < b.from : a.measureId < b.measureId;
    });
    return history;
}

} // namespace st
