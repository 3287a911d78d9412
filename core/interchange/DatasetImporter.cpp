#include "interchange/DatasetImporter.h"

#include "interchange/JsonDatasetReader.h"
#include "storage/ActRepository.h"
#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/KnownRecordsReader.h"
#include "storage/TriggerEventRepository.h"
#include "storage/Transaction.h"

#include <QObject>

namespace st {

QString ImportSummary::text() const
{
    return QObject::tr("%1 resolutions (%2 new, %3 updated), %4 measures, %5 trigger events, %6 states, "
                       "%7 measure types, %8 regimes, %9 designations")
        .arg(resolutionsAdded + resolutionsUpdated)
        .arg(resolutionsAdded)
        .arg(resolutionsUpdated)
        .arg(measures)
        .arg(triggerEvents)
        .arg(states)
        .arg(measureTypes)
        .arg(regimes)
        .arg(designations)
        + (acts > 0 ? QObject::tr(", %1 statements, Committee decisions and reports").arg(acts) : QString());
}

namespace {

// Prefixes a storage error with the record it happened on.
Error at(const QString &record, Error e)
{
    e.message = record + QStringLiteral(": ") + e.message;
    return e;
}

} // namespace

Result<ImportSummary> importDataset(const Database &db, const Dataset &d)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();

    ImportSummary summary;
    const StateRepository states(db);
    const MeasureTypeRepository types(db);
    const RegimeRepository regimes(db);
    const ResolutionRepository resolutions(db);
    const TriggerEventRepository events(db);
    const MeasureRepository measures(db);
    const DisputeRepository disputes(db);

    for (const auto &s : d.states) {
        if (auto id = states.upsert(s); !id)
            return at(QObject::tr("state %1").arg(s.code), id.error());
        ++summary.states;
    }
    for (const auto &t : d.measureTypes) {
        if (auto id = types.upsert(t); !id)
            return at(QObject::tr("measure type %1").arg(t.code), id.error());
        ++summary.measureTypes;
    }
    for (const auto &g : d.regimes) {
        if (auto id = regimes.upsert(g); !id)
            return at(QObject::tr("regime %1").arg(g.code), id.error());
        ++summary.regimes;
    }

    QSet<qint64> events_seen;
    QList<QPair<qint64, const Measure *>> lineage;
    for (const auto &rec : d.resolutions) {
        const QString where = QObject::tr("resolution %1").arg(rec.resolution.symbol);
        auto existing = resolutions.findBySymbol(rec.resolution.symbol);
        if (!existing)
            return at(where, existing.error());
        auto id = resolutions.upsert(rec.resolution);
        if (!id)
            return at(where, id.error());
        ++(existing.value() ? summary.resolutionsUpdated : summary.resolutionsAdded);

        QList<qint64> eventIds;
        for (const auto &e : rec.triggers) {
            auto eventId = events.upsert(e);
            if (!eventId)
                return at(where, eventId.error());
            eventIds << eventId.value();
            events_seen.insert(eventId.value());
        }
        if (auto done = events.setTriggers(id.value(), eventIds); !done)
            return at(where, done.error());

        for (const auto &m : rec.measures) {
            auto measureId = measures.upsertAt(id.value(), m);
            if (!measureId)
                return at(QObject::tr("%1, measure %2").arg(where).arg(m.position + 1), measureId.error());
            if (auto done = disputes.setFor(measureId.value(), m.disputes); !done)
                return at(QObject::tr("%1, measure %2").arg(where).arg(m.position + 1), done.error());
            lineage.append({measureId.value(), &m});
            ++summary.measures;
        }
        if (auto done = measures.removeFrom(id.value(), int(rec.measures.size())); !done)
            return at(where, done.error());
    }
    summary.triggerEvents = int(events_seen.size());

    // Lineage after every measure exists: a file may list a measure before the one it changes.
    for (const auto &[measureId, m] : lineage) {
        qint64 target = 0;
        if (m->changes) {
            auto resolved = measures.resolve(*m->changes, m->stateCode);
            if (!resolved)
                return at(QObject::tr("resolution %1, measure %2").arg(m->resolution).arg(m->position + 1),
                          resolved.error());
            target = resolved.value();
        }
        if (auto done = measures.setChanges(measureId, target); !done)
            return done.error();
    }
    for (const auto &g : d.regimes) {
        if (auto done = regimes.setEstablishedBy(g.code, g.establishedBy); !done)
            return at(QObject::tr("regime %1").arg(g.code), done.error());
    }
    const DesignationRepository designations(db);
    for (const auto &des : d.designations) {
        if (auto id = designations.upsert(des); !id)
            return at(QObject::tr("designation %1").arg(des.referenceNumber), id.error());
        ++summary.designations;
    }
    const ActRepository acts(db);
    for (const Act &a : d.acts) {
        if (auto id = acts.upsert(a); !id)
            return at(QObject::tr("%1 of %2").arg(displayName(a.kind), a.date.toString(Qt::ISODate)), id.error());
        ++summary.acts;
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return summary;
}

Result<ImportSummary> importDatasetJson(const Database &database, const QByteArray &json)
{
    // The write lock first: the file is checked against the records read here (known codes, dates,
    // measures), so they must not change before it is written. Without it the read opened a read
    // transaction that could not be upgraded once another process had written: SQLITE_BUSY at once.
    Transaction lock(database, Transaction::ReadModifyWrite);
    if (!lock.began())
        return lock.began().error();
    auto known = loadKnownRecords(database);
    if (!known)
        return known.error();
    auto dataset = readDatasetJson(json, known.value());
    if (!dataset)
        return dataset.error();
    auto summary = importDataset(database, dataset.value());
    if (!summary)
        return summary;
    if (auto done = lock.commit(); !done)
        return done.error();
    return summary;
}

} // namespace st
