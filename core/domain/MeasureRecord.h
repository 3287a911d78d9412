#pragma once

#include "domain/Entities.h"
#include "domain/MeasureFact.h"

namespace st {

// The one read model of a stored measure: the measure as entered (what the form, the exports and
// the report's prose show) with what a reader needs beside it — its resolution's row id, date and
// status, the type's name, whether members contest it, the row of the resolution it changes. The
// browser rows, the detail pane and the report are built from it; analysis takes its fact().
// A field added to Measure reaches every view through this type without another mapping.
struct MeasureRecord : Measure {
    qint64 resolutionId = 0;
    QDate resolutionDate;           // adoption (or vote) date of its resolution
    ResolutionStatus status = ResolutionStatus::Adopted; // how a draft failed, when it did
    bool adopted = true;            // a failed draft's measures never apply
    bool contested = false;         // members dispute that it applies (disputes name them)
    QString typeName;
    bool typeHasCap = false;
    qint64 changesResolutionId = 0; // the resolution of the measure it changes, 0 for none

    // What in-force, lineage and cap computations need of it.
    [[nodiscard]] MeasureFact fact() const;
    // "2375 OP 14": the measure it changes, as the browser names it; empty for none.
    [[nodiscard]] QString changesText() const;
    friend bool operator==(const MeasureRecord &, const MeasureRecord &) = default;
};

// The facts of `records` in the order a read of facts gives them (MeasureFactRepository): by the day
// each starts (effective-from, else its resolution's date), then by id. One read of a state's
// measures then serves both the prose and the analysis.
QList<MeasureFact> factsInTimeOrder(const QList<MeasureRecord> &records);

} // namespace st
