#pragma once

#include "common/Result.h"
#include "validation/Validation.h"

namespace st {

class Database;

// The validation rules with the database's answers filled in: whether a symbol or code is taken by
// another record, whether a measure's resolution exists, how old the measure it changes is. Forms
// call these as the user types; RecordEdits calls them again before writing. `ownId` is the record
// being edited (0 for a new one), which may keep its own symbol or code.
class FormChecks {
public:
    explicit FormChecks(const Database &db) : m_db(db) {}

    Result<FieldErrors> resolution(const Resolution &resolution, qint64 ownId) const;
    // Lineage is read from `measure.changesId`.
    Result<FieldErrors> measure(const Measure &measure) const;
    Result<FieldErrors> event(const TriggerEvent &event, qint64 ownId) const;
    Result<FieldErrors> state(const SanctionedState &state, qint64 ownId) const;
    Result<FieldErrors> measureType(const MeasureType &type, qint64 ownId) const;

private:
    const Database &m_db;
};

} // namespace st
