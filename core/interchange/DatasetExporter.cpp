#include "interchange/DatasetExporter.h"

#include "interchange/JsonDatasetWriter.h"
#include "storage/ActRepository.h"
#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

namespace st {

Result<Dataset> exportDataset(const Database &db)
{
    Dataset d;
    auto states = StateRepository(db).all();
    auto types = MeasureTypeRepository(db).all();
    auto regimes = RegimeRepository(db).all();
    auto resolutions = ResolutionRepository(db).all();
    auto triggers = TriggerEventRepository(db).byResolution();
    auto measures = MeasureRepository(db).all();
    auto designations = DesignationRepository(db).all();
    auto acts = ActRepository(db).all();
    for (const Error *e : {states ? nullptr : &states.error(), types ? nullptr : &types.error(),
                           regimes ? nullptr : &regimes.error(), resolutions ? nullptr : &resolutions.error(),
                           triggers ? nullptr : &triggers.error(), measures ? nullptr : &measures.error(),
                           designations ? nullptr : &designations.error(), acts ? nullptr : &acts.error()}) {
        if (e)
            return *e;
    }
    d.states = states.value();
    d.measureTypes = types.value();
    d.regimes = regimes.value();
    d.designations = designations.value();
    d.acts = acts.value();

    // Measures come sorted like the resolutions (date, symbol, position), so one pass pairs them.
    const QList<Measure> &allMeasures = measures.value();
    qsizetype next = 0;
    for (const Resolution &r : resolutions.value()) {
        ResolutionRecord rec{r, triggers.value().value(r.id), {}};
        while (next < allMeasures.size() && allMeasures[next].resolution == r.symbol)
            rec.measures.append(allMeasures[next++]);
        d.resolutions.append(rec);
    }
    return d;
}

Result<QByteArray> exportDatasetJson(const Database &db)
{
    auto d = exportDataset(db);
    if (!d)
        return d.error();
    return writeDatasetJson(d.value());
}

} // namespace st
