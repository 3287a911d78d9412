#pragma once

#include "common/Result.h"

#include <QString>

namespace st {

class Database;

struct SyntheticOptions {
    int resolutions = 1000;
    int states = 200;
    quint32 seed = 1718; // the same seed gives the same dataset
};

struct SyntheticSummary {
    int states = 0;
    int resolutions = 0;
    int measures = 0;
    int triggerEvents = 0;
    [[nodiscard]] QString text() const;
};

// Fills `db` with a synthetic but realistic dataset for scale tests and benchmarks: `resolutions`
// resolutions over 1966-2025 (sanctions rounds, Panel renewals, other texts and a few vetoed drafts),
// about ten measures each over `states` invented states (a few states get most of the attention, as in
// the real Council), trigger events with lags, lineage chains and tightening caps. Measure types come
// from the database, or from the bundled vocabulary when it has none. Everything is written in one
// transaction: on failure nothing is left behind.
Result<SyntheticSummary> generateSyntheticDataset(const Database &db, const SyntheticOptions &options);

} // namespace st
