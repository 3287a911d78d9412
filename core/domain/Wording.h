#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace st {

// How the app words measures, caps, votes, lags and dates: the one place for it, so the browser, the
// detail pane, the chart tooltips and the report say the same thing the same way. Two registers:
// the screen's (below: the system locale, capitalised labels for tables and panes) and the printed
// report's (reportformat: the locale the translation names, lower-case words inside its sentences).
// What both say, such as a vote, is written once.

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


namespace reportformat {

// How a report writes its values. Fixed English forms (not the system locale), so the same data
// prints the same everywhere and golden files stay stable.

QString date(const QDate &d);                 // "22 Dec 2017"
QString number(double value);                 // "500,000"
// "500,000 barrels a year", "US$400,870,018 a year", "full ban" (0), "no figure" (absent).
QString cap(const std::optional<double> &value, const QString &unit, const QString &period);
QString cap(const std::optional<Cap> &c);
QString votes(const Votes &v);                // "15–0–0"
QString action(MeasureAction a);              // "tightens"
QString category(const QString &code);        // "Trade"
QString chapterVii(const std::optional<bool> &c); // "Yes", "No", "n/k"
QString shortSymbol(const QString &symbol);   // "2397" for "S/RES/2397 (2017)", drafts unchanged
QString references(const QList<int> &refs);   // "[1–4, 7]"; empty for none
QString days(int n);                          // "1 day", "57 days"

} // namespace reportformat
} // namespace st
