// The matcher against the real UN list of 26 September 2024: each kind of perturbation an analyst
// meets, the explanation, birth year and nationality, the index's blocking, and the list read
// through the database (import, then the storage repositories).
#include "ScreeningTestData.h"
#include "TestSupport.h"
#include "screening/ScreeningIndex.h"
#include "designations/UnListImport.h"

#include <QTest>

using namespace st;
using namespace st::test;

class TestScreeningMatch : public QObject {
    Q_OBJECT

    static ScreeningCandidate best(const QString &name, int birthYear = 0, const QString &country = {})
    {
        const auto found = realListIndex().screen({1, name, birthYear, country});
        if (found.isEmpty())
            return {};
        return found.first();
    }
    static QString explanationOf(const QString &name, int birthYear = 0, const QString &country = {})
    {
        return best(name, birthYear, country).explanation();
    }

private slots:
    void findsEachPerturbation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reference");
        QTest::newRow("as listed") << "PAK HAN SE" << "KPi.049";
        QTest::newRow("transliteration variant Park") << "Park Han Se" << "KPi.049";
        QTest::newRow("transliteration variant Lee") << "Lee Won Ho" << "KPi.033";
        QTest::newRow("Jung for Jong") << "Kim Jung Sik" << "KPi.066";
        QTest::newRow("token order") << "Han Se Pak" << "KPi.049";
        QTest::newRow("comma order") << "SIK, Kim Jong" << "KPi.066";
        QTest::newRow("hyphenated") << "Kim Jong-sik" << "KPi.066";
        QTest::newRow("given name in one word") << "Jo Yongwon" << "KPi.043";
        QTest::newRow("dropped surname") << "Myong Chin Chang" << "KPi.007";
        QTest::newRow("typo") << "Hwang Sok-hwq" << "KPi.003";
        QTest::newRow("typo in a long word") << "Namchongagn Trading Corporation" << "KPe.004";
        QTest::newRow("Hangul") << "김정식" << "KPi.066";
        QTest::newRow("Hangul with rieul") << "리원호" << "KPi.033";
        QTest::newRow("company suffix dropped") << "Korea Kwangson Banking" << "KPe.025";
        QTest::newRow("company suffix changed") << "Hesong Trading Co., Ltd." << "KPe.024";
        QTest::newRow("alias") << "KOMID" << "KPe.001";
        QTest::newRow("Chinese original script") << "華信船務(香港)有限公司" << "KPe.059";
        QTest::newRow("Arabic original script") << "جلال الدين حقانى" << "TAi.040";
    }
    void findsEachPerturbation()
    {
        QFETCH(QString, query);
        QFETCH(QString, reference);
        QCOMPARE(bestReference(query), reference);
        QVERIFY2(best(query).score >= kDefaultScreeningThreshold, qPrintable(explanationOf(query)));
    }

    void scoresAnExactNameOne()
    {
        const ScreeningCandidate c = best(QStringLiteral("PAK HAN SE"));
        QCOMPARE(c.score, 1.0);
        QCOMPARE(c.explanation(), QStringLiteral("name 'PAK HAN SE', exact match"));
    }

    void leavesUnrelatedNamesBelowTheThreshold_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("Korean name sharing a surname") << "Kim Min Jun";
        QTest::newRow("English name") << "Jonathan Whitfield";
        QTest::newRow("Russian name") << "Dmitry Sergeyevich Volkov";
        QTest::newRow("company") << "Northern Star Logistics Ltd";
        QTest::newRow("a common word alone") << "Korea";
    }
    void leavesUnrelatedNamesBelowTheThreshold()
    {
        QFETCH(QString, query);
        QVERIFY2(best(query).score < kDefaultScreeningThreshold, qPrintable(explanationOf(query)));
    }

    void explainsWhatMatched()
    {
        // An alias, with its quality.
        QVERIFY2(explanationOf(QStringLiteral("Jang Myong-Jin")).startsWith(QStringLiteral("alias 'Jang Myong-Jin' (good quality)")),
                 qPrintable(explanationOf(QStringLiteral("Jang Myong-Jin"))));
        // A variant spelling and the token order.
        const QString parkText = explanationOf(QStringLiteral("Han Se Park"));
        QVERIFY2(parkText.contains(QStringLiteral("romanisation variant 'park' = 'pak'")), qPrintable(parkText));
        QVERIFY2(parkText.contains(QStringLiteral("token order differs")), qPrintable(parkText));
        // A typo.
        const QString typo = explanationOf(QStringLiteral("Hwang Sok-hwq"));
        QVERIFY2(typo.contains(QStringLiteral("spelling 'hwq' close to 'hwa'")), qPrintable(typo));
        // A dropped word.
        const QString dropped = explanationOf(QStringLiteral("Myong Chin Chang"));
        QVERIFY2(dropped.contains(QStringLiteral("token order differs")), qPrintable(dropped));
        // Another script.
        const QString hangul = explanationOf(QStringLiteral("김정식"));
        QVERIFY2(hangul.contains(QStringLiteral("transliterated from Hangul")), qPrintable(hangul));
        // Words only one side has.
        const QString extra = explanationOf(QStringLiteral("Pak Han Se Chol"));
        QVERIFY2(extra.contains(QStringLiteral("not in the listed name: 'chol'")), qPrintable(extra));
    }

    void birthYearConfirmsOrWeakens()
    {
        const ScreeningCandidate plain = best(QStringLiteral("Kim Jong Sik Hwan"));
        // KPi.001 Yun Ho-jin was born in 1944.
        const ScreeningCandidate same = best(QStringLiteral("Yun Ho Jin"), 1944);
        const ScreeningCandidate other = best(QStringLiteral("Yun Ho Jin"), 1980);
        const ScreeningCandidate none = best(QStringLiteral("Yun Ho Jin"));
        QVERIFY(plain.score < 1.0);
        QCOMPARE(realListIndex().targets()[same.target].referenceNumber, QStringLiteral("KPi.001"));
        QVERIFY2(same.explanation().endsWith(QStringLiteral("birth year matches")), qPrintable(same.explanation()));
        QVERIFY(same.score >= none.score);
        QVERIFY2(other.explanation().contains(QStringLiteral("birth year differs (listed: 1944)")), qPrintable(other.explanation()));
        QVERIFY(other.score < none.score - 0.1);
        // A year inside a listed range, or next to an approximate one, is no contradiction.
        const ScreeningCandidate near = best(QStringLiteral("Yun Ho Jin"), 1945);
        QCOMPARE(near.score, none.score);
    }

    void nationalityConfirmsOrWeakens()
    {
        const ScreeningCandidate none = best(QStringLiteral("Yun Ho Jin"));
        const ScreeningCandidate dprk = best(QStringLiteral("Yun Ho Jin"), 0, QStringLiteral("DPRK"));
        const ScreeningCandidate russia = best(QStringLiteral("Yun Ho Jin"), 0, QStringLiteral("Russian Federation"));
        QVERIFY2(dprk.explanation().contains(QStringLiteral("nationality matches")), qPrintable(dprk.explanation()));
        QVERIFY(russia.explanation().contains(QStringLiteral("nationality differs (listed: Democratic People's Republic of Korea)")));
        QVERIFY(dprk.score >= none.score);
        QVERIFY(russia.score < none.score);
    }

    void ranksAndLimitsCandidates()
    {
        ScreeningOptions options;
        options.minimumScore = 0.0;
        options.maxCandidates = 5;
        const auto found = realListIndex().screen({1, QStringLiteral("Kim Chol"), 0, {}}, options);
        QVERIFY(found.size() <= 5);
        QVERIFY(!found.isEmpty());
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found[i - 1].score >= found[i].score);
        for (const ScreeningCandidate &c : found)
            QVERIFY(c.score >= 0.0 && c.score <= 1.0);
    }

    void emptyOrPunctuationOnlyQueriesFindNothing()
    {
        QVERIFY(realListIndex().screen({1, QString(), 0, {}}).isEmpty());
        QVERIFY(realListIndex().screen({1, QStringLiteral(" -- , . "), 0, {}}).isEmpty());
    }

    void screensManyQueriesInOrderOnSeveralThreads()
    {
        QList<ScreeningQuery> queries;
        for (int i = 0; i < 400; ++i)
            queries.append({i + 1, i % 2 ? QStringLiteral("Pak Han Se") : QStringLiteral("Kim Jong-sik"), 0, {}});
        const auto results = realListIndex().screenAll(queries, {}, 2);
        QCOMPARE(results.size(), queries.size());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].query.line, i + 1);
            QCOMPARE(realListIndex().targets()[results[i].candidates.first().target].referenceNumber,
                     i % 2 ? QStringLiteral("KPi.049") : QStringLiteral("KPi.066"));
        }
    }

    void indexesEveryNameOfTheList()
    {
        const ScreeningIndexStats s = realListIndex().stats();
        QCOMPARE(s.targets, 875);
        QVERIFY(s.names > 875); // primary names, aliases, original-script names
        QVERIFY(s.postings > s.names);
    }

    void readsTheListThroughTheDatabase()
    {
        auto db = openMemory();
        auto imported = importUnListFile(*db, realListPath());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
        auto targets = loadScreeningTargets(*db);
        QVERIFY2(targets, targets ? "" : qPrintable(targets.error().fullText()));
        QCOMPARE(targets.value().size(), 875);
        const ScreeningIndex index(targets.value());
        const auto found = index.screen({1, QStringLiteral("Park Han Se"), 0, {}});
        QVERIFY(!found.isEmpty());
        const ScreeningTarget &t = index.targets()[found.first().target];
        QCOMPARE(t.referenceNumber, QStringLiteral("KPi.049"));
        QCOMPARE(t.listedOn, QDate(2017, 6, 2));
        QCOMPARE(t.resolution, QStringLiteral("S/RES/2356 (2017)")); // linked by the import
        QCOMPARE(t.listType, QStringLiteral("DPRK"));
    }
};

QTEST_GUILESS_MAIN(TestScreeningMatch)
#include "tst_screening_match.moc"
