#pragma once

#include <QString>
#include <QStringView>

namespace st {

// Jaro-Winkler similarity of two words, in [0, 1]: 1 for equal words, high for a dropped, added or
// swapped letter ("hyon"/"hyoon"), higher still when the words start alike, since names are
// misspelt more often at the end than at the start.
double jaroWinkler(QStringView a, QStringView b);

// A key that is equal for words that sound alike when read in English: vowels, h, w and y dropped
// after the first letter, consonants that romanisations swap merged (b/p/f/v, d/t, g/k/c/q, j/ch/z,
// l/r, s/sh), doubled letters collapsed. "Chong" and "Jung" give "JNK", "Pak" and "Bak" "BK".
// Written for Korean, Russian and Arabic names in Latin letters; `word` is lower-case ASCII.
QString phoneticKey(QStringView word);

} // namespace st
