#pragma once

#include "analysis/InForce.h"

namespace st {

// One step of a cap's history: from `from` (until the next step, or `until` when it lapsed) the
// measure of `symbol` applied with this cap. `value` is 0 for a full ban (a tightening without a
// cap) and absent when the measure applied without a numeric cap (2270's coal ban with its
// livelihood exemption, 2375's crude-oil freeze at past levels).
struct CapStep {
    QDate from;
    QDate until; // exclusive; null while it applies
    std::optional<double> value;
    QString unit;
    QString period;
    QString symbol;
    qint64 measureId = 0;
    [[nodiscard]] bool isBan() const { return value && *value == 0; }
    friend bool operator==(const CapStep &, const CapStep &) = default;
};

struct CapHistory {
    // What applied when, in start order, each cut where a later measure took over.
    QList<CapStep> applied;
    // Caps adopted but replaced before they took effect (2375's 2,000,000 barrels a year from 2018,
    // tightened by 2397 before 1 January 2018): part of the lineage analysts cite, never in force.
    // `from` is the start it would have had; `until` is null.
    QList<CapStep> supersededBeforeEffect;
    // Caps proposed in drafts that were vetoed (S/2022/431's 375,000 barrels a year), never in force;
    // `from` is the day of the vote.
    QList<CapStep> vetoedProposals;
};

// A cap as a yearly rate, so that caps set for different periods compare on one scale: 2375's
// "500,000 barrels for three months" is 2,000,000 a year, four times 2397's 500,000. A period of
// months or quarters scales by its length; a period named otherwise ("rest of 2016") by the days the
// step applied. Absent when the step has no figure, or its period cannot be put on a yearly basis.
// A full ban is 0.
std::optional<double> capPerYear(const CapStep &step);

// The history of the cap on `typeCode` for `stateCode` over the adopted measures of that type.
CapHistory capHistory(const QList<MeasureFact> &facts, const QString &typeCode, const QString &stateCode);

} // namespace st
