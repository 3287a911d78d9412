#include "analysis/InForce.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <vector>

namespace st {

namespace {

QDate startOf(const MeasureFact &f) { return f.effectiveFrom.isValid() ? f.effectiveFrom : f.resolutionDate; }

using TypeAndState = std::pair<QString, QString>;

// A capped type has one figure at a time: cut each interval where the next one of its type starts.
// `factOf[k]` is the fact of intervals[k]. Grouped by sorting rather than hashing every interval's type
// and state: at a million intervals the hashes were most of the time "in force on" first took.
void oneCapAtATime(QList<InForceInterval> &intervals, const std::vector<const MeasureFact *> &factOf,
                   const QList<MeasureFact> &facts)
{
    // Capped: the type says so, or one of its measures for the state carries a figure (2321's coal).
    QSet<QString> cappedSomewhere;
    QSet<TypeAndState> cappedTypes;
    for (const MeasureFact &f : facts) {
        if (f.typeHasCap || f.cap) {
            cappedSomewhere.insert(f.typeCode);
            cappedTypes.insert({f.typeCode, f.stateCode});
        }
    }
    if (cappedTypes.isEmpty())
        return;
    std::vector<qsizetype> capped; // indices into intervals
    for (qsizetype k = 0; k < intervals.size(); ++k) {
        const MeasureFact *f = factOf[std::size_t(k)];
        if (cappedSomewhere.contains(f->typeCode) && cappedTypes.contains({f->typeCode, f->stateCode}))
            capped.push_back(k);
    }
    // By type and state, then in the order the figures followed each other.
    const auto before = [&](qsizetype a, qsizetype b) {
        const MeasureFact *fa = factOf[std::size_t(a)];
        const MeasureFact *fb = factOf[std::size_t(b)];
        if (fa->typeCode != fb->typeCode)
            return fa->typeCode < fb->typeCode;
        if (fa->stateCode != fb->stateCode)
            return fa->stateCode < fb->stateCode;
        if (intervals[a].from != intervals[b].from)
            return intervals[a].from < intervals[b].from;
        return fa->resolutionDate != fb->resolutionDate ? fa->resolutionDate < fb->resolutionDate : fa->id < fb->id;
    };
    std::sort(capped.begin(), capped.end(), before);
    for (std::size_t k = 0; k + 1 < capped.size(); ++k) {
        const MeasureFact *f = factOf[std::size_t(capped[k])];
        const MeasureFact *next = factOf[std::size_t(capped[k + 1])];
        if (f->typeCode != next->typeCode || f->stateCode != next->stateCode)
            continue; // the last figure of its type and state
        InForceInterval &i = intervals[capped[k]];
        const QDate nextFrom = intervals[capped[k + 1]].from;
        if (i.until.isNull() || i.until > nextFrom)
            i.until = nextFrom;
    }
    intervals.removeIf([](const InForceInterval &i) { return i.until.isValid() && i.until <= i.from; });
}

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
    std::vector<const MeasureFact *> factOf;
    factOf.reserve(std::size_t(facts.size()));
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
        factOf.push_back(&f);
    }
    oneCapAtATime(out, factOf, facts);
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

QList<InForceChain> inForceChains(const QList<MeasureFact> &facts, const QList<InForceInterval> &intervals,
                                  const QDate &day)
{
    QHash<qint64, const MeasureFact *> byId;
    for (const MeasureFact &f : facts)
        byId.insert(f.id, &f);
    QMap<TypeAndState, QList<const InForceInterval *>> ofType;
    for (const InForceInterval &i : intervals) {
        if (const MeasureFact *f = byId.value(i.measureId))
            ofType[{f->typeCode, f->stateCode}].append(&i);
    }
    QList<InForceChain> chains;
    for (auto it = ofType.constBegin(); it != ofType.constEnd(); ++it) {
        QList<const MeasureFact *> current;
        QDate since;
        for (const InForceInterval *i : it.value()) {
            if (i->covers(day)) {
                current.append(byId.value(i->measureId));
                since = since.isValid() ? std::min(since, i->from) : i->from;
            }
        }
        if (current.isEmpty())
            continue;
        // Walk back through the type's earlier intervals while they reach the start found so far:
        // a break (a lapsed mandate renewed later) ends the chain.
        for (bool extended = true; extended;) {
            extended = false;
            for (const InForceInterval *i : it.value()) {
                if (i->from < since && (i->until.isNull() || i->until >= since)) {
                    since = i->from;
                    extended = true;
                }
            }
        }
        std::sort(current.begin(), current.end(), [](const MeasureFact *a, const MeasureFact *b) {
            return a->resolutionDate != b->resolutionDate ? a->resolutionDate < b->resolutionDate : a->id < b->id;
        });
        InForceChain chain{it.key().first, it.key().second, since, {}};
        for (const MeasureFact *f : current) {
            chain.current << f->id;
            chain.contested = chain.contested || f->contested;
        }
        chains.append(chain);
    }
    return chains;
}

QList<EscalationStep> escalationSteps(const QList<InForceInterval> &intervals)
{
    // Sweep the start and end dates in order, counting how many intervals of each type are open. One
    // flat list of changes, each type a small number: at a million intervals a map of dates to lists
    // of type names held three times the memory.
    struct Change {
        qint64 day;
        int type;
        int delta;
    };
    QHash<QString, int> typeNumbers;
    std::vector<Change> changes;
    changes.reserve(std::size_t(intervals.size()) * 2);
    for (const InForceInterval &i : intervals) {
        auto known = typeNumbers.constFind(i.typeCode);
        if (known == typeNumbers.constEnd())
            known = typeNumbers.insert(i.typeCode, int(typeNumbers.size()));
        const int type = known.value();
        changes.push_back({i.from.toJulianDay(), type, +1});
        if (i.until.isValid())
            changes.push_back({i.until.toJulianDay(), type, -1});
    }
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.day < b.day; });
    std::vector<int> open(std::size_t(typeNumbers.size()), 0);
    int distinct = 0;
    QList<EscalationStep> steps;
    for (std::size_t at = 0; at < changes.size();) {
        const qint64 day = changes[at].day;
        // Every change of one day before the count is read: a type that ends and starts again that day
        // stays in force.
        for (; at < changes.size() && changes[at].day == day; ++at) {
            int &n = open[std::size_t(changes[at].type)];
            const bool wasOpen = n > 0;
            n += changes[at].delta;
            distinct += (n > 0) - wasOpen;
        }
        if (steps.isEmpty() || steps.last().measureTypes != distinct)
            steps.append({QDate::fromJulianDay(day), distinct});
    }
    return steps;
}

} // namespace st
