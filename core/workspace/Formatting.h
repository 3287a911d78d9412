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
// "9 Oct 2006 (8 Oct 2006 in New York)": the date the world cites first, the New York date where it differs.
QString eventDayText(const TriggerEvent &event);
// "nuclear_test 2006-10-09 2006-10-08; ..." (ResolutionSummary::triggers: kind, cited date, New York
// date) as "Nuclear test 2006-10-09 (New York 2006-10-08); ..."
QString triggersText(const QString &stored);
QString statusName(ResolutionStatus status);          // "Adopted" / "Vetoed" / "Not adopted"
QString voteText(const Votes &votes);                 // "15–0–0" (for–against–abstaining)
QString chapterViiText(const std::optional<bool> &chapterVii); // "Yes" / "No" / "not known"
// "28 designations (16 individuals, 12 entities)", "…; 2 since delisted"; empty when there are none.
QString designationTallyText(const DesignationTally &tally);

} // namespace st
