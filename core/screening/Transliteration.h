#pragma once

#include <QString>

namespace st {

// Latin letters for a name written in any script, through ICU's transliterators (Hangul-Latin,
// Cyrillic-Latin, Arabic-Latin, Han-Latin, Any-Latin for the rest), then without accents.
// Hangul syllables are separated by spaces first: Korean writes a name without spaces ("김정식"),
// while its romanisations separate or hyphenate the syllables ("Kim Jong-sik"), and the matcher
// compares syllable by syllable.
// ICU is touched only for text that holds non-Latin letters: creating a transliterator costs from a
// few to ~1,000 ms (Han-Latin), so each is created the first time its script is seen, and kept
// (one copy per thread, since a transliterator is not safe to share between threads).
struct Latinised {
    QString text;
    QString script; // the non-Latin script the text was in ("Hangul", "Cyrillic", ...); empty: Latin
};
Latinised latinise(const QString &text);

// Creates the transliterators for the scripts analysts most often paste (Hangul, Cyrillic), off the
// GUI thread, so that the first such query does not pay for them. Han-Latin (~1 s) is left to the
// first Chinese query rather than delaying every start.
void prepareCommonTransliterators();

// `text` without diacritics ("Đặng" -> "Dang", "Müller" -> "Muller"), Latin letters only.
QString withoutAccents(const QString &text);

} // namespace st
