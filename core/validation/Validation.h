#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

namespace st {

// A broken rule on one field. `field` uses the interchange format's key names ("symbol",
// "votes.against", "cap.value") so forms, the importer and the CLI all name the same thing.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;

// The Security Council's first meeting: no resolution, measure or event in this app predates it.
QDate earliestDate();

bool isWellFormedUrl(const QString &url);
bool isStateCode(const QString &code);
bool isMeasureTypeCode(const QString &code);
// The five permanent members, the only ones whose vote against is a veto.
bool isPermanentMember(const QString &code);

FieldErrors validateState(const SanctionedState &state);
FieldErrors validateMeasureType(const MeasureType &type);
FieldErrors validateRegime(const Regime &regime);
FieldErrors validateResolution(const Resolution &resolution);
FieldErrors validateEvent(const TriggerEvent &event);

// What a measure's rules need to know beyond the measure itself.
struct MeasureContext {
    bool typeHasCap = true;       // whether its measure type carries a cap
    QDate resolutionDate;         // adoption date of its own resolution, when known
    QDate changesResolutionDate;  // adoption date of the resolution of the measure it changes
};
FieldErrors validateMeasure(const Measure &measure, const MeasureContext &context);

// "symbol: must look like S/RES/2397 (2017); date: ..." for the command line and logs.
QString describe(const FieldErrors &errors);

} // namespace st
