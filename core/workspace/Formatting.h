#pragma once

#include "domain/Entities.h"

#include <QString>

namespace st {

// How the workspace writes domain values for readers: one place, so the table, the detail pane, the
// chart tooltips and the reports say the same thing the same way.
QString actionName(MeasureAction action);            // "Tightens"
QString capText(const Cap &cap);                      // "500,000 barrels a year"
QString capValueText(double value);                   // "500,000"
QString lagText(int days);                            // "9 days"
QString dayText(const QDate &date);                   // "22 Dec 2017"
// "nuclear_test 2017-09-02; missile_launch ..." (ResolutionSummary::triggers) as "Nuclear test 2017-09-02; ..."
QString triggersText(const QString &stored);
QString statusName(ResolutionStatus status);          // "Adopted" / "Vetoed"
QString voteText(const Votes &votes);                 // "15–0–0" (for–against–abstaining)
QString chapterViiText(const std::optional<bool> &chapterVii); // "Yes" / "No" / "not known"
// "28 designations (16 individuals, 12 entities)", "…; 2 since delisted"; empty when there are none.
QString designationTallyText(const DesignationTally &tally);

} // namespace st
