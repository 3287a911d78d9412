#include "analysis/InForce.h"

#include <QMap>

#include <algorithm>

namespace st {

namespace {
QDate startOf(const MeasureFact &f) { return f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate; }
} // namespace

QList<InForceInterval> inForceIntervals(const QList<MeasureFact> &facts)
{
    // The earliest start of an adopted successor, per measure it changes.
    QHash<qint64, QDate> supersededFrom;
    for (const MeasureFact &f : facts) {
        if (!f.adopted || f.changesId == 0)
            continue;
        const QDate start = startOf(f);
        auto it = supersededFrom.find(f.changesId);
        if (it == supersededFrom.end() || start < *it)
            supersededFrom.insert(f.changesId, start);
    }

    QList<InForceInterval> out;
    out.reserve(facts.size());
    for (const MeasureFact &f : facts) {
        if (!f.adopted || f.action == MeasureAction::Terminates)
            continue;
        InForceInterval interval{f.id, f.typeCode, startOf(f), f.effectiveTo.isValid() ? f.effectiveTo.addDays(1) : QDate()};
        if (const auto it = supersededFrom.constFind(f.id); it != supersededFrom.constEnd()) {
            if (interval.until.isNull() || *it < interval.until)
                interval.until = *it;
        }
        if (interval.until.isValid() && interval.until <= interval.from)
            continue;
        out.append(interval);
    }
    return out;
}

QList<qint64> measuresInForceOn(const QList<InForceInterval> &intervals, const QDate &day)
{
    QList<qint64> ids;
    for (const InForceInterval &i : intervals) {
        if (i.covers(day))
            ids << i.measureId;
    }
    return ids;
}

QList<EscalationStep> escalationSteps(const QList<InForceInterval> &intervals)
{
    // Sweep the start and end dates in order, counting how many intervals of each type are open.
    QMap<QDate, QList<std::pair<QString, int>>> changes;
    for (const InForceInterval &i : intervals) {
        changes[i.from].append({i.typeCode, +1});
        if (i.until.isValid())
            changes[i.until].append({i.typeCode, -1});
    }
    QHash<QString, int> open;
    int distinct = 0;
    QList<EscalationStep> steps;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        for (const auto &[type, delta] : it.value()) {
            int &n = open[type];
            const bool wasOpen = n > 0;
            n += delta;
            distinct += (n > 0) - wasOpen;
        }
        if (steps.isEmpty() || steps.last().measureTypes != distinct)
            steps.append({it.key(), distinct});
    }
    return steps;
}

} // namespace st
