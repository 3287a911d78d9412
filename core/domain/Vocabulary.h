#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace st {

// The closed vocabularies of the domain, with the stable codes used in the database and in JSON.
// Each enum has toCode/fromCode; fromCode returns nullopt for an unknown code so that callers can
// report where the bad code came from.

// A draft fails two ways: a permanent member votes no (Vetoed), or it gets fewer than nine votes
// in favour (NotAdopted, the Iran snapback drafts of 19 and 26 September 2025). Different facts.
enum class ResolutionStatus { Adopted, Vetoed, NotAdopted };
enum class ResolutionKind { Sanctions, PanelRenewal, Other };
// Reinstates: an earlier, terminated measure applies again by a mechanism rather than a new vote
// (resolution 2231's snapback re-applied 1696-1929 on 27 September 2025).
enum class MeasureAction { Introduces, Expands, Tightens, Relaxes, Renews, Terminates, Reinstates };
enum class EventKind { NuclearTest, MissileLaunch, SatelliteLaunch, Other };
enum class DesignationKind { Individual, Entity };
// What an act or document that is not a resolution is (issue 16): a statement by the Council's
// President (no vote, no measure), a sanctions Committee's own decision (designations by consensus,
// not a Council vote), a Panel of Experts' report, or a statement or report of the Multilateral
// Sanctions Monitoring Team, which eleven states set up outside the UN after the 1718 Panel ended in 2024.
enum class ActKind { PresidentialStatement, CommitteeDecision, PanelReport, MonitoringTeamDocument };

QString toCode(ResolutionStatus v);
QString toCode(ResolutionKind v);
QString toCode(MeasureAction v);
QString toCode(EventKind v);
QString toCode(DesignationKind v);
QString toCode(ActKind v);

template <typename E>
std::optional<E> fromCode(const QString &code);

template <>
std::optional<ResolutionStatus> fromCode<ResolutionStatus>(const QString &code);
template <>
std::optional<ResolutionKind> fromCode<ResolutionKind>(const QString &code);
template <>
std::optional<MeasureAction> fromCode<MeasureAction>(const QString &code);
template <>
std::optional<EventKind> fromCode<EventKind>(const QString &code);
template <>
std::optional<DesignationKind> fromCode<DesignationKind>(const QString &code);
template <>
std::optional<ActKind> fromCode<ActKind>(const QString &code);

// A measure's action from its code as UTF-8 bytes (a text as SQLite hands it over), with no QString
// made of it: a million measures are read at once for "in force on".
std::optional<MeasureAction> measureActionFromUtf8(QByteArrayView code);

// All codes of a vocabulary, in declaration order, for pickers and error messages.
template <typename E>
QStringList allCodes();

// Human labels for the UI ("Panel of Experts renewal", "tightens").
QString displayName(ResolutionKind v);
QString displayName(EventKind v);
QString displayName(ResolutionStatus v);
QString displayName(ActKind v);

// Measure-type categories are a closed list too (CHECK constraint in the schema).
QStringList measureCategories();

} // namespace st
