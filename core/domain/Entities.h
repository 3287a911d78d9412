#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace st {

// Domain value types. They refer to each other by natural keys (state code, measure-type code,
// resolution symbol) so they read the same in the database, in JSON and in forms; `id` is the
// database row id, 0 for a record not stored yet.

struct SanctionedState {
    qint64 id = 0;
    QString code; // ISO 3166-1 alpha-3
    QString name;
    friend bool operator==(const SanctionedState &, const SanctionedState &) = default;
};

struct MeasureType {
    qint64 id = 0;
    QString code; // stable, e.g. "arms_embargo"
    QString name;
    QString category;
    bool hasCap = false;
    QString description;
    friend bool operator==(const MeasureType &, const MeasureType &) = default;
};

struct Regime {
    qint64 id = 0;
    QString code; // "1718"
    QString name;
    QString stateCode;
    QString establishedBy; // resolution symbol, empty when unknown
    QString unListType;    // UN_LIST_TYPE in the Consolidated List, e.g. "DPRK"
    QString source;
    friend bool operator==(const Regime &, const Regime &) = default;
};

struct Votes {
    int inFavour = 0;
    int against = 0;
    int abstaining = 0;
    [[nodiscard]] int total() const { return inFavour + against + abstaining; }
    friend bool operator==(const Votes &, const Votes &) = default;
};

struct Resolution {
    qint64 id = 0;
    QString symbol; // "S/RES/1718 (2006)" or a draft's "S/2022/431"
    std::optional<int> number;
    QDate date; // date of the vote, New York
    ResolutionStatus status = ResolutionStatus::Adopted;
    ResolutionKind kind = ResolutionKind::Sanctions;
    QString regimeCode;
    QStringList states;
    QString title;
    Votes votes;
    QStringList vetoedBy;
    std::optional<bool> chapterVii; // nullopt: unknown
    QString summary;
    QStringList sources;
    QString note;
    friend bool operator==(const Resolution &, const Resolution &) = default;
};

struct Cap {
    double value = 0;
    QString unit;   // "barrels", "metric tonnes", "USD"
    QString period; // "year", or the effective window
    friend bool operator==(const Cap &, const Cap &) = default;
};

// Names an earlier measure the way analysts do: "2375's refined-petroleum cap".
struct MeasureRef {
    QString resolution; // symbol
    QString type;       // measure-type code
    QString paragraph;  // only needed to tell several such measures apart
    friend bool operator==(const MeasureRef &, const MeasureRef &) = default;
};

// A member's (or group's) recorded objection to a measure's status: the snapback reinstatement of
// 27 September 2025 applies in the UN Secretariat's practice, while Iran, Russia and China hold it void.
// We record whose view it is and where it is stated; we do not decide between the views.
struct Dispute {
    QStringList parties; // ISO 3166-1 alpha-3 codes of those who hold this view: IRN, RUS, CHN
    QString view;        // their position, in a sentence
    QString source;      // where it is stated
    friend bool operator==(const Dispute &, const Dispute &) = default;
};

struct Measure {
    qint64 id = 0;
    QString resolution; // symbol of the resolution that adopted it
    int position = 0;   // order within the resolution
    QString stateCode;
    QString typeCode;
    MeasureAction action = MeasureAction::Introduces;
    QString description;
    QString paragraph; // "OP 14"
    QString legalBasis; // the operative paragraph's own wording, as its source gives it; empty when not entered
    std::optional<Cap> cap;
    QDate effectiveFrom;
    QDate effectiveTo;
    std::optional<MeasureRef> changes; // lineage
    qint64 changesId = 0;              // row id of the measure it changes, when stored
    QString source;
    QString note;
    QList<Dispute> disputes; // contested status, with whose view and its source
    friend bool operator==(const Measure &, const Measure &) = default;
};

struct TriggerEvent {
    qint64 id = 0;
    QString stateCode;
    QDate date;      // New York date
    QDate localDate; // the state's own date when it differs, else null
    EventKind kind = EventKind::Other;
    // The date analysts, the press and the CTBTO cite ("the 9 October 2006 test"): the local date,
    // which for the DPRK's tests and launches is also the UTC date. Shown first everywhere; the New
    // York date goes beside it where it differs. Lags are still counted in New York days (docs/dataset.md).
    [[nodiscard]] QDate citedDate() const { return localDate.isValid() ? localDate : date; }
    [[nodiscard]] bool newYorkDateDiffers() const { return localDate.isValid() && localDate != date; }
    QString description;
    QString source;
    QString note;
    friend bool operator==(const TriggerEvent &, const TriggerEvent &) = default;
};

struct Designation {
    qint64 id = 0;
    QString referenceNumber; // "KPi.001"
    DesignationKind kind = DesignationKind::Individual;
    QString name;
    QDate listedOn;
    QString regimeCode;
    QString stateCode;
    QString resolution; // symbol, empty when listed by committee decision
    QString listType = {};  // UN_LIST_TYPE of the Consolidated List ("DPRK", "Al-Qaida"); empty if not from it
    QDate delistedOn = {};  // when it left the list; a delisted designation is kept, never deleted
    friend bool operator==(const Designation &, const Designation &) = default;
};

// An act or document that is not a resolution (issue 16): a presidential statement, a sanctions
// Committee's designation decision, a Panel of Experts' report or a report of the Multilateral
// Sanctions Monitoring Team. It has no vote and imposes no measure of its own, so it never counts as a
// resolution nor changes what is in force; it is shown beside them. Its key is kind, date and title.
struct Act {
    qint64 id = 0;
    ActKind kind = ActKind::PresidentialStatement;
    QDate date;         // New York date (a report: the date it bears or was published)
    QString symbol;     // "S/PRST/2006/41", "S/2015/131"; empty when it has none or none was verified
    QString title;
    QString regimeCode; // the regime it concerns ("1718")
    QString summary;
    QString source;     // a web address
    QString sourceNote; // how sure the source is, and where sources disagree
    friend bool operator==(const Act &, const Act &) = default;
};

// How many designations one resolution made, for the timeline's tooltip and the detail pane.
struct DesignationTally {
    int individuals = 0;
    int entities = 0;
    int delisted = 0; // of those, how many have since left the list
    [[nodiscard]] int total() const { return individuals + entities; }
    friend bool operator==(const DesignationTally &, const DesignationTally &) = default;
};

} // namespace st
