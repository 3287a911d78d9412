#pragma once

#include "screening/NameComparison.h"
#include "screening/ScreeningTarget.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace st {

class NameVocabulary;

// Scores at or above this are shown as possible matches unless the analyst moves the threshold;
// the evaluation set (tests/data/screening/) measures recall and false positives at this value.
inline constexpr double kDefaultScreeningThreshold = 0.8;

// One name to screen: a line of the analyst's list.
struct ScreeningQuery {
    int line = 0;     // line in the file or the pasted text, from 1
    QString name;
    int birthYear = 0; // 0: not given
    QString country;   // empty: not given
};

// One designation that may be the person or company asked about.
struct ScreeningCandidate {
    int target = -1;    // index into ScreeningIndex::targets()
    int nameIndex = 0;  // which of the target's names matched best
    double score = 0;   // in [0, 1], after birth year and nationality
    QStringList reasons; // what matched, first the name; joined by explanation()
    [[nodiscard]] QString explanation() const;
};

struct ScreeningResult {
    ScreeningQuery query;
    QList<ScreeningCandidate> candidates; // best first
};

struct ScreeningOptions {
    double minimumScore = 0.5; // candidates below are dropped (the analyst's threshold filters later)
    int maxCandidates = 10;
};

// How big the index is, for the benchmark and the documentation of its cost.
struct ScreeningIndexStats {
    int targets = 0;
    int names = 0;
    int keys = 0;      // distinct blocking keys
    qint64 postings = 0; // (key, name) entries
};

// Every name of every designation, normalised once, with an inverted index from blocking keys to
// names: each word gives its compared form, its phonetic key and its first and last three letters.
// A query looks up its words' keys, counts for each listed name how many query words reached it,
// and compares in full only the names reached by enough words (one for short queries, two from
// three words up); a typo must thus spoil every key of a word and the other words to lose a match.
// Building costs one normalisation per name; a query costs the length of the posting lists of its
// keys plus one comparison per surviving name, so it grows with how common the query's words are,
// not with the size of the list as a whole. Read-only once built: screen() may run on many threads.
class ScreeningIndex {
public:
    explicit ScreeningIndex(QList<ScreeningTarget> targets);
    ScreeningIndex(QList<ScreeningTarget> targets, const NameVocabulary &vocabulary);

    [[nodiscard]] const QList<ScreeningTarget> &targets() const { return m_targets; }
    [[nodiscard]] ScreeningIndexStats stats() const;

    [[nodiscard]] QList<ScreeningCandidate> screen(const ScreeningQuery &query, const ScreeningOptions &options = {}) const;
    // Screens every query, spread over `threads` threads (0: one per core), results in query order.
    [[nodiscard]] QList<ScreeningResult> screenAll(const QList<ScreeningQuery> &queries,
                                                   const ScreeningOptions &options = {}, int threads = 0) const;

private:
    struct Entry {
        int target = 0;
        int nameIndex = 0;
        ComparableName name;
    };
    ComparableName comparable(const QString &text) const;
    [[nodiscard]] QStringList blockingKeys(const NameToken &token, const QString &phonetic) const;
    [[nodiscard]] static QStringList joinedKeys(const QList<NameToken> &tokens);
    double weightOf(const QString &token) const;
    void adjustForFacts(const ScreeningQuery &query, const ScreeningTarget &target, ScreeningCandidate &c) const;

    const NameVocabulary &m_vocabulary;
    QList<ScreeningTarget> m_targets;
    QVector<Entry> m_entries;
    QHash<QString, QVector<int>> m_postings;
    QHash<QString, int> m_documentFrequency;
};

} // namespace st
