#pragma once

#include "domain/MeasureFact.h"

#include <QHash>
#include <QList>

namespace st {

// When a measure applied: from its start (effective-from, else its resolution's adoption) until the
// earliest of the day after its effective-to and the start of a later adopted measure that changes
// it (lineage: 2397's refined-petroleum cap replaces 2375's from 1 January 2018). `until` is
// exclusive; null means it still applies. Measures of vetoed drafts and "terminates" measures never
// apply; a measure superseded before it starts never applies either and has no interval.
//
// A capped type (refined petroleum, crude oil, coal) has one figure at a time for a state: where two
// of its measures overlap, the one starting later governs from its start (on the same day, the one
// adopted later), whatever their links say. This is the one place that decides what is in force;
// the workspace's "in force on", the cap chart and every report section read it.
struct InForceInterval {
    qint64 measureId = 0;
    QString typeCode;
    QDate from;
    QDate until;
    [[nodiscard]] bool covers(const QDate &day) const { return from <= day && (until.isNull() || day < until); }
    friend bool operator==(const InForceInterval &, const InForceInterval &) = default;
};

QList<InForceInterval> inForceIntervals(const QList<MeasureFact> &facts);

// The ids of the measures that applied on `day`.
QList<qint64> measuresInForceOn(const QList<InForceInterval> &intervals, const QDate &day);

// One measure as analysts name it ("the arms embargo on the DPRK") on a given day: every measure of
// one type for one state in force that day, however many resolutions and link chains it took.
// `since` is when the type began to apply without a break up to that day (14 October 2006 for the
// arms embargo, however often it was expanded since); `current` are the measures in force that day,
// the one whose resolution was adopted last (the "last changed by") at the end.
struct InForceChain {
    QString typeCode;
    QString stateCode;
    QDate since;
    QList<qint64> current;
    // A measure in force that day is disputed by members (the 2025 snapback): in force in the UN's
    // practice, shown as contested rather than settled either way.
    bool contested = false;
    friend bool operator==(const InForceChain &, const InForceChain &) = default;
};

// The chains in force on `day`, by type code then state; `intervals` are inForceIntervals(facts).
QList<InForceChain> inForceChains(const QList<MeasureFact> &facts, const QList<InForceInterval> &intervals,
                                  const QDate &day);

// One step of the escalation line: from `date` on, `measureTypes` distinct measure types applied.
struct EscalationStep {
    QDate date;
    int measureTypes = 0;
    friend bool operator==(const EscalationStep &, const EscalationStep &) = default;
};

// The number of distinct measure types in force over time, as a step series with a point only where
// the number changes.
QList<EscalationStep> escalationSteps(const QList<InForceInterval> &intervals);

} // namespace st
