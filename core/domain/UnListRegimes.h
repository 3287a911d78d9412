#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace st {

// What each UN_LIST_TYPE of the Consolidated List stands for: the sanctions committee (our Regime,
// coded by its founding resolution like the bundled "1718") and the state it targets.
struct UnListRegime {
    QString listType;   // UN_LIST_TYPE, "DPRK"
    QString regimeCode; // "1718"
    QString regimeName; // "1718 Committee (DPRK)"
    QString stateCode;  // ISO 3166-1 alpha-3; empty for a list that targets no state (Al-Qaida)
    QString stateName;
    QString source;

    // Only state regimes become rows of `regimes`, whose state_id is NOT NULL: see
    // docs/un-list-import.md, "Regimes without a state".
    [[nodiscard]] bool hasState() const { return !stateCode.isEmpty(); }
};

// The thirteen lists of September 2024, by list type.
const QList<UnListRegime> &knownUnListRegimes();
std::optional<UnListRegime> knownUnListRegime(const QString &listType);

// "DPRK — 1718 Committee (DPRK)" for pickers; the list type alone when it is not a known one.
QString unListDisplayName(const QString &listType);

} // namespace st
