#include "editing/FormData.h"

#include "storage/RowVersion.h"

#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

#include <QObject>

namespace st {

namespace {

Error gone(const QString &what) { return Error{Error::Code::NotFound, QObject::tr("The %1 is no longer stored.").arg(what)}; }

template <typename T>
Result<T> required(Result<std::optional<T>> found, const QString &what)
{
    if (!found)
        return found.error();
    if (!found.value())
        return gone(what);
    return *found.value();
}

template <typename T>
Result<T> byId(Result<QList<T>> all, qint64 id, const QString &what)
{
    if (!all)
        return all.error();
    for (const T &item : all.value()) {
        if (item.id == id)
            return item;
    }
    return gone(what);
}

} // namespace

const Resolution *FormCatalog::resolution(const QString &symbol) const
{
    for (const Resolution &r : resolutions) {
        if (r.symbol == symbol)
            return &r;
    }
    return nullptr;
}

const Resolution *FormCatalog::resolution(qint64 id) const
{
    for (const Resolution &r : resolutions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const MeasureType *FormCatalog::measureType(const QString &code) const
{
    for (const MeasureType &t : measureTypes) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

Result<FormCatalog> loadFormCatalog(const Database &db)
{
    auto states = StateRepository(db).all();
    auto types = MeasureTypeRepository(db).all();
    auto regimes = RegimeRepository(db).all();
    auto resolutions = ResolutionRepository(db).all();
    auto events = TriggerEventRepository(db).all();
    for (const Error *e : {states ? nullptr : &states.error(), types ? nullptr : &types.error(),
                           regimes ? nullptr : &regimes.error(), resolutions ? nullptr : &resolutions.error(),
                           events ? nullptr : &events.error()}) {
        if (e)
            return *e;
    }
    return FormCatalog{states.value(), types.value(), regimes.value(), resolutions.value(), events.value()};
}

Result<Resolution> loadResolution(const Database &db, qint64 id)
{
    return required(ResolutionRepository(db).findById(id), QObject::tr("resolution"));
}

Result<QList<qint64>> loadTriggerIds(const Database &db, qint64 resolutionId)
{
    auto events = TriggerEventRepository(db).forResolution(resolutionId);
    if (!events)
        return events.error();
    QList<qint64> ids;
    for (const TriggerEvent &e : events.value())
        ids << e.id;
    return ids;
}

Result<Measure> loadMeasure(const Database &db, qint64 id)
{
    return required(MeasureRepository(db).findById(id), QObject::tr("measure"));
}

Result<QList<Measure>> loadMeasuresOf(const Database &db, qint64 resolutionId)
{
    return MeasureRepository(db).forResolution(resolutionId);
}

Result<TriggerEvent> loadEvent(const Database &db, qint64 id)
{
    return required(TriggerEventRepository(db).findById(id), QObject::tr("trigger event"));
}

Result<SanctionedState> loadState(const Database &db, qint64 id)
{
    return byId(StateRepository(db).all(), id, QObject::tr("state"));
}

Result<MeasureType> loadMeasureType(const Database &db, qint64 id)
{
    return byId(MeasureTypeRepository(db).all(), id, QObject::tr("measure type"));
}

Result<QList<Measure>> lineageCandidates(const Database &db, const QString &stateCode, const QString &typeCode,
                                         const QDate &before)
{
    if (stateCode.isEmpty() || typeCode.isEmpty() || !before.isValid())
        return QList<Measure>();
    return MeasureRepository(db).earlierOf(stateCode, typeCode, before);
}

Result<qint64> loadVersion(const Database &db, const QString &table, qint64 id)
{
    auto stamp = readRowStamp(db, table, id);
    if (!stamp)
        return stamp.error();
    return stamp.value().version;
}

} // namespace st
