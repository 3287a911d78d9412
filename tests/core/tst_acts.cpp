// Issue 16, item 4: presidential statements, 1718 Committee designation decisions, Panel of Experts
// reports and MSMT documents are recorded beside the resolutions, never as resolutions: they have no
// vote and no measure, so they change no count of resolutions and nothing "in force". Read back from
// the database after the real import of the bundled file; the JSON round trip and bad input too.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "interchange/BundledDataset.h"
#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "interchange/JsonDatasetReader.h"
#include "interchange/JsonDatasetWriter.h"
#include "storage/ActRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"

using namespace st;

namespace {

QList<Act> withoutIds(QList<Act> acts)
{
    for (Act &a : acts)
        a.id = 0;
    return acts;
}

int countOf(const QList<Act> &acts, ActKind kind)
{
    return int(std::count_if(acts.cbegin(), acts.cend(), [kind](const Act &a) { return a.kind == kind; }));
}

// The bundled file with its first occurrence of `from` replaced by `to`.
QByteArray bundledWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = bundledDatasetJson();
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return json.replace(at, from.size(), to);
}

QString lineOf(const QByteArray &json, const QByteArray &text)
{
    return QStringLiteral("line %1:").arg(json.left(json.indexOf(text)).count('\n') + 1);
}

} // namespace

class TestActs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_db = test::openMemory(); }
    void countsPerKindAndRegime_data();
    void countsPerKindAndRegime();
    void statementsAsRecorded_data();
    void statementsAsRecorded();
    void committeeRoundIsNotAResolution();
    void actsDoNotChangeWhatIsInForce();
    void resolution2664RelaxesTheAssetFreeze();
    void jsonRoundTripKeepsEveryAct();
    void exportWithoutActsIsUnchanged();
    void badInputRefusedWithLineAndField_data();
    void badInputRefusedWithLineAndField();

private:
    std::unique_ptr<Database> m_db;
};

void TestActs::countsPerKindAndRegime_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<int>("panelReports");
    QTest::addColumn<int>("msmt");
    // DPRK: the four statements recited in 2375's preamble; five Committee rounds on the UN list plus the
    // vessel listing of October 2017; six Panel reports with a date found; MSMT founding and two reports.
    QTest::newRow("PRK") << QStringLiteral("PRK") << 4 << 6 << 6 << 3;
    // Iran: three reports of the 1929 Panel, two of them in the 2012-2013 mandate of resolution 2049.
    QTest::newRow("IRN") << QStringLiteral("IRN") << 0 << 0 << 3 << 0;
}

void TestActs::countsPerKindAndRegime()
{
    QFETCH(QString, state);
    const QList<Act> acts = ActRepository(m_db->connection()).forState(state).value();
    QTEST(countOf(acts, ActKind::PresidentialStatement), "statements");
    QTEST(countOf(acts, ActKind::CommitteeDecision), "decisions");
    QTEST(countOf(acts, ActKind::PanelReport), "panelReports");
    QTEST(countOf(acts, ActKind::MonitoringTeamDocument), "msmt");
    for (const Act &a : acts) {
        QVERIFY2(a.source.startsWith(QLatin1String("http")), qPrintable(a.title));
        QVERIFY2(!a.sourceNote.isEmpty(), qPrintable(a.title)); // how sure, and any disagreement
    }
    // By date: the order the timeline and the report list them in.
    for (qsizetype i = 1; i < acts.size(); ++i)
        QVERIFY(acts[i - 1].date <= acts[i].date);
}

void TestActs::statementsAsRecorded_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QDate>("date");
    // New York dates, as 2375's preamble recites them.
    QTest::newRow("2006") << QStringLiteral("S/PRST/2006/41") << QDate(2006, 10, 6);
    QTest::newRow("2009") << QStringLiteral("S/PRST/2009/7") << QDate(2009, 4, 13);
    QTest::newRow("2012") << QStringLiteral("S/PRST/2012/13") << QDate(2012, 4, 16);
    QTest::newRow("2017, NY evening = 30 Aug in Korea") << QStringLiteral("S/PRST/2017/16") << QDate(2017, 8, 29);
}

void TestActs::statementsAsRecorded()
{
    QFETCH(QString, symbol);
    QFETCH(QDate, date);
    const QList<Act> acts = ActRepository(m_db->connection()).all().value();
    const auto it = std::find_if(acts.cbegin(), acts.cend(), [&](const Act &a) { return a.symbol == symbol; });
    QVERIFY2(it != acts.cend(), qPrintable(symbol));
    QCOMPARE(it->kind, ActKind::PresidentialStatement);
    QCOMPARE(it->date, date);
    QCOMPARE(it->regimeCode, QStringLiteral("1718"));
    // A statement is not stored as a resolution under any symbol.
    QVERIFY(!ResolutionRepository(m_db->connection()).findBySymbol(symbol).value().has_value());
}

void TestActs::committeeRoundIsNotAResolution()
{
    const TimelineData timeline = buildTimeline(*m_db, QStringLiteral("PRK")).value();
    // 26 resolutions before issue 16's item 4, plus 2664 (2022): the Committee's rounds add none.
    QCOMPARE(timeline.resolutions.size(), 27);
    for (const TimelineEntry &e : timeline.resolutions)
        QVERIFY2(e.date != QDate(2009, 4, 24) && e.date != QDate(2018, 3, 30), qPrintable(e.symbol));
    const auto round = std::find_if(timeline.acts.cbegin(), timeline.acts.cend(),
                                    [](const Act &a) { return a.date == QDate(2009, 4, 24); });
    QVERIFY(round != timeline.acts.cend());
    QCOMPARE(round->kind, ActKind::CommitteeDecision);
    QVERIFY(round->symbol.isEmpty()); // a Committee decision has no S/RES symbol
    QCOMPARE(timeline.acts.size(), 19);
    // The Iran timeline gets Iran's acts only.
    const TimelineData iran = buildTimeline(*m_db, QStringLiteral("IRN")).value();
    QCOMPARE(iran.acts.size(), 3);
    for (const Act &a : iran.acts)
        QCOMPARE(a.regimeCode, QStringLiteral("1737"));
}

// The escalation line (measure types in force) is the same with or without the acts, and takes no
// step on the day of a statement or a Committee decision.
void TestActs::actsDoNotChangeWhatIsInForce()
{
    auto db = test::openMemory();
    const TimelineData before = buildTimeline(*db, QStringLiteral("PRK")).value();
    QVERIFY(!before.acts.isEmpty());
    for (const EscalationStep &step : before.escalation) {
        for (const QDate &day : {QDate(2006, 10, 6), QDate(2009, 4, 13), QDate(2009, 4, 24), QDate(2009, 7, 16),
                                 QDate(2012, 5, 2), QDate(2017, 10, 3), QDate(2018, 3, 30)})
            QVERIFY2(step.date != day, qPrintable(step.date.toString(Qt::ISODate)));
    }
    QVERIFY(sql::exec(db->connection(), QStringLiteral("DELETE FROM acts")).ok());
    const TimelineData after = buildTimeline(*db, QStringLiteral("PRK")).value();
    QVERIFY(after.acts.isEmpty());
    QCOMPARE(after.escalation.size(), before.escalation.size());
    for (qsizetype i = 0; i < after.escalation.size(); ++i) {
        QCOMPARE(after.escalation[i].date, before.escalation[i].date);
        QCOMPARE(after.escalation[i].measureTypes, before.escalation[i].measureTypes);
    }
}

void TestActs::resolution2664RelaxesTheAssetFreeze()
{
    const auto r = ResolutionRepository(m_db->connection()).findBySymbol(QStringLiteral("S/RES/2664 (2022)")).value();
    QVERIFY(r.has_value());
    QCOMPARE(r->date, QDate(2022, 12, 9));
    QCOMPARE(r->votes, (Votes{14, 0, 1})); // India abstained (SC/15134)
    QVERIFY(r->regimeCode.isEmpty());      // across regimes, not one regime's
    QVERIFY(!r->chapterVii.has_value());   // not read in the text: unknown, not guessed
}

void TestActs::jsonRoundTripKeepsEveryAct()
{
    const QByteArray first = exportDatasetJson(*m_db).value();
    QVERIFY(first.contains("\"acts\": ["));
    auto copy = test::openMemory(true);
    const auto summary = importDatasetJson(*copy, first);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().fullText()));
    QCOMPARE(summary.value().acts, 22);
    QVERIFY(summary.value().text().contains(QStringLiteral("22 statements, Committee decisions and reports")));
    QCOMPARE(withoutIds(ActRepository(copy->connection()).all().value()),
             withoutIds(ActRepository(m_db->connection()).all().value()));
    QCOMPARE(exportDatasetJson(*copy).value(), first); // byte for byte
    // The bundled file is itself such an export.
    QCOMPARE(first, bundledDatasetJson());
    // Importing again updates in place (kind, date and title are the key): no duplicate rows.
    QVERIFY(importDatasetJson(*copy, first).ok());
    QCOMPARE(ActRepository(copy->connection()).all().value().size(), 22);
}

// A database without acts exports exactly as before issue 16: no "acts" key at all.
void TestActs::exportWithoutActsIsUnchanged()
{
    Dataset d = readDatasetJson(bundledDatasetJson(), {}).value();
    d.acts.clear();
    const QByteArray withoutActs = writeDatasetJson(d);
    QVERIFY(!withoutActs.contains("\"acts\""));
    auto db = test::openMemory(true);
    QVERIFY(importDatasetJson(*db, withoutActs).ok());
    QCOMPARE(exportDatasetJson(*db).value(), withoutActs);
}

void TestActs::badInputRefusedWithLineAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QByteArray kind = bundledWith("\"kind\": \"presidential_statement\"", "\"kind\": \"press_statement\"");
    QTest::newRow("unknown kind") << kind
                                  << QStringList{lineOf(kind, "press_statement"), QStringLiteral("\"kind\""),
                                                 QStringLiteral("committee_decision")};
    const QByteArray date = bundledWith("\"date\": \"2009-04-24\"", "\"date\": \"2009-04-31\"");
    QTest::newRow("impossible date") << date
                                     << QStringList{lineOf(date, "2009-04-31"), QStringLiteral("\"date\""),
                                                    QStringLiteral("not a real date")};
    const QByteArray source = bundledWith("\"source\": \"https://press.un.org/en/2006/sc8849.doc.htm\"",
                                          "\"source\": \"SC/8849\"");
    QTest::newRow("source not a web address") << source
                                              << QStringList{lineOf(source, "\"SC/8849\""), QStringLiteral("\"source\""),
                                                             QStringLiteral("web address")};
    const QByteArray regime = bundledWith("\"regime\": \"1718\",\n      \"summary\": \"Read by Kenzo",
                                          "\"regime\": \"1999\",\n      \"summary\": \"Read by Kenzo");
    QTest::newRow("unknown regime") << regime
                                    << QStringList{lineOf(regime, "\"1999\""), QStringLiteral("\"regime\""),
                                                   QStringLiteral("1999")};
    const QByteArray title = bundledWith("\"title\": \"Presidential statement on the DPRK's announced nuclear test\"",
                                         "\"title\": \"  \"");
    QTest::newRow("empty title") << title << QStringList{QStringLiteral("\"title\""), QStringLiteral("must not be empty")};
    const QByteArray twice = bundledWith("\"title\": \"Presidential statement condemning the launch of 5 April 2009\"",
                                         "\"title\": \"Presidential statement on the DPRK's announced nuclear test\"");
    QByteArray sameDay = twice;
    sameDay.replace("\"date\": \"2009-04-13\"", "\"date\": \"2006-10-06\"");
    QTest::newRow("the same act twice") << sameDay << QStringList{QStringLiteral("appears twice")};
    QTest::newRow("acts not a list") << bundledWith("\"acts\": [", "\"acts\": \"none\",\n  \"x\": [")
                                     << QStringList{QStringLiteral("must be a list")};
}

void TestActs::badInputRefusedWithLineAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    auto db = test::openMemory();
    const QByteArray before = exportDatasetJson(*db).value();
    const auto result = importDatasetJson(*db, json);
    QVERIFY(!result.ok());
    for (const QString &fragment : expected)
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message + QStringLiteral(" ≠ ") + fragment));
    QCOMPARE(exportDatasetJson(*db).value(), before); // nothing stored
}

QTEST_GUILESS_MAIN(TestActs)
#include "tst_acts.moc"
