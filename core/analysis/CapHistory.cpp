#include "analysis/CapHistory.h"

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
        if (f.adopted && f.action != MeasureAction::Terminates && !applied.contains(f.id))
            history.supersededBeforeEffect.append(stepOf(f, f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate, {}));
    }
    std::sort(steps.begin(), steps.end(), [](const CapStep &a, const CapStep &b) {
        return a.from != b.from ? a.from < b.from : a.measureId < b.measureId;
    });
    // Where two measures of the type overlap, the newer one governs from its start.
    for (int k = 0; k + 1 < steps.size(); ++k) {
        if (steps[k].until.isNull() || steps[k].until > steps[k + 1].from)
            steps[k].until = steps[k + 1].from;
    }
    return history;
}

} // namespace st
