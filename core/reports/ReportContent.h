#pragma once

#include "analysis/CapHistory.h"
#include "analysis/Timeline.h"
#include "domain/MeasureRecord.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace st {

// The parts of a summary report after its title block, in print order.
enum class ReportSection {
    Chart = 0x01,        // the timeline chart
    Rounds = 0x02,       // the table of resolutions and drafts
    InForce = 0x04,      // measures in force at the end date
    CapHistory = 0x08,   // how each cap changed
    Designations = 0x10, // designation counts per regime (only when the database holds designations)
    Sources = 0x20,      // the numbered sources cited
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

inline constexpr ReportSections kAllReportSections = ReportSections(0x3f);

// What a report covers. Generation time and database label are injectable so a golden file of the
// rendered HTML stays stable.
struct ReportOptions {
    QString stateCode;
    QDate from;                 // null: from the first record
    QDate to;                   // null: the generation date
    ReportSections sections = kAllReportSections;
    QDateTime generatedAt;      // null: now (UTC)
    QString databaseLabel;      // null: the database's file path
};

// The data stamp under the title: when, from what, and how much.
struct ReportStamp {
    QDateTime generatedAt;      // UTC
    QString database;
    QString checksum;           // SHA-256 (hex) of the records the report read (ReportChecksum)
    int resolutions = 0;        // in the date range, drafts included
    int sanctionsRounds = 0;
    int vetoedDrafts = 0;
    int notAdoptedDrafts = 0; // failed for lack of nine votes, not vetoed
    int measures = 0;           // adopted or proposed by those resolutions
    int triggerEvents = 0;
    int designations = 0;       // all regimes of the state, as of designationsAsOf
    bool designationsKnown = false; // false until a UN list has been imported: the count means nothing
    // The UN Consolidated List the counts come from: its own dateGenerated and when it was imported
    // here. The counts are as of the earlier of the list's date and the end date: the database knows
    // nothing of listings after the list it last read.
    QDateTime listGenerated;    // UTC; invalid when the list carried no date
    QDateTime listImportedAt;   // UTC
    QDate designationsAsOf;
};

struct ReportTrigger {
    EventKind kind = EventKind::Other;
    QDate date;                 // the date the world cites (TriggerEvent::citedDate)
    QDate newYorkDate;          // null when it is the same
    QString description;
    int lagDays = 0;            // from the event to the resolution, in New York days
};

// One row of the rounds table.
struct ReportRound {
    QString symbol;
    QDate date;
    ResolutionStatus status = ResolutionStatus::Adopted;
    ResolutionKind kind = ResolutionKind::Sanctions;
    Votes votes;
    QStringList vetoedBy;
    std::optional<bool> chapterVii;
    QList<ReportTrigger> triggers;
    QList<MeasureRecord> measures; // as its row names each: "tightens Refined petroleum cap to 500,000 barrels"
    QList<int> sourceRefs;      // numbers into ReportContent::sources
    DesignationTally designations = {}; // the names it put on the UN list (after a list import)
};

// A measure in force at the end date as analysts name it (the arms embargo, the refined-petroleum cap):
// every resolution that shaped it counts once. `since` is when it began to apply without a break; the
// symbol, paragraph, action and date are those of the resolution that changed it last.
struct ReportInForceMeasure {
    QString symbol;             // last changed by
    QString paragraph;
    MeasureAction action = MeasureAction::Introduces;
    QDate lastChangedOn;        // that resolution's adoption date; for a reinstatement, when it took effect
    QDate since;
    QDate until;                // null: open-ended (or, for a mandate, its effective end date)
    std::optional<Cap> cap;
    bool tightenedToBan = false; // tightened past any cap: a full ban
    QList<QStringList> lineages; // one chain of symbols per link chain, oldest first (1695; 1718 -> 2087)
    QList<int> sourceRefs;
    QList<Dispute> disputes;     // whose view contests that it applies, with sources
    QList<int> disputeRefs;      // the source number of each dispute
};

struct ReportInForceType {
    QString typeCode;
    QString typeName;
    QList<ReportInForceMeasure> measures;
};

struct ReportInForceGroup {
    QString category;           // measure-type category code: trade, financial, ...
    QList<ReportInForceType> types;
};

struct ReportCapStep {
    enum class Kind { Applied, SupersededBeforeEffect, VetoedProposal };
    Kind kind = Kind::Applied;
    CapStep step;
    QString paragraph;
    QString supersededBy;       // for SupersededBeforeEffect: the symbol that replaced it
    QList<int> sourceRefs;
};

struct ReportCapHistory {
    QString typeCode;
    QString typeName;
    QList<ReportCapStep> steps; // by start date; superseded and vetoed ones where they would have started
};

struct ReportDesignationCount {
    QString regimeCode;
    QString regimeName;
    int individuals = 0;
    int entities = 0;
    QList<int> sourceRefs;
};

struct ReportSource {
    int number = 0;
    QString url;
};

// A statement, Committee decision or report in the range: listed after the resolutions, never among them.
struct ReportAct {
    Act act;
    QList<int> sourceRefs;
};

// Everything a summary report shows, computed from the database; rendering is a separate step.
struct ReportContent {
    QString stateCode;
    QString stateName;
    QDate from;                 // effective range: the first record's date when not given
    QDate to;
    ReportSections sections;
    ReportStamp stamp;
    TimelineData timeline;      // for the chart, limited to the range
    QList<ReportRound> rounds;
    QList<ReportAct> acts;      // with the Rounds section
    QList<ReportInForceGroup> inForce;
    QList<ReportCapHistory> capHistories;
    QList<ReportDesignationCount> designations; // empty when the database holds no designations
    QList<ReportSource> sources;

    [[nodiscard]] bool has(ReportSection s) const { return sections.testFlag(s); }
    // "Democratic People's Republic of Korea (PRK)"
    [[nodiscard]] QString stateLabel() const;
};

} // namespace st
