#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace st {

class NameVocabulary;

// One word of a name as it is compared.
struct NameToken {
    QString text;    // compared form: lower-case ASCII, a Korean syllable in its canonical spelling ("pak")
    QString written; // as written, lower-case, after transliteration ("park")
    friend bool operator==(const NameToken &, const NameToken &) = default;
};

// A name reduced to the words that identify it.
struct NormalisedName {
    QList<NameToken> tokens;
    QStringList removedWords; // honorifics and company suffixes left out ("co ltd", "mr")
    QString script;           // the script it was transliterated from; empty when written in Latin
    bool syllablesJoined = false; // a word was split into Korean syllables ("jongwon" -> "jong won")
    [[nodiscard]] QStringList texts() const;
};

// Lower case, no accents, no punctuation; hyphens separate words ("Jong-won" -> "jong won"); a word
// made of known Korean syllables is split into them ("Jongwon" -> "jong won"), each syllable in its
// canonical spelling (Park, Bak -> pak), so all ways of writing a Korean given name compare equal;
// honorifics and company suffixes are dropped unless nothing else would remain; non-Latin scripts
// are transliterated first (see latinise()). Token order is kept: the matcher compares it apart.
NormalisedName normaliseName(const QString &name, const NameVocabulary &vocabulary);

// Lower-case ASCII words separated by single spaces ("Democratic People's Republic of Korea" ->
// "democratic peoples republic of korea"), for comparing countries and years' free text.
QString simplifiedWords(const QString &text);

} // namespace st
