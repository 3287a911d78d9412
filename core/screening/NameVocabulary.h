#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace st {

// The words and spellings name screening knows about, read from data files (core/screening/data/)
// so that an analyst can add a romanisation or a company suffix without touching code:
// - the spellings of each Korean syllable (Ri/Lee/Yi/Rhee, Pak/Park/Bak, ...), with the one compared;
// - honorifics and company suffixes, compared without;
// - the spellings of countries, mapped to one code.
class NameVocabulary {
public:
    // The vocabulary bundled with the app (the files compiled in as resources); built once.
    static const NameVocabulary &bundled();

    // From the files' texts (see the data files for the format); tests build small ones.
    NameVocabulary(const QString &romanisation, const QString &nameWords, const QString &countries);

    // The compared spelling of a Korean syllable written `spelling` ("park" -> "pak"); empty when
    // the word is not a known syllable spelling.
    [[nodiscard]] QString canonicalSyllable(const QString &spelling) const { return m_syllables.value(spelling); }
    // Honorifics and company suffixes as token lists, longest first, so "co ltd" goes before "co".
    [[nodiscard]] const QList<QStringList> &removableWords() const { return m_removable; }
    // "kp" for "dprk", "north korea", "democratic peoples republic of korea"; the text itself when unknown.
    // `normalised` is lower-case ASCII words separated by single spaces.
    [[nodiscard]] QString countryCode(const QString &normalised) const { return m_countries.value(normalised, normalised); }

private:
    QHash<QString, QString> m_syllables;
    QList<QStringList> m_removable;
    QHash<QString, QString> m_countries;
};

} // namespace st
