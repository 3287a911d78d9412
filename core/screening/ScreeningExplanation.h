#pragma once

#include "screening/NameComparison.h"
#include "screening/ScreeningTarget.h"

#include <QStringList>

namespace st {

// Why a name matched, in the analyst's words, one reason per entry: which listed name ("alias 'PAK
// Han Se' (good quality)"), then what differs (romanisation variants, sound-alike or misspelt words,
// syllables written together, token order, words missing on either side, the script transliterated).
QStringList explainNameMatch(const TargetName &listed, const ComparableName &query, const ComparableName &candidate,
                             const NameComparison &comparison);

// "birth year matches", "birth year differs (listed: 1944)"; "nationality matches", "nationality
// differs (listed: …)". Used by the index when it adjusts a score.
QString birthYearReason(bool matches, const QList<YearRange> &listed);
QString nationalityReason(bool matches, const QStringList &listed);

} // namespace st
