#include "reports/ReportMeasures.h"

#include "analysis/CapHistory.h"
#include "analysis/InForce.h"
#include "domain/Vocabulary.h"
#include "reports/ReportSources.h"

#include <QSet>

#include <algorithm>

namespace st {

namespace {

QHash<qint64, const MeasureFact *> factsById(const QList<MeasureFact> &facts)
{
    QHash<qint64, const MeasureFact *> byId;
    for (const MeasureFact &f : facts)
        byId.insert(f.id, &f);
    return byId;
}

// The symbols a measure grew from, oldest first, ending with its own (2321's two coal measures
// count once).
QStringList lineageOf(const MeasureFact &fact, const QHash<qint64, const MeasureFact *> &byId)
{
    QStringList chain;
    QSet<qint64> seen; // a damaged chain must not loop
    for (const MeasureFact *f = &fact; f && !seen.contains(f->id); f = byId.value(f->changesId)) {
        seen.insert(f->id);
        if (chain.isEmpty() || chain.first() != f->symbol)
            chain.prepend(f->symbol);
    }
    return chain;
}

bool lessByName(const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; }

} // namespace

QList<ReportInForceGroup> inForceGroups(const QList<MeasureFact> &facts, const QDate &day,
                                        const MeasureLookup &lookup, SourceRegister &sources)
{
    const auto byId = factsById(facts);
    const QList<InForceInterval> intervals = inForceIntervals(facts);
    QHash<qint64, const InForceInterval *> intervalOf;
    for (const InForceInterval &i : intervals)
        intervalOf.insert(i.measureId, &i);
    QHash<QString, QHash<QString, ReportInForceType>> byCategory; // category -> type code -> type
    for (const InForceChain &chain : inForceChains(facts, intervals, day)) {
        const MeasureFact &last = *byId.value(chain.current.last());
        const Measure *m = lookup.measures.value(last.id);
        const MeasureType type = lookup.types.value(chain.typeCode);
        const InForceInterval *lastInterval = intervalOf.value(last.id);
        ReportInForceMeasure row;
        row.symbol = last.symbol;
        row.paragraph = m ? m->paragraph : QString();
        row.action = last.action;
        // A reinstatement happened by a mechanism years after its resolution (2231's snapback,
        // 27 September 2025): date it by when it took effect, not by the 2015 vote.
        row.lastChangedOn = last.action == MeasureAction::Reinstates && last.effectiveFrom.isValid() ? last.effectiveFrom
                                                                                                    : last.resolutionDate;
        row.since = chain.since;
        row.until = lastInterval && lastInterval->until.isValid() ? lastInterval->until.addDays(-1) : QDate();
        row.cap = last.cap;
        row.tightenedToBan = type.hasCap && !last.cap && last.action == MeasureAction::Tightens;
        QList<int> refs;
        for (qint64 id : chain.current) {
            const MeasureFact &f = *byId.value(id);
            const QStringList lineage = lineageOf(f, byId);
            // 2321's two coal measures share one chain: list it once.
            if (!row.lineages.contains(lineage))
                row.lineages.append(lineage);
            if (const Measure *current = lookup.measures.value(id)) {
                refs << sources.cite(current->source);
                for (const Dispute &d : current->disputes) {
                    row.disputes.append(d);
                    row.disputeRefs.append(sources.cite(d.source));
                }
            }
        }
        row.sourceRefs = SourceRegister::normalised(refs);
        ReportInForceType &t = byCategory[type.category][chain.typeCode];
        t.typeCode = chain.typeCode;
        t.typeName = type.name.isEmpty() ? chain.typeCode : type.name;
        t.measures.append(row);
    }

    QList<ReportInForceGroup> groups;
    QStringList categories = measureCategories();
    for (const QString &category : byCategory.keys()) {
        if (!categories.contains(category))
            categories.append(category); // a category added after this code was written still shows
    }
    for (const QString &category : categories) {
        if (!byCategory.contains(category))
            continue;
        ReportInForceGroup g{category, byCategory.value(category).values()};
        std::sort(g.types.begin(), g.types.end(),
                  [](const ReportInForceType &a, const ReportInForceType &b) { return lessByName(a.typeName, b.typeName); });
        for (ReportInForceType &t : g.types) {
            std::sort(t.measures.begin(), t.measures.end(),
                      [](const ReportInForceMeasure &a, const ReportInForceMeasure &b) { return a.since < b.since; });
        }
        groups.append(g);
    }
    return groups;
}

QList<ReportCapHistory> capHistories(const QList<MeasureFact> &facts, const QString &stateCode,
                                     const MeasureLookup &lookup, SourceRegister &sources)
{
    const auto byId = factsById(facts);
    QSet<QString> capTypes;
    for (const MeasureType &t : lookup.types) {
        if (t.hasCap)
            capTypes.insert(t.code);
    }
    for (const MeasureFact &f : facts) {
        if (f.cap)
            capTypes.insert(f.typeCode);
    }
    // The resolution that first replaced each measure, for "superseded by".
    QHash<qint64, const MeasureFact *> successor;
    for (const MeasureFact &f : facts) {
        if (f.adopted && f.changesId != 0 && !successor.contains(f.changesId))
            successor.insert(f.changesId, &f);
    }

    QList<ReportCapHistory> out;
    for (const QString &code : capTypes) {
        const CapHistory h = capHistory(facts, code, stateCode);
        ReportCapHistory history{code, lookup.types.value(code).name, {}};
        if (history.typeName.isEmpty())
            history.typeName = code;
        auto add = [&](ReportCapStep::Kind kind, const CapStep &step) {
            const Measure *m = lookup.measures.value(step.measureId);
            ReportCapStep s{kind, step, m ? m->paragraph : QString(), {}, {}};
            if (kind == ReportCapStep::Kind::SupersededBeforeEffect) {
                if (const MeasureFact *next = successor.value(step.measureId))
                    s.supersededBy = next->symbol;
            }
            if (m)
                s.sourceRefs = SourceRegister::normalised({sources.cite(m->source)});
            history.steps.append(s);
        };
        for (const CapStep &s : h.applied)
            add(ReportCapStep::Kind::Applied, s);
        for (const CapStep &s : h.supersededBeforeEffect)
            add(ReportCapStep::Kind::SupersededBeforeEffect, s);
        for (const CapStep &s : h.vetoedProposals)
            add(ReportCapStep::Kind::VetoedProposal, s);
        if (history.steps.isEmpty())
            continue;
        // By start; where two start together, the one adopted first (2375's yearly cap before the
        // 2397 cap that replaced it on the same day).
        auto adoptedOn = [&](const ReportCapStep &s) {
            const MeasureFact *f = byId.value(s.step.measureId);
            return f ? f->resolutionDate : s.step.from;
        };
        std::stable_sort(history.steps.begin(), history.steps.end(), [&](const ReportCapStep &a, const ReportCapStep &b) {
            if (a.step.from != b.step.from)
                return a.step.from < b.step.from;
            return adoptedOn(a) < adoptedOn(b);
        });
        out.append(history);
    }
    std::sort(out.begin(), out.end(),
              [](const ReportCapHistory &a, const ReportCapHistory &b) { return lessByName(a.typeName, b.typeName); });
    return out;
}

} // namespace st
