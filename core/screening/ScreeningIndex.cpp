#include "screening/ScreeningIndex.h"

#include "screening/NameVocabulary.h"
#include "screening/ScreeningExplanation.h"
#include "screening/Similarity.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>

namespace st {

namespace {

// Birth year and nationality confirm or weaken a name match; they never make one on their own.
constexpr double kBirthYearBonus = 0.03;
constexpr double kBirthYearPenalty = 0.15;
constexpr int kBirthYearTolerance = 1; // listed dates are often approximate by a year
constexpr double kNationalityBonus = 0.02;
constexpr double kNationalityPenalty = 0.05;
// A word of the query may be found under an unknown spelling: it weighs as a rare word.
constexpr double kUnknownWordWeight = 1.0;
constexpr double kMinimumWordWeight = 0.2;
// Names compared in full per query, at most: the strongest leads of the blocking step.
constexpr int kMaxCompared = 60;

// Reused by the queries of one thread: counters over all listed names, reset through `touched`.
struct Scratch {
    std::vector<int> lastWord;   // the last query word (+1) that reached each name in this query
    std::vector<int> wordsFound; // how many query words reached it
    std::vector<float> lead;     // how strongly: the reaching words' weights, halved for a partial key
    std::vector<int> touched;
};

Scratch &scratchFor(qsizetype entries)
{
    thread_local Scratch scratch;
    if (scratch.lastWord.size() < size_t(entries)) {
        scratch.lastWord.assign(size_t(entries), 0);
        scratch.wordsFound.assign(size_t(entries), 0);
        scratch.lead.assign(size_t(entries), 0);
    }
    return scratch;
}

} // namespace

QString ScreeningCandidate::explanation() const
{
    return reasons.join(QStringLiteral(", "));
}

ScreeningIndex::ScreeningIndex(QList<ScreeningTarget> targets) : ScreeningIndex(std::move(targets), NameVocabulary::bundled())
{
}

ScreeningIndex::ScreeningIndex(QList<ScreeningTarget> targets, const NameVocabulary &vocabulary)
    : m_vocabulary(vocabulary), m_targets(std::move(targets))
{
    for (int t = 0; t < m_targets.size(); ++t) {
        const ScreeningTarget &target = m_targets[t];
        QSet<QStringList> seen; // "KIM Jong Sik" and "Kim Jong-sik" index once; "Jang"/"Chang" twice, to explain
        for (int n = 0; n < target.names.size(); ++n) {
            Entry entry{t, n, comparable(target.names[n].text)};
            QStringList written;
            for (const NameToken &token : std::as_const(entry.name.name.tokens))
                written << token.written;
            if (written.isEmpty() || seen.contains(written))
                continue;
            seen.insert(written);
            m_entries.append(std::move(entry));
        }
    }
    for (int e = 0; e < m_entries.size(); ++e) {
        ComparableName &name = m_entries[e].name;
        QSet<QString> keys;
        QSet<QString> words;
        for (int i = 0; i < name.name.tokens.size(); ++i) {
            for (const QString &key : blockingKeys(name.name.tokens[i], name.keys[i]))
                keys.insert(key);
            words.insert(name.name.tokens[i].text);
        }
        for (const QString &key : joinedKeys(name.name.tokens))
            keys.insert(key);
        for (const QString &key : std::as_const(keys))
            m_postings[key].append(e);
        for (const QString &word : std::as_const(words))
            ++m_documentFrequency[word];
    }
    for (Entry &entry : m_entries) {
        for (int i = 0; i < entry.name.name.tokens.size(); ++i)
            entry.name.weights[i] = weightOf(entry.name.name.tokens[i].text);
    }
}

ComparableName ScreeningIndex::comparable(const QString &text) const
{
    ComparableName out;
    out.name = normaliseName(text, m_vocabulary);
    for (const NameToken &token : std::as_const(out.name.tokens)) {
        out.keys << phoneticKey(token.text);
        out.weights << kUnknownWordWeight;
    }
    return out;
}

// Rare words identify a name, common ones ("korea", "kim") barely: an inverse document frequency,
// scaled to (0, 1] by the rarest possible word.
double ScreeningIndex::weightOf(const QString &token) const
{
    const int df = m_documentFrequency.value(token);
    if (df == 0)
        return kUnknownWordWeight;
    const double n = double(m_entries.size());
    return std::max(kMinimumWordWeight, std::log(1.0 + n / df) / std::log(1.0 + n));
}

QStringList ScreeningIndex::blockingKeys(const NameToken &token, const QString &phonetic) const
{
    QStringList keys{QLatin1String("t:") + token.text};
    if (phonetic.size() >= 2)
        keys << QLatin1String("p:") + phonetic;
    if (token.text.size() >= 4) {
        keys << QLatin1String("a:") + token.text.left(3);
        keys << QLatin1String("z:") + token.text.right(3);
    }
    return keys;
}

// "Nam Chon Gang" may be written "Namchongang", with a typo that keeps it from being split into
// syllables: runs of two or three words are also keyed by the first and last three letters they
// make together, so such a word still reaches the name.
QStringList ScreeningIndex::joinedKeys(const QList<NameToken> &tokens)
{
    QStringList keys;
    for (qsizetype from = 0; from + 1 < tokens.size(); ++from) {
        QString joined = tokens[from].written;
        for (qsizetype count = 2; count <= 3 && from + count <= tokens.size(); ++count) {
            joined += tokens[from + count - 1].written;
            keys << QLatin1String("a:") + joined.left(3) << QLatin1String("z:") + joined.right(3);
        }
    }
    keys.removeDuplicates();
    return keys;
}

ScreeningIndexStats ScreeningIndex::stats() const
{
    ScreeningIndexStats s;
    s.targets = int(m_targets.size());
    s.names = int(m_entries.size());
    s.keys = int(m_postings.size());
    for (const QVector<int> &list : m_postings)
        s.postings += list.size();
    return s;
}

void ScreeningIndex::adjustForFacts(const ScreeningQuery &query, const ScreeningTarget &target, ScreeningCandidate &c) const
{
    if (query.birthYear > 0 && !target.birthYears.isEmpty() && target.kind == DesignationKind::Individual) {
        const bool exact = std::any_of(target.birthYears.begin(), target.birthYears.end(),
                                       [&](const YearRange &r) { return r.contains(query.birthYear); });
        const bool near = std::any_of(target.birthYears.begin(), target.birthYears.end(), [&](const YearRange &r) {
            return query.birthYear >= r.from - kBirthYearTolerance && query.birthYear <= r.to + kBirthYearTolerance;
        });
        if (exact)
            c.score += kBirthYearBonus;
        else if (!near)
            c.score -= kBirthYearPenalty;
        if (exact || !near)
            c.reasons << birthYearReason(exact, target.birthYears);
    }
    if (!query.country.trimmed().isEmpty() && !target.nationalities.isEmpty()) {
        const QString asked = m_vocabulary.countryCode(simplifiedWords(query.country));
        const bool matches = std::any_of(target.nationalities.begin(), target.nationalities.end(), [&](const QString &n) {
            return m_vocabulary.countryCode(simplifiedWords(n)) == asked;
        });
        c.score += matches ? kNationalityBonus : -kNationalityPenalty;
        c.reasons << nationalityReason(matches, target.nationalities);
    }
    c.score = std::clamp(c.score, 0.0, 1.0);
}

QList<ScreeningCandidate> ScreeningIndex::screen(const ScreeningQuery &query, const ScreeningOptions &options) const
{
    ComparableName q = comparable(query.name);
    const int nq = int(q.name.tokens.size());
    if (nq == 0 || m_entries.isEmpty())
        return {};
    for (int i = 0; i < nq; ++i)
        q.weights[i] = weightOf(q.name.tokens[i].text);

    // The query's words, then its runs of words written apart, each a "word" that can reach a name.
    QList<QStringList> wordKeys;
    for (int i = 0; i < nq; ++i)
        wordKeys << blockingKeys(q.name.tokens[i], q.keys[i]);
    if (const QStringList joined = joinedKeys(q.name.tokens); !joined.isEmpty())
        wordKeys << joined;
    Scratch &s = scratchFor(m_entries.size());
    for (int i = 0; i < wordKeys.size(); ++i) {
        const float weight = float(i < nq ? q.weights[i] : kUnknownWordWeight);
        for (qsizetype k = 0; k < wordKeys[i].size(); ++k) {
            const auto it = m_postings.constFind(wordKeys[i][k]);
            if (it == m_postings.cend())
                continue;
            // The word itself (the first key) is a stronger lead than its sound or its ends.
            const float credit = k == 0 && i < nq ? weight : weight / 2;
            for (int e : it.value()) {
                if (s.lastWord[size_t(e)] == i + 1)
                    continue;
                if (s.wordsFound[size_t(e)] == 0)
                    s.touched.push_back(e);
                s.lastWord[size_t(e)] = i + 1;
                ++s.wordsFound[size_t(e)];
                s.lead[size_t(e)] += credit;
            }
        }
    }
    // Long queries must meet a name in two words: one shared "Kim" or "Korea" is no lead. Of the names
    // left, only the strongest leads are compared in full, so a query made of common words costs a
    // bounded number of comparisons however large the list.
    const int needed = nq >= 3 ? 2 : 1;
    std::vector<std::pair<float, int>> leads;
    for (int e : s.touched) {
        if (s.wordsFound[size_t(e)] >= needed)
            leads.emplace_back(s.lead[size_t(e)], e);
        s.wordsFound[size_t(e)] = 0;
        s.lastWord[size_t(e)] = 0;
        s.lead[size_t(e)] = 0;
    }
    s.touched.clear();
    if (leads.size() > size_t(kMaxCompared)) {
        std::nth_element(leads.begin(), leads.begin() + kMaxCompared, leads.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        leads.resize(size_t(kMaxCompared));
    }
    QHash<int, ScreeningCandidate> best; // by target
    QHash<int, NameComparison> bestComparison;
    for (const auto &[lead, e] : leads) {
        const Entry &entry = m_entries[e];
        NameComparison comparison = compareNames(q, entry.name);
        auto it = best.find(entry.target);
        if (it != best.end()
            && (it->score > comparison.score
                || (it->score == comparison.score && bestComparison[entry.target].sameWords() >= comparison.sameWords())))
            continue;
        ScreeningCandidate c;
        c.target = entry.target;
        c.nameIndex = e; // an entry for now; replaced by the target's name index below
        c.score = comparison.score;
        best.insert(entry.target, c);
        bestComparison.insert(entry.target, std::move(comparison));
    }

    QList<ScreeningCandidate> out;
    for (auto it = best.begin(); it != best.end(); ++it) {
        ScreeningCandidate c = it.value();
        const Entry &entry = m_entries[c.nameIndex];
        const ScreeningTarget &target = m_targets[entry.target];
        c.nameIndex = entry.nameIndex;
        // Cheap filter before the explanation: facts add at most a few hundredths.
        if (c.score + kBirthYearBonus + kNationalityBonus < options.minimumScore)
            continue;
        c.reasons = explainNameMatch(target.names[entry.nameIndex], q, entry.name, bestComparison.value(it.key()));
        adjustForFacts(query, target, c);
        if (c.score >= options.minimumScore)
            out.append(std::move(c));
    }
    std::sort(out.begin(), out.end(), [this](const ScreeningCandidate &a, const ScreeningCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return m_targets[a.target].referenceNumber < m_targets[b.target].referenceNumber;
    });
    if (out.size() > options.maxCandidates)
        out.resize(options.maxCandidates);
    return out;
}

QList<ScreeningResult> ScreeningIndex::screenAll(const QList<ScreeningQuery> &queries, const ScreeningOptions &options,
                                                 int threads) const
{
    QList<ScreeningResult> results(queries.size());
    const int n = int(queries.size());
    int workers = threads > 0 ? threads : QThread::idealThreadCount();
    workers = std::clamp(workers, 1, std::max(1, n / 50)); // a thread is not worth it for a few names
    auto work = [&](int from, int to) {
        for (int i = from; i < to; ++i)
            results[i] = {queries[i], screen(queries[i], options)};
    };
    if (workers == 1) {
        work(0, n);
        return results;
    }
    std::vector<std::thread> pool;
    const int chunk = (n + workers - 1) / workers;
    for (int w = 0; w < workers; ++w)
        pool.emplace_back(work, w * chunk, std::min(n, (w + 1) * chunk));
    for (std::thread &t : pool)
        t.join();
    return results;
}

} // namespace st
