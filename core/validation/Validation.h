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

// The rules that need the database's answer (a form asks it; see core/editing/FormChecks.h).
struct ResolutionContext {
    bool symbolTaken = false; // another stored resolution has this symbol
    bool numberTaken = false; // ... or this number
};
FieldErrors validateResolution(const Resolution &resolution, const ResolutionContext &context);
FieldErrors validateState(const SanctionedState &state, bool codeTaken);
struct MeasureTypeContext {
    bool codeTaken = false;
    int cappedMeasures = 0; // stored measures of this type that carry a cap
};
FieldErrors validateMeasureType(const MeasureType &type, const MeasureTypeContext &context);
// `sameEventStored`: another stored event has the same state, date, kind and description.
FieldErrors validateEvent(const TriggerEvent &event, bool sameEventStored);

// A date typed as text: empty is "no date" (the record's rules decide whether that is allowed);
// anything else must be a real ISO date. A QDate cannot carry "2017-02-30", so forms check the text.
QDate dateFromText(const QString &text);
FieldErrors validateDateText(const QString &field, const QString &text);

// What a measure's rules need to know beyond the measure itself.
struct MeasureContext {
    bool typeHasCap = true;       // whether its measure type carries a cap
    QDate resolutionDate;         // adoption date of its own resolution, when known
    QDate changesResolutionDate;  // adoption date of the resolution of the measure it changes
    bool resolutionKnown = true;  // its resolution symbol names a stored resolution
};
// The longest text each of a measure's fields takes (characters); its quoted texts keep theirs in
// domain/MeasureTexts.
struct MeasureTextLimits {
    qsizetype description = 4000;
    qsizetype paragraph = 80;
    qsizetype note = 2000;
    qsizetype source = 2000;
    qsizetype capWord = 40; // cap unit and period
};
inline constexpr MeasureTextLimits kMeasureLimits{};

// Tightens, relaxes, renews and terminates change an earlier measure, which must be named.
bool actionNeedsAnEarlierMeasure(MeasureAction action);

// Besides the fields' own rules: effective dates not before the resolution's adoption; a changing
// action names the measure it changes, which belongs to an earlier resolution, never to its own.
FieldErrors validateMeasure(const Measure &measure, const MeasureContext &context);

// "symbol: must look like S/RES/2397 (2017); date: ..." for the command line and logs.
QString describe(const FieldErrors &errors);

} // namespace st
