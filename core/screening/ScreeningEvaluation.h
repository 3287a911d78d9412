#pragma once

#include "common/Result.h"
#include "screening/ScreeningIndex.h"

#include <QMap>
#include <QString>

namespace st {

// How well the matcher finds designated names and leaves others alone, on the evaluation set of
// tests/data/screening/ (see its README): the benchmark prints it, a test holds it to the targets.
// Recall counts the ranking: the expected designation first (top-1) or among the first five (top-5)
// of the candidates the matcher returns (score >= 0.5, ScreeningOptions::minimumScore). "Shown" also
// asks that its score reach the threshold, i.e. that the analyst sees it with the default slider.
struct RecallCount {
    int queries = 0;
    int top1 = 0;
    int top5 = 0;
    int top1Shown = 0;
    int top5Shown = 0;
    [[nodiscard]] double top1Rate() const { return rate(top1); }
    [[nodiscard]] double top5Rate() const { return rate(top5); }
    [[nodiscard]] double top1ShownRate() const { return rate(top1Shown); }
    [[nodiscard]] double top5ShownRate() const { return rate(top5Shown); }

private:
    [[nodiscard]] double rate(int n) const { return queries ? double(n) / queries : 0; }
};

struct ScreeningEvaluation {
    RecallCount overall;
    QMap<QString, RecallCount> byPerturbation;
    int negatives = 0;
    int falsePositives = 0; // non-designated names with a candidate at or above the threshold
    QStringList misses;      // "query -> expected, got …", for looking into
    QStringList falseHits;
    [[nodiscard]] double falsePositiveRate() const { return negatives ? double(falsePositives) / negatives : 0; }
};

// Screens both files' names against `index`; `threshold` decides what is shown and what is a false positive.
Result<ScreeningEvaluation> evaluateScreening(const ScreeningIndex &index, const QString &designatedCsv,
                                              const QString &nonDesignatedCsv, double threshold);

} // namespace st
