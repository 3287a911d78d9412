#include "reports/ReportBuilder.h"

#include "analysis/InForce.h"
#include "analysis/Timeline.h"
#include "reports/ReportChecksum.h"
#include "reports/ReportMeasures.h"
#include "reports/ReportSources.h"
#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/SnapshotRead.h"
#include "storage/UnListStore.h"

#include <QCoreApplication>
#include <QSet>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportBuilder) };

// The states the database holds, for the message that refuses an unknown one.
QString stateList(const QList<SanctionedState> &states)
{
    QStringList codes;
    for (const SanctionedState &s : states)
        codes << s.code;
    return codes.isEmpty() ? Tr::tr("none") : codes.join(QStringLiteral(", "));
}

// The timeline limited to the report's range; the escalation line starts at `from` with the number
// of measure types in force then, so the chart does not begin at zero halfway through a regime.
TimelineData timelineInRange(const TimelineData &all, const QDate &from, const QDate &to)
{
    TimelineData t;
    t.stateCode = all.stateCode;
    for (const TimelineEntry &e : all.resolutions) {
        if (e.date >= from && e.date <= to)
            t.resolutions.append(e);
    }
    for (const TriggerLink &l : all.triggers) {
        if (l.resolutionDate >= from && l.resolutionDate <= to)
            t.triggers.append(l);
    }
    std::optional<EscalationStep> before;
    for (const EscalationStep &s : all.escalation) {
        if (s.date < from)
            before = s;
        else if (s.date <= to)
            t.escalation.append(s);
    }
    if (before && (t.escalation.isEmpty() || t.escalation.first().date > from))
        t.escalation.prepend({from, before->measureTypes});
    for (const Act &a : all.acts) {
        if (a.date >= from && a.date <= to)
            t.acts.append(a);
    }
    return t;
}

} // namespace

QString ReportContent::stateLabel() const
{
    return stateName.isEmpty() ? stateCode : QStringLiteral("%1 (%2)").arg(stateName, stateCode);
}

Result<QList<SanctionedState>> reportStates(const Database &db)
{
    return StateRepository(db).all();
}

Result<ReportContent> buildReport(const Database &db, const ReportOptions &options)
{
    // Everything below is read from one snapshot: the resolutions, their measures and the counts come from
    // a dozen statements, and a change another program or team member commits in between must not give a
    // report whose sections, or whose data checksum, describe two states of the data. If it cannot begin,
    // the caller has a transaction open (whose snapshot the reads share) or the first read says what is wrong.
    const SnapshotRead snapshot(db);
    const Database &c = db;
    auto states = StateRepository(c).all();
    if (!states)
        return states.error();
    ReportContent report;
    ReportChecksum checksum;
    report.stateCode = options.stateCode;
    for (const SanctionedState &s : states.value()) {
        if (s.code == options.stateCode) {
            report.stateName = s.name;
            checksum.add(s);
        }
    }
    if (report.stateName.isEmpty()) {
        return Error{Error::Code::NotFound,
                     Tr::tr("Unknown state \"%1\": the database holds %2.").arg(options.stateCode, stateList(states.value()))};
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        return Error{Error::Code::InvalidInput,
                     Tr::tr("The report would start on %1, after its end on %2.")
                         .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate))};
    }

    report.sections = options.sections;
    report.stamp.generatedAt = options.generatedAt.isValid() ? options.generatedAt.toUTC()
                                                             : QDateTime::currentDateTimeUtc();
    report.stamp.database = options.databaseLabel.isEmpty() ? db.path() : options.databaseLabel;
    report.to = options.to.isValid() ? options.to : report.stamp.generatedAt.date();

    auto resolutions = ResolutionRepository(c).forState(report.stateCode);
    if (!resolutions)
        return resolutions.error();
    auto timeline = buildTimelineMarkers(db, report.stateCode);
    if (!timeline)
        return timeline.error();
    auto measures = MeasureRepository(c).forState(report.stateCode);
    if (!measures)
        return measures.error();
    // The state's measures are read once: their facts give the chart's escalation line, lineage, caps
    // and what is in force (three reads of the busiest synthetic state's 25,000 measures took 0.9 s).
    const QList<MeasureFact> facts = factsInTimeOrder(measures.value());
    timeline.value().escalation = escalationSteps(inForceIntervals(facts));
    auto types = MeasureTypeRepository(c).all();
    if (!types)
        return types.error();
    auto regimes = RegimeRepository(c).all();
    if (!regimes)
        return regimes.error();

    const QList<Resolution> &ofState = resolutions.value();
    for (const MeasureType &t : types.value())
        checksum.add(t);
    for (const Regime &g : regimes.value()) {
        if (g.stateCode == report.stateCode)
            checksum.add(g);
    }
    for (const Resolution &r : ofState)
        checksum.add(r);
    for (const MeasureRecord &m : measures.value())
        checksum.add(m);
    for (const TimelineEntry &e : timeline.value().resolutions) {
        for (const TriggerLink &l : e.triggers)
            checksum.add(l.event, e.symbol);
    }
    report.from = options.from.isValid() ? options.from
                                         : (ofState.isEmpty() ? report.to : qMin(ofState.first().date, report.to));
    report.timeline = timelineInRange(timeline.value(), report.from, report.to);

    QHash<QString, MeasureType> typeByCode;
    for (const MeasureType &t : types.value())
        typeByCode.insert(t.code, t);
    QHash<QString, QList<const MeasureRecord *>> measuresBySymbol;
    QHash<qint64, const Measure *> measureById;
    for (const MeasureRecord &m : measures.value()) {
        measuresBySymbol[m.resolution].append(&m);
        measureById.insert(m.id, &m);
    }
    QHash<qint64, const TimelineEntry *> entryById;
    for (const TimelineEntry &e : timeline.value().resolutions)
        entryById.insert(e.id, &e);

    // Sources are numbered in the order the printed sections cite them.
    SourceRegister sources;
    SourceRegister unprinted;
    SourceRegister &roundSources = report.has(ReportSection::Rounds) ? sources : unprinted;
    QSet<qint64> eventsSeen;
    for (const Resolution &r : ofState) {
        if (r.date < report.from || r.date > report.to)
            continue;
        ReportRound round{r.symbol, r.date, r.status, r.kind, r.votes, r.vetoedBy, r.chapterVii, {}, {}, {}};
        for (const QString &url : r.sources)
            round.sourceRefs << roundSources.cite(url);
        if (const TimelineEntry *e = entryById.value(r.id)) {
            round.designations = e->designations;
            if (e->designations.total() > 0)
                checksum.add(e->designations, r.symbol);
            for (const TriggerLink &l : e->triggers) {
                round.triggers.append({l.event.kind, l.event.citedDate(),
                                       l.event.newYorkDateDiffers() ? l.event.date : QDate(), l.event.description,
                                       l.lagDays()});
                round.sourceRefs << roundSources.cite(l.event.source);
                eventsSeen.insert(l.event.id);
            }
        }
        for (const MeasureRecord *m : measuresBySymbol.value(r.symbol)) {
            round.measures.append(*m);
            round.sourceRefs << roundSources.cite(m->source);
        }
        round.sourceRefs = SourceRegister::normalised(round.sourceRefs);
        report.stamp.resolutions += 1;
        report.stamp.sanctionsRounds += r.status == ResolutionStatus::Adopted && r.kind == ResolutionKind::Sanctions;
        report.stamp.vetoedDrafts += r.status == ResolutionStatus::Vetoed;
        report.stamp.notAdoptedDrafts += r.status == ResolutionStatus::NotAdopted;
        report.stamp.measures += int(round.measures.size());
        if (report.has(ReportSection::Rounds))
            report.rounds.append(round);
    }
    report.stamp.triggerEvents = int(eventsSeen.size());
    // Statements, Committee decisions and reports follow the resolutions, with their own sources.
    if (report.has(ReportSection::Rounds)) {
        for (const Act &a : report.timeline.acts)
            report.acts.append({a, SourceRegister::normalised({sources.cite(a.source)})});
    }

    // Lineage and caps as known at the end date: later resolutions do not exist yet.
    QList<MeasureFact> known;
    for (const MeasureFact &f : facts) {
        if (f.resolutionDate <= report.to)
            known.append(f);
    }
    const MeasureLookup lookup{typeByCode, measureById};
    if (report.has(ReportSection::InForce))
        report.inForce = inForceGroups(known, report.to, lookup, sources);
    if (report.has(ReportSection::CapHistory))
        report.capHistories = capHistories(known, report.stateCode, lookup, sources);

    auto designationTotal = DesignationRepository(c).count();
    if (!designationTotal)
        return designationTotal.error();
    report.stamp.designationsKnown = designationTotal.value() > 0;
    if (report.stamp.designationsKnown) {
        auto log = UnListStore(c).importLog();
        if (!log)
            return log.error();
        report.stamp.designationsAsOf = report.to;
        if (!log.value().isEmpty()) {
            const UnListImportLogEntry &latest = log.value().first();
            report.stamp.listGenerated = QDateTime::fromString(latest.dateGenerated, Qt::ISODateWithMs).toUTC();
            report.stamp.listImportedAt = QDateTime::fromString(latest.importedAt, Qt::ISODateWithMs).toUTC();
            if (report.stamp.listGenerated.isValid())
                report.stamp.designationsAsOf = std::min(report.to, report.stamp.listGenerated.date());
        }
        auto counts = DesignationRepository(c).countsByRegime(report.stateCode, report.stamp.designationsAsOf);
        if (!counts)
            return counts.error();
        for (const RegimeDesignationCount &n : counts.value()) {
            checksum.add(n);
            report.stamp.designations += n.individuals + n.entities;
            if (!report.has(ReportSection::Designations))
                continue;
            ReportDesignationCount row{n.regimeCode, n.regimeName, n.individuals, n.entities, {}};
            for (const Regime &g : regimes.value()) {
                if (g.code == n.regimeCode)
                    row.sourceRefs = SourceRegister::normalised({sources.cite(g.source)});
            }
            report.designations.append(row);
        }
    }
    if (report.has(ReportSection::Sources))
        report.sources = sources.list();
    report.stamp.checksum = checksum.hex();
    return report;
}

} // namespace st
