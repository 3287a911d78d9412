#pragma once

#include "screening/NameNormaliser.h"

#include <QList>
#include <QVector>

namespace st {

// A name ready to be compared: its tokens with their phonetic keys and weights.
struct ComparableName {
    NormalisedName name;
    QStringList keys;        // phonetic key per token
    QVector<double> weights; // per token: how much the word identifies someone (rare words weigh more)
};

// How one query word met one word of a listed name.
enum class TokenMatch {
    Same,       // written the same
    Variant,    // another romanisation of the same Korean syllable ("Park" / "Pak")
    SoundsLike, // equal phonetic keys ("Jeong" / "Chong" outside the table)
    Spelling,   // close spelling (a typo, a dropped letter)
    Joined,     // one word on one side, several on the other ("Namchongagn" / "Nam Chon Gang")
};

struct TokenPair {
    int query = 0;
    int candidate = 0;
    double similarity = 0;
    TokenMatch how = TokenMatch::Same;
};

struct NameComparison {
    double score = 0; // in [0, 1]
    QList<TokenPair> pairs; // by query word
    QList<int> unmatchedQuery;
    QList<int> unmatchedCandidate;
    bool orderDiffers = false;
    [[nodiscard]] bool exact() const;
    [[nodiscard]] int sameWords() const; // pairs written identically: breaks ties between equal scores
};

// Pairs each query word with its most similar word of the candidate (Jaro-Winkler on the compared
// forms, raised to 0.9 for equal phonetic keys, ignored under 0.8), best pairs first, then scores
// how much of each name the pairs cover, weighted by rarity: the query's coverage counts more
// (a listed name with a word the query lacks is still a likely hit), the listed name's less.
NameComparison compareNames(const ComparableName &query, const ComparableName &candidate);

} // namespace st
