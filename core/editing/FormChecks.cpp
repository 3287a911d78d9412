#include "editing/FormChecks.h"

#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

namespace st {

namespace {

// Whether a lookup by key finds a record other than `ownId`. NotFound means free; other errors count.
Result<bool> takenByOther(const Result<qint64> &found, qint64 ownId)
{
    if (found)
        return found.value() != ownId;
    if (found.error().code == Error::Code::NotFound)
        return false;
    return found.error();
}

} // namespace

Result<FieldErrors> FormChecks::resolution(const Resolution &r, qint64 ownId) const
{
    const ResolutionRepository repo(m_db);
    ResolutionContext context;
    if (!r.symbol.trimmed().isEmpty()) {
        auto taken = takenByOther(repo.idOf(r.symbol), ownId);
        if (!taken)
            return taken.error();
        context.symbolTaken = taken.value();
    }
    if (r.number) {
        auto taken = takenByOther(repo.idOfNumber(*r.number), ownId);
        if (!taken)
            return taken.error();
        context.numberTaken = taken.value();
    }
    return validateResolution(r, context);
}

Result<FieldErrors> FormChecks::measure(const Measure &input) const
{
    Measure m = input;
    MeasureContext context;

    auto types = MeasureTypeRepository(m_db).all();
    if (!types)
        return types.error();
    for (const MeasureType &t : types.value()) {
        if (t.code == m.typeCode)
            context.typeHasCap = t.hasCap;
    }

    const ResolutionRepository resolutions(m_db);
    auto own = resolutions.findBySymbol(m.resolution);
    if (!own)
        return own.error();
    context.resolutionKnown = own.value().has_value();
    if (own.value())
        context.resolutionDate = own.value()->date;

    if (m.changesId != 0) {
        auto target = MeasureRepository(m_db).findById(m.changesId);
        if (!target)
            return target.error();
        if (target.value()) {
            m.changes = MeasureRef{target.value()->resolution, target.value()->typeCode, target.value()->paragraph};
            auto targetResolution = resolutions.findBySymbol(target.value()->resolution);
            if (!targetResolution)
                return targetResolution.error();
            if (targetResolution.value())
                context.changesResolutionDate = targetResolution.value()->date;
        }
    }
    return validateMeasure(m, context);
}

Result<FieldErrors> FormChecks::event(const TriggerEvent &e, qint64 ownId) const
{
    auto taken = takenByOther(TriggerEventRepository(m_db).idOfKey(e), ownId);
    if (!taken)
        return taken.error();
    return validateEvent(e, taken.value());
}

Result<FieldErrors> FormChecks::state(const SanctionedState &s, qint64 ownId) const
{
    auto taken = takenByOther(StateRepository(m_db).idOf(s.code), ownId);
    if (!taken)
        return taken.error();
    return validateState(s, taken.value());
}

Result<FieldErrors> FormChecks::measureType(const MeasureType &t, qint64 ownId) const
{
    auto taken = takenByOther(MeasureTypeRepository(m_db).idOf(t.code), ownId);
    if (!taken)
        return taken.error();
    MeasureTypeContext context{taken.value(), 0};
    if (ownId != 0) {
        // The caps that would lose their meaning are those of the stored type, under its stored code.
        auto stored = MeasureTypeRepository(m_db).all();
        if (!stored)
            return stored.error();
        for (const MeasureType &s : stored.value()) {
            if (s.id != ownId)
                continue;
            auto capped = MeasureRepository(m_db).cappedCountOfType(s.code);
            if (!capped)
                return capped.error();
            context.cappedMeasures = capped.value();
        }
    }
    return validateMeasureType(t, context);
}

} // namespace st
