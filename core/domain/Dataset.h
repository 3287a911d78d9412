#pragma once

#include "domain/Entities.h"

#include <QList>

namespace st {

// A resolution with what hangs off it, as the interchange format nests it.
struct ResolutionRecord {
    Resolution resolution;
    QList<TriggerEvent> triggers;
    QList<Measure> measures;
    friend bool operator==(const ResolutionRecord &, const ResolutionRecord &) = default;
};

// A whole dataset in memory: what an import reads and an export writes.
struct Dataset {
    QList<SanctionedState> states;
    QList<MeasureType> measureTypes;
    QList<Regime> regimes;
    QList<ResolutionRecord> resolutions;
    QList<Designation> designations;
    QList<Act> acts; // statements, Committee decisions and reports (empty in files before issue 16)
    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace st
