#pragma once

#include "analysis/MeasureFact.h"

#include <QHash>
#include <QList>

namespace st {

// When a measure applied: from its start (effective-from, else its resolution's adoption) until the
// earliest of the day after its effective-to and the start of a later adopted measure that changes
// it (lineage: 2397's refined-petroleum cap replaces 2375's from 1 January 2018). `until` is
// exclusive; null means it still applies. Measures of vetoed drafts and "terminates" measures never
// apply; a measure superseded before it starts never applies either and has no interval.
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
