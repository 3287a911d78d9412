// Name normalisation, transliteration, the similarity and the phonetic key (core/screening).
#include "screening/NameNormaliser.h"
#include "screening/NameVocabulary.h"
#include "screening/Similarity.h"
#include "screening/Transliteration.h"

#include <QTest>

using namespace st;

class TestScreeningNames : public QObject {
    Q_OBJECT

    static QString normalised(const QString &name)
    {
        return normaliseName(name, NameVocabulary::bundled()).texts().join(QLatin1Char(' '));
    }

private slots:
    void normalisesTheWaysOfWritingAName_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        // case, accents, punctuation
        QTest::newRow("case") << "KIM Jong Sik" << "kim jong sik";
        QTest::newRow("comma after the surname") << "KIM, Jong Sik" << "kim jong sik";
        QTest::newRow("accents") << "Ri Sŏng-ch'ŏl" << "ri song chol";
        QTest::newRow("german") << "Jürgen Müller" << "jurgen muller";
        QTest::newRow("apostrophe keeps the word") << "People's Bank" << "peoples bank";
        // Korean given names: hyphen, space or written together
        QTest::newRow("hyphenated given name") << "Ri Jong-won" << "ri jong won";
        QTest::newRow("spaced given name") << "Ri Jong Won" << "ri jong won";
        QTest::newRow("given name in one word") << "Ri Jongwon" << "ri jong won";
        // romanisation variants become one spelling
        QTest::newRow("Lee") << "Lee Jong Won" << "ri jong won";
        QTest::newRow("Rhee") << "Rhee Jong Won" << "ri jong won";
        QTest::newRow("Yi") << "Yi Jung Won" << "ri jong won";
        QTest::newRow("Park") << "Park Han Se" << "pak han se";
        QTest::newRow("Bak") << "Bak Han-se" << "pak han se";
        QTest::newRow("Chong") << "Chong Sok" << "jong sok";
        QTest::newRow("Gim") << "Gim Jeong Sig" << "kim jong sik";
        // honorifics and company suffixes
        QTest::newRow("honorific") << "Mr. Kim Jong Sik" << "kim jong sik";
        QTest::newRow("co ltd") << "Hesong Trading Co., Ltd." << "hesong";
        QTest::newRow("corporation") << "Korea Kwangson Banking Corporation" << "korea kwang son banking";
        QTest::newRow("trading company") << "Korea Heungjin Trading Company" << "korea heungjin";
        QTest::newRow("a suffix alone stays") << "Company" << "company";
    }
    void normalisesTheWaysOfWritingAName()
    {
        QFETCH(QString, written);
        QFETCH(QString, expected);
        QCOMPARE(normalised(written), expected);
    }

    void keepsTokenOrderForTheMatcher()
    {
        QCOMPARE(normalised(QStringLiteral("Jong Sik KIM")), QStringLiteral("jong sik kim"));
    }

    void remembersWhatItLeftOut()
    {
        const NormalisedName n = normaliseName(QStringLiteral("Hesong Trading Co., Ltd."), NameVocabulary::bundled());
        QCOMPARE(n.removedWords, (QStringList{QStringLiteral("co ltd"), QStringLiteral("trading")}));
        QVERIFY(n.script.isEmpty());
        const NormalisedName joined = normaliseName(QStringLiteral("Ri Jongwon"), NameVocabulary::bundled());
        QVERIFY(joined.syllablesJoined);
        QCOMPARE(joined.tokens[2].written, QStringLiteral("won"));
    }

    void transliteratesOtherScripts_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Hangul, one syllable per word") << "김정식" << "Hangul" << "kim jong sik";
        QTest::newRow("Hangul with initial rieul") << "리정원" << "Hangul" << "ri jong won";
        QTest::newRow("Hangul pak") << "박한세" << "Hangul" << "pak han se";
        QTest::newRow("Cyrillic") << "Иван Петров" << "Cyrillic" << "ivan petrov";
        QTest::newRow("Arabic") << "محمد عبد الله" << "Arabic" << "mhmd bd allh";
        QTest::newRow("Chinese") << "金正恩" << "Han" << "jin zheng en";
    }
    void transliteratesOtherScripts()
    {
        QFETCH(QString, written);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const NormalisedName n = normaliseName(written, NameVocabulary::bundled());
        QCOMPARE(n.script, script);
        QCOMPARE(n.texts().join(QLatin1Char(' ')), expected);
    }

    void latinTextNeedsNoTransliterator()
    {
        const Latinised l = latinise(QStringLiteral("Ðặng Văn Thành"));
        QVERIFY(l.script.isEmpty());
        QCOMPARE(l.text, QStringLiteral("Dang Van Thanh"));
    }

    // A script with no rule of its own, and scripts mixed in one name, go through ICU's Any-Latin; the
    // script named is the first with a rule, or "non-Latin".
    void otherAndMixedScriptsGoThroughAnyLatin_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Georgian, no rule of its own") << "ნინო" << "non-Latin" << "nino";
        QTest::newRow("Greek, no rule of its own") << "Σοφία" << "non-Latin" << "Sophia";
        QTest::newRow("Cyrillic and Hangul") << "Ким 김정식" << "Cyrillic" << "Kim gim jeong sig";
    }
    void otherAndMixedScriptsGoThroughAnyLatin()
    {
        QFETCH(QString, written);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const Latinised l = latinise(written);
        QCOMPARE(l.script, script);
        QCOMPARE(l.text, expected);
    }

    void lettersWithoutAnAccentToDrop()
    {
        QCOMPARE(latinise(QStringLiteral("Łódź Straße Øresund Æsir þing Đorđe")).text,
                 QStringLiteral("Lodz Strasse Oresund AEsir thing Dorde"));
    }

    void jaroWinklerScoresTypos()
    {
        QCOMPARE(jaroWinkler(u"martha", u"martha"), 1.0);
        QCOMPARE(jaroWinkler(u"abc", u"xyz"), 0.0);
        QVERIFY(qAbs(jaroWinkler(u"martha", u"marhta") - 0.9611) < 0.001); // the textbook value
        QVERIFY(qAbs(jaroWinkler(u"dixon", u"dicksonx") - 0.8133) < 0.001);
        QVERIFY(jaroWinkler(u"hyonggon", u"hyongon") > 0.9);
        QVERIFY(jaroWinkler(u"sik", u"chol") < 0.6);
    }

    void phoneticKeyJoinsSoundAlikes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("alike");
        QTest::newRow("chong/jung") << "chong" << "jung" << true;
        QTest::newRow("pak/bak") << "pak" << "bak" << true;
        QTest::newRow("ryonbong/ryongbong") << "ryonbong" << "ryongpong" << false;
        QTest::newRow("muhammad/mohammed") << "muhammad" << "mohammed" << true;
        QTest::newRow("khalid/halid") << "khalid" << "kalid" << true;
        QTest::newRow("ali/li") << "ali" << "li" << false;
        QTest::newRow("kim/pak") << "kim" << "pak" << false;
    }
    void phoneticKeyJoinsSoundAlikes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, alike);
        QCOMPARE(phoneticKey(a) == phoneticKey(b), alike);
    }

    void vocabularyIsData()
    {
        // A vocabulary built from other texts behaves accordingly: nothing is hard-wired in code.
        const NameVocabulary v(QStringLiteral("# test\nvu wu woo\n"), QStringLiteral("[company]\nkft\n"),
                               QStringLiteral("hu|hungary|magyarorszag\n"));
        QCOMPARE(v.canonicalSyllable(QStringLiteral("woo")), QStringLiteral("vu"));
        QVERIFY(v.canonicalSyllable(QStringLiteral("park")).isEmpty());
        QCOMPARE(normaliseName(QStringLiteral("Woo Trading Kft"), v).texts(),
                 (QStringList{QStringLiteral("vu"), QStringLiteral("trading")}));
        QCOMPARE(v.countryCode(QStringLiteral("magyarorszag")), QStringLiteral("hu"));
        QCOMPARE(v.countryCode(QStringLiteral("atlantis")), QStringLiteral("atlantis"));
    }
};

QTEST_GUILESS_MAIN(TestScreeningNames)
#include "tst_screening_names.moc"
