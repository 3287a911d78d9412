#include "screening/NameComparison.h"

#include "screening/Similarity.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace st {

namespace {

// Below this a word pair is not a match at all: "chol"/"chun" must not count as half a match.
constexpr double kMinTokenSimilarity = 0.75;
// Equal phonetic keys (three consonant classes or more, on words spelt not too differently) make
// words match this well.
constexpr double kSoundsLikeSimilarity = 0.9;
constexpr int kSoundsLikeMinKey = 3;
constexpr double kSoundsLikeMinSpelling = 0.7;
// Short words differ in one letter far more often by being other names ("Chol"/"Chon", "Myong"/"Bong")
// than by a typo, so their spelling similarity is lowered.
constexpr qsizetype kShortWord = 5;
constexpr double kShortWordPenalty = 0.12;
// ... unless one letter typed wrong, left out, doubled or swapped is all that separates them.
constexpr double kShortWordTypo = 0.8;

// One substitution, insertion, deletion or swap of neighbours (Damerau-Levenshtein distance 1).
bool oneEditApart(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (lb - la > 1)
        return false;
    qsizetype i = 0;
    while (i < la && a[i] == b[i])
        ++i;
    if (la == lb) {
        if (i == la)
            return false; // equal
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2); // swap
    }
    return a.mid(i) == b.mid(i + 1); // b has one letter more
}
// A spelling this close pairs words before any are tried as written together.
constexpr double kSureSpelling = 0.9;
// Share of the score that comes from covering the query (the rest: covering the listed name).
constexpr double kQueryShare = 0.65;
// A query that covers little of a listed name scores at most this much above that coverage: "Korea"
// fully matches a word of "Korea Trading Bank" but is not that bank.
constexpr double kCoverageMargin = 0.3;

TokenPair pairOf(const ComparableName &q, int i, const ComparableName &c, int j)
{
    const NameToken &a = q.name.tokens[i];
    const NameToken &b = c.name.tokens[j];
    if (a.text == b.text)
        return {i, j, 1.0, a.written == b.written ? TokenMatch::Same : TokenMatch::Variant};
    double spelling = jaroWinkler(a.text, b.text);
    const QString &ka = q.keys[i];
    if (ka.size() >= kSoundsLikeMinKey && ka == c.keys[j] && spelling >= kSoundsLikeMinSpelling
        && spelling < kSoundsLikeSimilarity)
        return {i, j, kSoundsLikeSimilarity, TokenMatch::SoundsLike};
    if (std::max(a.text.size(), b.text.size()) <= kShortWord)
        spelling = oneEditApart(a.text, b.text) ? std::max(spelling - kShortWordPenalty, kShortWordTypo)
                                                : spelling - kShortWordPenalty;
    return {i, j, spelling, TokenMatch::Spelling};
}

// What a pair adds to the coverage: an approximate pair counts for less than its similarity, so two
// near-misses do not add up to a match ("Fadi Rahman" is not "Fazil Rahman" because both are close).
double credit(const TokenPair &p)
{
    return p.how == TokenMatch::Same || p.how == TokenMatch::Variant ? 1.0 : p.similarity * p.similarity;
}

// Words left unpaired on one side may be one word on the other, written together where the other
// side splits it into syllables, or the other way round, with a typo that kept it from being split
// ("Namchongagn" / "Nam Chon Gang"). Each unpaired word is tried against runs of two or three adjacent
// unpaired words of the other side, joined, as written and in compared form.
// Short words joined by chance resemble too much ("Ju Un" / "Jun"): only long words, spelt very close.
constexpr qsizetype kJoinedMinLength = 6;
constexpr double kJoinedSimilarity = 0.92;

struct Side {
    const ComparableName &name;
    QVarLengthArray<bool, 16> &used;
};

void pairJoinedWords(Side single, Side split, bool singleIsQuery, QList<TokenPair> &pairs)
{
    const auto &words = single.name.name.tokens;
    const auto &parts = split.name.name.tokens;
    for (int i = 0; i < words.size(); ++i) {
        if (single.used[i] || words[i].written.size() < kJoinedMinLength)
            continue;
        double best = kJoinedSimilarity;
        int bestFrom = -1;
        int bestCount = 0;
        for (int from = 0; from < parts.size(); ++from) {
            QString text, written;
            for (int count = 1; count <= 3 && from + count <= parts.size() && !split.used[from + count - 1]; ++count) {
                text += parts[from + count - 1].text;
                written += parts[from + count - 1].written;
                if (count < 2)
                    continue;
                const double similarity = std::max(jaroWinkler(words[i].text, text), jaroWinkler(words[i].written, written));
                if (similarity > best) {
                    best = similarity;
                    bestFrom = from;
                    bestCount = count;
                }
            }
        }
        if (bestFrom < 0)
            continue;
        single.used[i] = true;
        for (int j = bestFrom; j < bestFrom + bestCount; ++j) {
            split.used[j] = true;
            pairs.append(singleIsQuery ? TokenPair{i, j, best, TokenMatch::Joined} : TokenPair{j, i, best, TokenMatch::Joined});
        }
    }
}

} // namespace

int NameComparison::sameWords() const
{
    return int(std::count_if(pairs.begin(), pairs.end(), [](const TokenPair &p) { return p.how == TokenMatch::Same; }));
}

bool NameComparison::exact() const
{
    return unmatchedQuery.isEmpty() && unmatchedCandidate.isEmpty() && !orderDiffers
        && std::all_of(pairs.begin(), pairs.end(), [](const TokenPair &p) { return p.how == TokenMatch::Same; });
}

NameComparison compareNames(const ComparableName &query, const ComparableName &candidate)
{
    NameComparison out;
    const int nq = int(query.name.tokens.size());
    const int nc = int(candidate.name.tokens.size());
    if (nq == 0 || nc == 0)
        return out;
    QVarLengthArray<TokenPair, 32> options;
    for (int i = 0; i < nq; ++i) {
        for (int j = 0; j < nc; ++j) {
            const TokenPair p = pairOf(query, i, candidate, j);
            if (p.similarity >= kMinTokenSimilarity)
                options.append(p);
        }
    }
    // Best pairs first; among equals, the one that keeps the word's position.
    std::sort(options.begin(), options.end(), [](const TokenPair &a, const TokenPair &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return std::abs(a.query - a.candidate) < std::abs(b.query - b.candidate);
    });
    QVarLengthArray<bool, 16> usedQ(nq, false);
    QVarLengthArray<bool, 16> usedC(nc, false);
    // Sure pairs first, then words written together, then what is left to spelling: "Namchongagn"
    // is "Nam Chon Gang" with a typo before it is a misspelt "Nam".
    auto take = [&](bool sure) {
        for (const TokenPair &p : options) {
            if (usedQ[p.query] || usedC[p.candidate] || (sure && p.how == TokenMatch::Spelling && p.similarity < kSureSpelling))
                continue;
            usedQ[p.query] = usedC[p.candidate] = true;
            out.pairs.append(p);
        }
    };
    take(true);
    pairJoinedWords({query, usedQ}, {candidate, usedC}, true, out.pairs);
    pairJoinedWords({candidate, usedC}, {query, usedQ}, false, out.pairs);
    take(false);
    std::sort(out.pairs.begin(), out.pairs.end(), [](const TokenPair &a, const TokenPair &b) {
        return a.query != b.query ? a.query < b.query : a.candidate < b.candidate;
    });

    double coveredQ = 0, totalQ = 0, coveredC = 0, totalC = 0;
    for (const TokenPair &p : std::as_const(out.pairs)) {
        // A matched pair weighs what the listed word weighs, on both sides, so a typo in the query
        // (an unknown, hence "rare", word) does not outweigh the word it stands for.
        const double w = candidate.weights[p.candidate];
        coveredQ += w * credit(p);
        totalQ += w;
        coveredC += w * credit(p);
        totalC += w;
    }
    for (int i = 0; i < nq; ++i) {
        if (!usedQ[i]) {
            out.unmatchedQuery << i;
            totalQ += query.weights[i];
        }
    }
    for (int j = 0; j < nc; ++j) {
        if (!usedC[j]) {
            out.unmatchedCandidate << j;
            totalC += candidate.weights[j];
        }
    }
    for (qsizetype k = 1; k < out.pairs.size(); ++k)
        out.orderDiffers = out.orderDiffers || out.pairs[k].candidate < out.pairs[k - 1].candidate;
    if (totalQ > 0 && totalC > 0) {
        const double queryCoverage = coveredQ / totalQ;
        const double listedCoverage = coveredC / totalC;
        out.score = std::min(kQueryShare * queryCoverage + (1.0 - kQueryShare) * listedCoverage,
                             listedCoverage + kCoverageMargin);
    }
    return out;
}

} // namespace st
