#pragma once

#include "analysis/InForce.h"
#include "common/Result.h"

#include <QList>

namespace st {

class Database;

// A trigger event and the resolution it led to, with the lag analysts track.
struct TriggerLink {
    TriggerEvent event;
    qint64 resolutionId = 0;
    QString symbol;
    QDate resolutionDate;
    [[nodiscard]] int lagDays() const { return int(event.date.daysTo(resolutionDate)); }
};

// How the timeline draws a resolution.
enum class TimelineCategory { SanctionsRound, PanelRenewal, VetoedDraft, NotAdoptedDraft, Other };

struct TimelineEntry {
    qint64 id = 0;
    QString symbol;
    std::optional<int> number;
    QDate date;
    ResolutionStatus status = ResolutionStatus::Adopted;
    ResolutionKind kind = ResolutionKind::Sanctions;
    Votes votes;
    int measureCount = 0;
    QString title;
    QList<TriggerLink> triggers;
    DesignationTally designations; // names this resolution put on the UN list (after a list import)
    [[nodiscard]] TimelineCategory category() const;
    // "2397", or the draft's symbol "S/2022/431" when it has no number.
    [[nodiscard]] QString shortLabel() const;
};

// Everything the timeline chart and the report's chart draw for one state, computed from the same
// data the tables show.
struct TimelineData {
    QString stateCode;
    QList<TimelineEntry> resolutions;      // by date
    QList<EscalationStep> escalation;      // distinct measure types in force over time
    QList<TriggerLink> triggers;           // by event date
    // Statements, Committee decisions and reports about the state's regimes, by date: drawn in a lane of
    // their own, never counted as resolutions and never part of the escalation line.
    QList<Act> acts;
};

Result<TimelineData> buildTimeline(const Database &db, const QString &stateCode);
// The two parts of buildTimeline, for a caller that keeps or computes the escalation apart: the
// markers and trigger links (escalation left empty), and the escalation, which reads every measure of
// the state ("" for all states: 196,166 measures at 20,000 synthetic resolutions, about a second).
Result<TimelineData> buildTimelineMarkers(const Database &db, const QString &stateCode);
Result<QList<EscalationStep>> buildEscalation(const Database &db, const QString &stateCode);
// The in-force intervals of every measure of the state ("" for all states), read from their timing
// facts: what the escalation line is counted from and what "in force on" filters by.
Result<QList<InForceInterval>> loadInForceIntervals(const Database &db, const QString &stateCode);

} // namespace st
