#pragma once

#include "domain/Entities.h"

namespace st {

// The facts about one measure that "in force" and lineage computations need, without its prose:
// light enough to hold 200,000 of them.
struct MeasureFact {
    qint64 id = 0;
    qint64 resolutionId = 0;
    QString symbol;        // of its resolution
    QDate resolutionDate;  // adoption (or veto) date
    QString typeCode;
    QString stateCode;
    QDate effectiveFrom;   // null: from adoption
    QDate effectiveTo;     // null: open-ended
    qint64 changesId = 0;  // the earlier measure it changes, 0 for none
    std::optional<Cap> cap;
    // The small fields together, so that they share one word: a million facts are held at once for
    // "All states", and scattered they took 24 bytes more each.
    MeasureAction action = MeasureAction::Introduces;
    bool adopted = true;     // a vetoed draft's measures never apply
    bool typeHasCap = false; // a capped type: only one of its measures governs at a time
    bool contested = false;  // members dispute that it applies (see Measure::disputes)
    friend bool operator==(const MeasureFact &, const MeasureFact &) = default;
};

} // namespace st
