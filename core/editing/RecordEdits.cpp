#include "editing/RecordEdits.h"

#include "editing/FormChecks.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/RowVersion.h"
#include "storage/Transaction.h"
#include "storage/TriggerEventRepository.h"

#include <QObject>

namespace st {

namespace {

// A form's OK is disabled while it is invalid; this catches every other caller.
Status refuseInvalid(const Result<FieldErrors> &errors)
{
    if (!errors)
        return errors.error();
    if (!errors.value().isEmpty()) {
        return Error{Error::Code::InvalidInput, QObject::tr("Not saved: the record breaks a rule."),
                     describe(errors.value())};
    }
    return {};
}

} // namespace

// ---- resolutions

Result<RecordChange> RecordEdits::createResolution(const Resolution &r, const QList<qint64> &triggerEventIds) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).resolution(r, 0)); !ok)
        return ok.error();
    return recordCreation(m_db, records::resolutions, [&]() -> Result<qint64> {
        auto id = ResolutionRepository(m_db).upsert(r);
        if (!id)
            return id;
        if (auto linked = TriggerEventRepository(m_db).setTriggers(id.value(), triggerEventIds); !linked)
            return linked.error();
        return id;
    });
}

Result<RecordChange> RecordEdits::updateResolution(qint64 id, const Resolution &r,
                                                   const QList<qint64> &triggerEventIds) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).resolution(r, id)); !ok)
        return ok.error();
    return edit(records::resolutions, id, QObject::tr("resolution"), [&]() -> Status {
        if (auto done = ResolutionRepository(m_db).update(id, r); !done)
            return done;
        return TriggerEventRepository(m_db).setTriggers(id, triggerEventIds);
    });
}

Result<RecordChange> RecordEdits::deleteResolution(qint64 id) const
{
    return remove(records::resolutions, id, QObject::tr("resolution"),
                  [&] { return ResolutionRepository(m_db).remove(id); });
}

// ---- measures

Result<RecordChange> RecordEdits::createMeasure(const Measure &m) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).measure(m)); !ok)
        return ok.error();
    return recordCreation(m_db, records::measures, [&]() -> Result<qint64> {
        auto resolutionId = ResolutionRepository(m_db).idOf(m.resolution);
        if (!resolutionId)
            return resolutionId;
        const MeasureRepository repo(m_db);
        auto id = repo.insert(resolutionId.value(), m);
        if (!id)
            return id;
        if (auto linked = repo.setChanges(id.value(), m.changesId); !linked)
            return linked.error();
        return id;
    });
}

Result<RecordChange> RecordEdits::updateMeasure(qint64 id, const Measure &m) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).measure(m)); !ok)
        return ok.error();
    return edit(records::measures, id, QObject::tr("measure"), [&]() -> Status {
        auto resolutionId = ResolutionRepository(m_db).idOf(m.resolution);
        if (!resolutionId)
            return resolutionId.error();
        const MeasureRepository repo(m_db);
        if (auto done = repo.update(id, resolutionId.value(), m); !done)
            return done;
        return repo.setChanges(id, m.changesId);
    });
}

Result<RecordChange> RecordEdits::deleteMeasure(qint64 id) const
{
    return remove(records::measures, id, QObject::tr("measure"), [&] { return MeasureRepository(m_db).remove(id); });
}

// ---- trigger events

Result<RecordChange> RecordEdits::createEvent(const TriggerEvent &e) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).event(e, 0)); !ok)
        return ok.error();
    return recordCreation(m_db, records::events, [&] { return TriggerEventRepository(m_db).upsert(e); });
}

Result<RecordChange> RecordEdits::updateEvent(qint64 id, const TriggerEvent &e) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).event(e, id)); !ok)
        return ok.error();
    return edit(records::events, id, QObject::tr("trigger event"), [&] { return TriggerEventRepository(m_db).update(id, e); });
}

Result<RecordChange> RecordEdits::deleteEvent(qint64 id) const
{
    return remove(records::events, id, QObject::tr("trigger event"),
                  [&] { return TriggerEventRepository(m_db).remove(id); });
}

// ---- sanctioned states

Result<RecordChange> RecordEdits::createState(const SanctionedState &s) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).state(s, 0)); !ok)
        return ok.error();
    return recordCreation(m_db, records::states, [&] { return StateRepository(m_db).upsert(s); });
}

Result<RecordChange> RecordEdits::updateState(qint64 id, const SanctionedState &s) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).state(s, id)); !ok)
        return ok.error();
    return edit(records::states, id, QObject::tr("state"), [&] { return StateRepository(m_db).update(id, s); });
}

Result<RecordChange> RecordEdits::deleteState(qint64 id) const
{
    return remove(records::states, id, QObject::tr("state"), [&] { return StateRepository(m_db).remove(id); });
}

// ---- measure types

Result<RecordChange> RecordEdits::createMeasureType(const MeasureType &t) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).measureType(t, 0)); !ok)
        return ok.error();
    return recordCreation(m_db, records::measureTypes, [&] { return MeasureTypeRepository(m_db).upsert(t); });
}

Result<RecordChange> RecordEdits::updateMeasureType(qint64 id, const MeasureType &t) const
{
    if (auto ok = refuseInvalid(FormChecks(m_db).measureType(t, id)); !ok)
        return ok.error();
    return edit(records::measureTypes, id, QObject::tr("measure type"),
                [&] { return MeasureTypeRepository(m_db).update(id, t); });
}

Result<RecordChange> RecordEdits::deleteMeasureType(qint64 id) const
{
    return remove(records::measureTypes, id, QObject::tr("measure type"),
                  [&] { return MeasureTypeRepository(m_db).remove(id); });
}

// ---- shared

Result<RecordChange> RecordEdits::edit(const QString &table, qint64 id, const QString &what,
                                       const std::function<Status()> &write) const
{
    EditConflict conflict;
    m_conflict.reset();
    auto change = recordChange(m_db, table, id, write, m_expectedVersion, &conflict);
    if (!change && change.error().code == Error::Code::Conflict && !conflict.table.isEmpty())
        m_conflict = conflict;
    if (change && !change.value().before.exists())
        return Error{Error::Code::NotFound, QObject::tr("The %1 is no longer stored.").arg(what)};
    return change;
}

Result<RecordChange> RecordEdits::remove(const QString &table, qint64 id, const QString &what,
                                         const std::function<Status()> &write) const
{
    auto change = edit(table, id, what, write);
    if (!change && m_conflict) {
        // Saved by someone else since the analyst was asked: their fields against none of ours say
        // nothing useful, who and when does.
        m_conflict->deletion = true;
        m_conflict->fields.clear();
        return conflictError(*m_conflict);
    }
    if (!change) {
        Error e = change.error();
        // A plain foreign key (no cascade) still points at the record: say so instead of "refused".
        if (e.code == Error::Code::BrokenLink) {
            e.code = Error::Code::Conflict;
            e.message = QObject::tr("This %1 is still used by other records; change or delete those first.").arg(what);
        }
        return e;
    }
    return change;
}

Status RecordEdits::undo(const RecordChange &change) const { return replay(change, true); }
Status RecordEdits::redo(const RecordChange &change) const { return replay(change, false); }

Status RecordEdits::replay(const RecordChange &change, bool undo) const
{
    const RecordSnapshot &expected = undo ? change.after : change.before;
    const RecordSnapshot &target = undo ? change.before : change.after;
    m_conflict.reset();
    Transaction tx(m_db, Transaction::ReadModifyWrite);
    if (!tx.began())
        return tx.began();
    if (Status done = restoreRecord(m_db, expected, target); !done) {
        if (done.error().code != Error::Code::Conflict)
            return done;
        // Changed by someone else since the step: say who and what, as a form's save would.
        auto now = captureRecord(m_db, target.table, target.id);
        auto explained = now ? explainConflict(m_db, now.value(), expected, true) : Result<EditConflict>(now.error());
        if (!explained)
            return done;
        m_conflict = explained.value();
        return conflictError(explained.value());
    }
    if (hasRowVersion(target.table)) {
        if (auto stamped = stampRow(m_db, target.table, target.id); !stamped) // a stale form must notice the undo
            return stamped.error();
    }
    return tx.commit();
}

} // namespace st
