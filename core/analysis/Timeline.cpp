#include "analysis/Timeline.h"

#include "storage/ActRepository.h"
#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/MeasureFactRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

#include <algorithm>

namespace st {

TimelineCategory TimelineEntry::category() const
{
    if (status == ResolutionStatus::Vetoed)
        return TimelineCategory::VetoedDraft;
    if (status == ResolutionStatus::NotAdopted)
        return TimelineCategory::NotAdoptedDraft;
    switch (kind) {
    case ResolutionKind::Sanctions:
        return TimelineCategory::SanctionsRound;
    case ResolutionKind::PanelRenewal:
        return TimelineCategory::PanelRenewal;
    case ResolutionKind::Other:
        return TimelineCategory::Other;
    }
    return TimelineCategory::Other;
}

QString TimelineEntry::shortLabel() const
{
    // A draft whose symbol is unknown ("S/2025/? (draft of 19 September 2025)") is labelled "S/2025/?";
    // its date is on the axis and in the tooltip.
    return number ? QString::number(*number) : symbol.section(QStringLiteral(" ("), 0, 0);
}

Result<TimelineData> buildTimeline(const Database &db, const QString &stateCode)
{
    auto data = buildTimelineMarkers(db, stateCode);
    if (!data)
        return data.error();
    auto escalation = buildEscalation(db, stateCode);
    if (!escalation)
        return escalation.error();
    data.value().escalation = std::move(escalation).value();
    return data;
}

Result<QList<EscalationStep>> buildEscalation(const Database &db, const QString &stateCode)
{
    auto intervals = loadInForceIntervals(db, stateCode);
    if (!intervals)
        return intervals.error();
    return escalationSteps(intervals.value());
}

Result<QList<InForceInterval>> loadInForceIntervals(const Database &db, const QString &stateCode)
{
    auto facts = MeasureFactRepository(db).timingForState(stateCode);
    if (!facts)
        return facts.error();
    // The facts go when this returns, before anything is counted from the intervals: for all states
    // they are the largest thing held.
    return inForceIntervals(facts.value());
}

Result<TimelineData> buildTimelineMarkers(const Database &db, const QString &stateCode)
{
    // The trigger events come apart, with their dates and states, not as the summaries' words.
    auto summaries = ResolutionRepository(db).summaries(stateCode, ResolutionRepository::TriggerText::Left);
    if (!summaries)
        return summaries.error();
    auto triggers = TriggerEventRepository(db).byResolution();
    if (!triggers)
        return triggers.error();
    auto designations = DesignationRepository(db).tallyByResolution();
    if (!designations)
        return designations.error();
    const ActRepository actRepository(db);
    auto acts = stateCode.isEmpty() ? actRepository.all() : actRepository.forState(stateCode);
    if (!acts)
        return acts.error();

    TimelineData data;
    data.stateCode = stateCode;
    // Moved, not copied, and room made once: "All states" at 100,000 synthetic resolutions spent a
    // fifth of this function growing and copying the list.
    data.resolutions.reserve(summaries.value().size());
    const QList<TriggerEvent> none;
    for (ResolutionSummary &s : summaries.value()) {
        TimelineEntry e{s.id, std::move(s.symbol), s.number, s.date, s.status, s.kind, s.votes, s.measureCount,
                        std::move(s.title), {}, designations.value().value(s.id)};
        const auto events = triggers.value().constFind(s.id);
        for (const TriggerEvent &event : events == triggers.value().cend() ? none : events.value()) {
            if (event.stateCode != stateCode && !stateCode.isEmpty())
                continue;
            TriggerLink link{event, e.id, e.symbol, e.date};
            e.triggers.append(link);
            data.triggers.append(std::move(link));
        }
        data.resolutions.append(std::move(e));
    }
    std::stable_sort(data.triggers.begin(), data.triggers.end(),
                     [](const TriggerLink &a, const TriggerLink &b) { return a.event.date < b.event.date; });
    data.acts = acts.value();
    return data;
}

} // namespace st
