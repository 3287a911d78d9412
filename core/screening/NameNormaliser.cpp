#include "screening/NameNormaliser.h"

#include "screening/NameVocabulary.h"
#include "screening/Similarity.h"
#include "screening/Transliteration.h"

namespace st {

QStringList NormalisedName::texts() const
{
    QStringList out;
    out.reserve(tokens.size());
    for (const NameToken &t : tokens)
        out << t.text;
    return out;
}

namespace {

bool isApostrophe(QChar c)
{
    // ' ’ ‘ ` ʼ: "People's", "O'Brien", "Ri Sŏng-ch'ŏl" keep the word whole.
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QLatin1Char('`')
        || c == QChar(0x02BC);
}

// Lower-case words of letters and digits; everything else separates words, apostrophes vanish.
QStringList words(const QString &latin)
{
    QStringList out;
    QString word;
    for (QChar c : latin) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!isApostrophe(c) && !word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

// A misspelt suffix ("Corporatoin", "Tradinng", "Copr") is still a suffix: one-word phrases of four
// letters or more are also removed when spelt this close.
constexpr double kMisspeltSuffix = 0.9;
constexpr qsizetype kMisspeltSuffixMinLength = 4;

void removeMisspeltWords(QStringList &tokens, const NameVocabulary &vocabulary, QStringList &removed)
{
    for (qsizetype i = 0; i < tokens.size() && tokens.size() > 1;) {
        const QString &token = tokens[i];
        QString found;
        if (token.size() >= kMisspeltSuffixMinLength && vocabulary.canonicalSyllable(token).isEmpty()) {
            for (const QStringList &phrase : vocabulary.removableWords()) {
                if (phrase.size() == 1 && phrase.first().size() >= kMisspeltSuffixMinLength
                    && jaroWinkler(token, phrase.first()) >= kMisspeltSuffix) {
                    found = phrase.first();
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            ++i;
            continue;
        }
        removed << found;
        tokens.removeAt(i);
    }
}

// Removes each honorific or suffix phrase wherever it stands, as long as a word remains.
void removeKnownWords(QStringList &tokens, const NameVocabulary &vocabulary, QStringList &removed)
{
    for (const QStringList &phrase : vocabulary.removableWords()) {
        for (qsizetype i = 0; i + phrase.size() <= tokens.size();) {
            if (tokens.size() <= phrase.size())
                break;
            if (std::equal(phrase.begin(), phrase.end(), tokens.begin() + i)) {
                removed << phrase.join(QLatin1Char(' '));
                tokens.remove(i, phrase.size());
            } else {
                ++i;
            }
        }
    }
}

// "jongwon" -> ["jong", "won"] when the word is two or three known syllables of two letters or more.
QStringList syllables(const QString &word, const NameVocabulary &vocabulary, int depth = 0)
{
    if (!vocabulary.canonicalSyllable(word).isEmpty())
        return {word};
    if (depth == 2)
        return {};
    for (qsizetype cut = word.size() - 2; cut >= 2; --cut) {
        const QString head = word.left(cut);
        if (vocabulary.canonicalSyllable(head).isEmpty())
            continue;
        QStringList rest = syllables(word.mid(cut), vocabulary, depth + 1);
        if (!rest.isEmpty())
            return QStringList{head} + rest;
    }
    return {};
}

} // namespace

NormalisedName normaliseName(const QString &name, const NameVocabulary &vocabulary)
{
    NormalisedName out;
    const Latinised latin = latinise(name);
    out.script = latin.script;
    QStringList tokens = words(latin.text);
    removeKnownWords(tokens, vocabulary, out.removedWords);
    removeMisspeltWords(tokens, vocabulary, out.removedWords);
    for (const QString &token : std::as_const(tokens)) {
        const QStringList parts = token.size() >= 4 ? syllables(token, vocabulary) : QStringList{};
        if (parts.size() > 1)
            out.syllablesJoined = true;
        if (parts.isEmpty()) {
            const QString canonical = vocabulary.canonicalSyllable(token);
            out.tokens.append({canonical.isEmpty() ? token : canonical, token});
            continue;
        }
        for (const QString &part : parts)
            out.tokens.append({vocabulary.canonicalSyllable(part), part});
    }
    return out;
}

QString simplifiedWords(const QString &text)
{
    return words(withoutAccents(text)).join(QLatin1Char(' '));
}

} // namespace st
