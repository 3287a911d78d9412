// The report's content and HTML, computed from the bundled data without a screen.
#include "TestSupport.h"

#include "domain/Wording.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportHtml.h"
#include "storage/DesignationRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace st;

namespace {

const QDateTime kGeneratedAt(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

ReportOptions bundledOptions()
{
    ReportOptions o;
    o.stateCode = QStringLiteral("PRK");
    o.generatedAt = kGeneratedAt;
    o.databaseLabel = QStringLiteral("sanctions-tracker.sqlite");
    return o;
}

// Iran's resolutions up to just after the snapback.
ReportOptions iranOptions()
{
    ReportOptions o = bundledOptions();
    o.stateCode = QStringLiteral("IRN");
    o.to = QDate(2025, 10, 1);
    return o;
}

const ReportCapHistory *historyOf(const ReportContent &r, const QString &type)
{
    for (const ReportCapHistory &h : r.capHistories) {
        if (h.typeCode == type)
            return &h;
    }
    return nullptr;
}

const ReportInForceMeasure *inForceOf(const ReportContent &r, const QString &type)
{
    for (const ReportInForceGroup &g : r.inForce) {
        for (const ReportInForceType &t : g.types) {
            if (t.typeCode == type)
                return &t.measures.first();
        }
    }
    return nullptr;
}

} // namespace

class TestReportContent : public QObject {
    Q_OBJECT
private slots:
    void goldenHtmlForBundledData();
    void htmlSplitsOnlyBetweenTableBlocks();
    void stampNamesTheDataItCameFrom();
    void checksumFollowsTheDataReportedOn();
    void roundsTableHoldsEveryResolution();
    void refinedPetroleumCapHistory();
    void coalCapHistory();
    void inForceAtTheEndDate_data();
    void inForceAtTheEndDate();
    void dateRangeLimitsTheRounds();
    void aPeriodWithNothingSaysSo();
    void sourcesAreNumberedInCitationOrder();
    void designationCountsPerRegime();
    void sectionsCanBeLeftOut();
    void unknownStateIsRefused();
    void iranReportShowsFailedDraftsAndContestedMeasures();
    void startAfterEndIsRefused();
    void roundsQuoteTheLegalBasisWhereEntered();
    void formats_data();
    void formats();
    void readsOneSnapshotWhileAnotherProgramWrites();
};

void TestReportContent::goldenHtmlForBundledData()
{
    auto db = test::openMemory();
    auto report = buildReport(*db, bundledOptions());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().fullText()));
    const QString html = renderReportHtml(report.value(), {QStringLiteral("st-report:timeline-chart")});
    const QString golden = QStringLiteral(ST_TEST_DATA_DIR "/reports/prk-bundled.html");
    if (qEnvironmentVariableIsSet("ST_UPDATE_GOLDEN")) {
        // Accepting a deliberate change: write the new golden file; the comparison below then holds.
        test::writeAll(golden, html.toUtf8());
        qInfo("golden file rewritten: %s", qPrintable(golden));
    }
    const QString expected = QString::fromUtf8(test::readAll(golden));
    if (html != expected) {
        const QString actual = QDir::temp().filePath(QStringLiteral("prk-bundled.actual.html"));
        test::writeAll(actual, html.toUtf8());
        QFAIL(qPrintable(QStringLiteral("the report HTML differs from %1; the actual output is in %2 (diff them; "
                                        "run with ST_UPDATE_GOLDEN=1 to accept a deliberate change)")
                             .arg(golden, actual)));
    }
}

void TestReportContent::htmlSplitsOnlyBetweenTableBlocks()
{
    auto db = test::openMemory();
    const QString html = renderReportHtml(buildReport(*db, bundledOptions()).value(), {});
    const QString joint = QStringLiteral("</table>\n<p class=\"joint\"></p>\n");
    const qsizetype joints = html.count(joint);
    QVERIFY(joints >= 1); // the rounds table has more rows than one block
    QCOMPARE(splitReportHtml(html, html.size()), QStringList{html}); // short: one part

    const QStringList parts = splitReportHtml(html, 1000);
    QCOMPARE(parts.size(), joints + 1); // every joint is at least 1,000 characters from the next here
    const qsizetype bodyAt = html.indexOf(QStringLiteral("<body>\n")) + 7;
    const QString head = html.left(bodyAt);
    const QString tail = QStringLiteral("</body>\n</html>\n");
    QString joined;
    for (const QString &part : parts) {
        QVERIFY(part.startsWith(head) && part.endsWith(tail));
        joined += part.mid(head.size(), part.size() - head.size() - tail.size());
    }
    // The parts hold the body without its joints, each cut after a </table> and before a <table.
    QString withoutJoints = html.mid(bodyAt, html.size() - bodyAt - tail.size());
    withoutJoints.replace(joint, QStringLiteral("</table>\n"));
    QCOMPARE(joined, withoutJoints);
    for (qsizetype i = 1; i < parts.size(); ++i)
        QVERIFY(parts[i].mid(head.size()).startsWith(QStringLiteral("<table ")));
}

void TestReportContent::stampNamesTheDataItCameFrom()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    QCOMPARE(r.stamp.generatedAt, kGeneratedAt);
    QCOMPARE(r.stamp.database, QStringLiteral("sanctions-tracker.sqlite"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(r.stamp.checksum).hasMatch());
    QCOMPARE(r.stamp.resolutions, 27); // with 2664 (2022); statements and Committee decisions are not counted
    QCOMPARE(r.stamp.sanctionsRounds, 10);
    QCOMPARE(r.stamp.vetoedDrafts, 2);
    QCOMPARE(r.stamp.measures, 82);
    QCOMPARE(r.stamp.triggerEvents, 14);
    QCOMPARE(r.stamp.designations, 0);
    QCOMPARE(r.from, QDate(2006, 7, 15));
    QCOMPARE(r.to, QDate(2025, 6, 30)); // the generation date when no end is given
    QCOMPARE(r.stateLabel(), QStringLiteral("Democratic People's Republic of Korea (PRK)"));
    // Without an injected label the stamp names the database: the file, or the team database's address.
    ReportOptions o = bundledOptions();
    o.databaseLabel.clear();
    const QString stamped = buildReport(*db, o).value().stamp.database;
    if (test::onServer())
        QVERIFY2(stamped.startsWith(QLatin1String("postgresql://")) && stamped.contains(db->connection().databaseName()),
                 qPrintable(stamped));
    else
        QCOMPARE(stamped, QStringLiteral(":memory:"));
}

void TestReportContent::checksumFollowsTheDataReportedOn()
{
    auto db = test::openMemory();
    const QString original = buildReport(*db, bundledOptions()).value().stamp.checksum;
    // The same data in another database (other row ids), at another time: the same checksum.
    auto other = test::openMemory();
    ReportOptions later = bundledOptions();
    later.generatedAt = later.generatedAt.addDays(3);
    later.databaseLabel = QStringLiteral("elsewhere.sqlite");
    QCOMPARE(buildReport(*other, later).value().stamp.checksum, original);

    // Another state's records are not part of this report's data.
    QVERIFY(StateRepository(db->connection()).upsert({0, QStringLiteral("IRN"), QStringLiteral("Iran")}).ok());
    QCOMPARE(buildReport(*db, bundledOptions()).value().stamp.checksum, original);

    // A changed resolution is.
    Resolution r = ResolutionRepository(db->connection()).findBySymbol(QStringLiteral("S/RES/2397 (2017)")).value().value();
    r.title += QStringLiteral(" (amended)");
    QVERIFY(ResolutionRepository(db->connection()).upsert(r).ok());
    QVERIFY(buildReport(*db, bundledOptions()).value().stamp.checksum != original);
}

void TestReportContent::roundsTableHoldsEveryResolution()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    QCOMPARE(r.rounds.size(), 27);
    QCOMPARE(r.rounds.first().symbol, QStringLiteral("S/RES/1695 (2006)"));
    // Issue 16: statements, Committee decisions and reports are listed apart, never as rounds. To
    // 30 June 2025 the DPRK has 18 of them (the MSMT's report of October 2025 falls after the range).
    QCOMPARE(r.acts.size(), 18);
    for (const ReportRound &round : r.rounds) {
        QVERIFY(!round.symbol.startsWith(QLatin1String("S/PRST")));
        QVERIFY(round.date != QDate(2009, 4, 24));
    }
    QCOMPARE(r.acts.first().act.symbol, QStringLiteral("S/PRST/2006/41"));
    QVERIFY(!r.acts.first().sourceRefs.isEmpty());
    QCOMPARE(r.rounds.first().chapterVii, std::optional<bool>(false));
    const ReportRound *r2397 = nullptr, *veto = nullptr, *r2270 = nullptr;
    for (const ReportRound &round : r.rounds) {
        if (round.symbol == QLatin1String("S/RES/2397 (2017)"))
            r2397 = &round;
        if (round.symbol == QLatin1String("S/2022/431"))
            veto = &round;
        if (round.symbol == QLatin1String("S/RES/2270 (2016)"))
            r2270 = &round;
    }
    QVERIFY(r2397 && veto && r2270);
    QCOMPARE(r2397->date, QDate(2017, 12, 22));
    QCOMPARE(r2397->triggers.size(), 1);
    QCOMPARE(r2397->triggers.first().kind, EventKind::MissileLaunch);
    QCOMPARE(r2397->triggers.first().lagDays, 24); // 28 Nov 2017 -> 22 Dec 2017
    QCOMPARE(r2397->measures.size(), 7);
    QCOMPARE(r2397->measures[1].typeCode, QStringLiteral("refined_petroleum_cap"));
    QCOMPARE(r2397->measures[1].cap->value, 500000.0);
    QCOMPARE(veto->status, ResolutionStatus::Vetoed);
    QCOMPARE(veto->vetoedBy, (QStringList{QStringLiteral("CHN"), QStringLiteral("RUS")}));
    QCOMPARE(veto->votes, (Votes{13, 2, 0}));
    QCOMPARE(r2270->triggers.size(), 2);
    QCOMPARE(r2270->triggers[0].lagDays, 57); // 5 Jan 2016 -> 2 Mar 2016
    QCOMPARE(r2270->triggers[1].kind, EventKind::SatelliteLaunch);
}

void TestReportContent::refinedPetroleumCapHistory()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    const ReportCapHistory *h = historyOf(r, QStringLiteral("refined_petroleum_cap"));
    QVERIFY(h);
    QCOMPARE(h->steps.size(), 4);
    using K = ReportCapStep::Kind;
    // 2375's transitional cap, its yearly cap that 2397 replaced before it began, 2397's cap, the veto.
    QCOMPARE(h->steps[0].kind, K::Applied);
    QCOMPARE(h->steps[0].step.symbol, QStringLiteral("S/RES/2375 (2017)"));
    QCOMPARE(h->steps[0].step.from, QDate(2017, 10, 1));
    QCOMPARE(h->steps[0].step.until, QDate(2018, 1, 1));
    QCOMPARE(*h->steps[0].step.value, 500000.0);
    QCOMPARE(h->steps[1].kind, K::SupersededBeforeEffect);
    QCOMPARE(*h->steps[1].step.value, 2000000.0);
    QCOMPARE(h->steps[1].supersededBy, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(h->steps[2].kind, K::Applied);
    QCOMPARE(h->steps[2].step.symbol, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(h->steps[2].step.from, QDate(2018, 1, 1));
    QVERIFY(h->steps[2].step.until.isNull());
    QCOMPARE(h->steps[2].paragraph, QStringLiteral("OP 5"));
    QCOMPARE(h->steps[3].kind, K::VetoedProposal);
    QCOMPARE(h->steps[3].step.symbol, QStringLiteral("S/2022/431"));
    QCOMPARE(*h->steps[3].step.value, 375000.0);

    const QString html = renderReportHtml(r, {});
    QVERIFY(html.contains(QStringLiteral("Applied by 2375 &rarr; 2397")));
    QVERIFY(html.contains(QStringLiteral("superseded before effect by S/RES/2397 (2017)")));
    QVERIFY(html.contains(QStringLiteral("<td>500,000 barrels a year</td>")));
}

void TestReportContent::coalCapHistory()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    const ReportCapHistory *h = historyOf(r, QStringLiteral("coal_iron_export_ban"));
    QVERIFY(h);
    QStringList symbols;
    for (const ReportCapStep &s : h->steps)
        symbols << reportformat::shortSymbol(s.step.symbol);
    QCOMPARE(symbols, (QStringList{QStringLiteral("2270"), QStringLiteral("2321"), QStringLiteral("2321"), QStringLiteral("2371")}));
    QVERIFY(!h->steps[0].step.value);
    QCOMPARE(*h->steps[2].step.value, 400870018.0);
    QVERIFY(h->steps[3].step.isBan());
    QCOMPARE(reportformat::cap(h->steps[2].step.value, h->steps[2].step.unit, h->steps[2].step.period),
             QStringLiteral("US$400,870,018 a year"));
}

void TestReportContent::inForceAtTheEndDate_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("symbol"); // empty: not in force
    QTest::addColumn<QStringList>("lineage");
    QTest::newRow("petroleum 2025") << QDate(2025, 6, 30) << QStringLiteral("refined_petroleum_cap")
                                    << QStringLiteral("S/RES/2397 (2017)")
                                    << QStringList{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("S/RES/2397 (2017)")};
    QTest::newRow("petroleum late 2017") << QDate(2017, 11, 1) << QStringLiteral("refined_petroleum_cap")
                                         << QStringLiteral("S/RES/2375 (2017)") << QStringList{QStringLiteral("S/RES/2375 (2017)")};
    QTest::newRow("panel lapsed") << QDate(2025, 6, 30) << QStringLiteral("panel_of_experts") << QString() << QStringList();
    QTest::newRow("panel 2020") << QDate(2020, 1, 1) << QStringLiteral("panel_of_experts") << QStringLiteral("S/RES/2464 (2019)")
                                << QStringList{QStringLiteral("S/RES/1874 (2009)"), QStringLiteral("S/RES/1928 (2010)"),
                                               QStringLiteral("S/RES/1985 (2011)"), QStringLiteral("S/RES/2050 (2012)"),
                                               QStringLiteral("S/RES/2094 (2013)"), QStringLiteral("S/RES/2141 (2014)"),
                                               QStringLiteral("S/RES/2207 (2015)"), QStringLiteral("S/RES/2276 (2016)"),
                                               QStringLiteral("S/RES/2345 (2017)"), QStringLiteral("S/RES/2407 (2018)"),
                                               QStringLiteral("S/RES/2464 (2019)")};
    QTest::newRow("coal full ban") << QDate(2025, 6, 30) << QStringLiteral("coal_iron_export_ban") << QStringLiteral("S/RES/2371 (2017)")
                                   << QStringList{QStringLiteral("S/RES/2270 (2016)"), QStringLiteral("S/RES/2321 (2016)"),
                                                  QStringLiteral("S/RES/2371 (2017)")};
}

void TestReportContent::inForceAtTheEndDate()
{
    QFETCH(QDate, day);
    QFETCH(QString, type);
    QFETCH(QString, symbol);
    QFETCH(QStringList, lineage);
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.to = day;
    const ReportContent r = buildReport(*db, o).value();
    const ReportInForceMeasure *m = inForceOf(r, type);
    if (symbol.isEmpty()) {
        QVERIFY(!m);
        return;
    }
    QVERIFY(m);
    QCOMPARE(m->symbol, symbol);
    QCOMPARE(m->lineages.last(), lineage); // the chain of the resolution that changed it last
    if (type == QLatin1String("coal_iron_export_ban"))
        QVERIFY(m->tightenedToBan);
}

void TestReportContent::dateRangeLimitsTheRounds()
{
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.from = QDate(2017, 1, 1);
    o.to = QDate(2017, 12, 31);
    const ReportContent r = buildReport(*db, o).value();
    QStringList symbols;
    for (const ReportRound &round : r.rounds)
        symbols << round.symbol;
    QCOMPARE(symbols, (QStringList{QStringLiteral("S/RES/2345 (2017)"), QStringLiteral("S/RES/2356 (2017)"),
                                   QStringLiteral("S/RES/2371 (2017)"), QStringLiteral("S/RES/2375 (2017)"),
                                   QStringLiteral("S/RES/2397 (2017)")}));
    QCOMPARE(r.stamp.resolutions, 5);
    QCOMPARE(r.timeline.resolutions.size(), 5);
    // The escalation line starts at the range's start with what was in force then.
    QVERIFY(!r.timeline.escalation.isEmpty());
    QCOMPARE(r.timeline.escalation.first().date, QDate(2017, 1, 1));
    QVERIFY(r.timeline.escalation.first().measureTypes > 5);
    // 2375's transitional cap applied on 31 December 2017.
    QCOMPARE(inForceOf(r, QStringLiteral("refined_petroleum_cap"))->symbol, QStringLiteral("S/RES/2375 (2017)"));
    // Cap histories are as known at the end: the 2022 veto is not there yet.
    for (const ReportCapStep &s : historyOf(r, QStringLiteral("refined_petroleum_cap"))->steps)
        QVERIFY(s.kind != ReportCapStep::Kind::VetoedProposal);
}

// A period before the first round: every section says there is nothing, in words, rather than showing
// an empty table (and the stamp counts nothing).
void TestReportContent::aPeriodWithNothingSaysSo()
{
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.from = QDate(1990, 1, 1);
    o.to = QDate(1995, 12, 31);
    const ReportContent r = buildReport(*db, o).value();
    QVERIFY(r.rounds.isEmpty());
    QVERIFY(r.inForce.isEmpty());
    QVERIFY(r.sources.isEmpty());
    QCOMPARE(r.stamp.resolutions, 0);
    const QString html = renderReportHtml(r, {});
    QVERIFY2(html.contains(QStringLiteral("No resolution or draft concerning PRK falls between 1 Jan 1990 and 31 Dec 1995.")),
             qPrintable(html.left(3000)));
    QVERIFY(html.contains(QStringLiteral("No measure was in force on that day.")));
    QVERIFY(html.contains(QStringLiteral("No capped measure concerns PRK.")));
    QVERIFY(html.contains(QStringLiteral("No source is cited.")));
    QVERIFY(!html.contains(QStringLiteral("class=\"rounds\"")));
}

void TestReportContent::sourcesAreNumberedInCitationOrder()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    QVERIFY(r.sources.size() > 20);
    for (int i = 0; i < r.sources.size(); ++i)
        QCOMPARE(r.sources[i].number, i + 1);
    // 1695 is the first row, so it cites the first sources.
    QCOMPARE(r.rounds.first().sourceRefs.first(), 1);
    QSet<QString> urls;
    for (const ReportSource &s : r.sources)
        urls.insert(s.url);
    QCOMPARE(urls.size(), r.sources.size());
    QCOMPARE(reportformat::references({1, 2, 3, 5, 7, 8}), QStringLiteral("[1\u20133, 5, 7\u20138]"));
}

void TestReportContent::designationCountsPerRegime()
{
    auto db = test::openMemory();
    // None in the bundled data: the section is left out.
    QVERIFY(buildReport(*db, bundledOptions()).value().designations.isEmpty());
    QVERIFY(!renderReportHtml(buildReport(*db, bundledOptions()).value(), {}).contains(QStringLiteral("Individuals")));
    QVERIFY(!buildReport(*db, bundledOptions()).value().stamp.designationsKnown);
    QVERIFY(renderReportHtml(buildReport(*db, bundledOptions()).value(), {})
                .contains(QStringLiteral("designations not known (no UN Consolidated List imported)")));

    DesignationRepository repo(db->connection());
    auto add = [&](const char *ref, DesignationKind kind, QDate listed, const char *resolution = "") {
        Designation d;
        d.referenceNumber = QString::fromLatin1(ref);
        d.kind = kind;
        d.name = QStringLiteral("Name of ") + d.referenceNumber;
        d.listedOn = listed;
        d.regimeCode = QStringLiteral("1718");
        d.stateCode = QStringLiteral("PRK");
        d.resolution = QString::fromLatin1(resolution);
        QVERIFY(repo.upsert(d).ok());
    };
    const QString before = buildReport(*db, bundledOptions()).value().stamp.checksum;
    add("KPi.001", DesignationKind::Individual, QDate(2013, 1, 22), "S/RES/2087 (2013)");
    add("KPi.002", DesignationKind::Individual, QDate(2016, 3, 2), "S/RES/2270 (2016)");
    add("KPe.001", DesignationKind::Entity, QDate(2009, 7, 16)); // a committee decision
    add("KPe.099", DesignationKind::Entity, QDate(2030, 1, 1)); // after the end date
    const ReportContent r = buildReport(*db, bundledOptions()).value();
    QVERIFY(r.stamp.checksum != before);
    // The rounds that listed names say so in their row.
    for (const ReportRound &round : r.rounds) {
        const bool listed = round.symbol == QLatin1String("S/RES/2087 (2013)") || round.symbol == QLatin1String("S/RES/2270 (2016)");
        QCOMPARE(round.designations, listed ? (DesignationTally{1, 0, 0}) : DesignationTally{});
    }
    QVERIFY(renderReportHtml(r, {}).contains(
        QStringLiteral("<b>lists</b> 1 individual and 0 entities <span class=\"muted\">(UN Consolidated List)</span>")));
    QCOMPARE(r.designations.size(), 1);
    QCOMPARE(r.designations[0].regimeCode, QStringLiteral("1718"));
    QCOMPARE(r.designations[0].individuals, 2);
    QCOMPARE(r.designations[0].entities, 1);
    QCOMPARE(r.stamp.designations, 3);
    QVERIFY(r.stamp.designationsKnown);
    const QString html = renderReportHtml(r, {});
    QVERIFY(html.contains(QStringLiteral("<td>1718 Committee (DPRK)")));
    QVERIFY(html.contains(QStringLiteral("14 trigger events; 3 designations as of 30 Jun 2025")));
}

void TestReportContent::sectionsCanBeLeftOut()
{
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.sections = ReportSection::Rounds;
    const ReportContent r = buildReport(*db, o).value();
    QVERIFY(r.inForce.isEmpty());
    QVERIFY(r.capHistories.isEmpty());
    QVERIFY(r.sources.isEmpty());
    const QString html = renderReportHtml(r, {QStringLiteral("chart.png")});
    QVERIFY(html.contains(QStringLiteral("Resolutions and vetoed drafts")));
    QVERIFY(!html.contains(QStringLiteral("chart.png")));
    QVERIFY(!html.contains(QStringLiteral("Cap histories")));
    QVERIFY(!html.contains(QStringLiteral("class=\"ref\""))); // no references to a list that is not printed
}

void TestReportContent::unknownStateIsRefused()
{
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.stateCode = QStringLiteral("XYZ");
    auto r = buildReport(*db, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY2(r.error().message.contains(QStringLiteral("XYZ")) && r.error().message.contains(QStringLiteral("PRK")),
             qPrintable(r.error().message));
}

// Issue 13: a round's measure line quotes the operative paragraph's wording where it was entered, and
// only there (the PRK golden file, whose measures have none, is unchanged).
void TestReportContent::roundsQuoteTheLegalBasisWhereEntered()
{
    auto db = test::openMemory();
    const ReportOptions o = iranOptions();
    const ReportContent r = buildReport(*db, o).value();
    int withBasis = 0;
    for (const ReportRound &round : r.rounds) {
        for (const MeasureRecord &m : round.measures) {
            if (m.legalBasis.isEmpty())
                continue;
            ++withBasis;
            QCOMPARE(round.symbol, QStringLiteral("S/RES/1747 (2007)"));
            QCOMPARE(m.typeName, QStringLiteral("Arms embargo"));
        }
    }
    QCOMPARE(withBasis, 1);
    const QString html = renderReportHtml(r, {});
    QCOMPARE(html.count(QStringLiteral("5. Decides that Iran shall not supply, sell or transfer directly or indirectly")), 1);
    QVERIFY(html.contains(QStringLiteral("<br><span class=\"muted\"><i>\u201c5. Decides that Iran")));
    QVERIFY(html.contains(QStringLiteral("territory of Iran;\u201d</i></span>")));

    // The data stamp covers what the report quotes.
    MeasureRepository measures(db->connection());
    const qint64 r1747 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/1747 (2007)")).value();
    Measure arms = measures.forResolution(r1747).value().first();
    arms.legalBasis += QStringLiteral(" (amended)");
    QVERIFY(measures.update(arms.id, r1747, arms).ok());
    QVERIFY(buildReport(*db, o).value().stamp.checksum != r.stamp.checksum);
}

// Issue 16: the IRN report on 1 October 2025, after the snapback. The drafts of 19 and 26 September
// are "not adopted", not vetoed; the reinstated measures are in force and marked contested, with
// whose view it is and a numbered source.
void TestReportContent::iranReportShowsFailedDraftsAndContestedMeasures()
{
    auto db = test::openMemory();
    const ReportOptions o = iranOptions();
    const ReportContent r = buildReport(*db, o).value();
    QCOMPARE(r.stamp.resolutions, 13);
    QCOMPARE(r.stamp.sanctionsRounds, 4);
    QCOMPARE(r.stamp.vetoedDrafts, 0);
    QCOMPARE(r.stamp.notAdoptedDrafts, 2);
    int contested = 0;
    int rows = 0;
    for (const ReportInForceGroup &g : r.inForce) {
        for (const ReportInForceType &t : g.types) {
            for (const ReportInForceMeasure &m : t.measures) {
                ++rows;
                QCOMPARE(m.symbol, QStringLiteral("S/RES/2231 (2015)"));
                QCOMPARE(m.action, MeasureAction::Reinstates);
                contested += !m.disputes.isEmpty();
                QCOMPARE(m.disputeRefs.size(), m.disputes.size());
            }
        }
    }
    QCOMPARE(rows, 10);
    QCOMPARE(contested, 10);
    const ReportInForceMeasure *freeze = inForceOf(r, QStringLiteral("asset_freeze"));
    QVERIFY(freeze);
    QCOMPARE(freeze->since, QDate(2025, 9, 27));
    QCOMPARE(freeze->lastChangedOn, QDate(2025, 9, 27)); // when the snapback took effect, not 2231's 2015 vote
    QCOMPARE(freeze->lineages.first(), (QStringList{QStringLiteral("S/RES/1737 (2006)"), QStringLiteral("S/RES/1747 (2007)"),
                                                    QStringLiteral("S/RES/1803 (2008)"), QStringLiteral("S/RES/1929 (2010)"),
                                                    QStringLiteral("S/RES/2231 (2015)")}));

    const QString html = renderReportHtml(r, {});
    QCOMPARE(html.count(QStringLiteral("Draft not adopted (fewer than nine votes)")), 2);
    QVERIFY(!html.contains(QStringLiteral("Vetoed draft")));
    QVERIFY(html.contains(QStringLiteral("Resolutions, vetoed drafts and drafts not adopted")));
    QCOMPARE(html.count(QStringLiteral("Contested by IRN, RUS, CHN:")), 10);
    QVERIFY(html.contains(QStringLiteral("2 drafts not adopted for lack of nine votes")));
}

void TestReportContent::startAfterEndIsRefused()
{
    auto db = test::openMemory();
    ReportOptions o = bundledOptions();
    o.from = QDate(2020, 1, 1);
    o.to = QDate(2019, 1, 1);
    auto r = buildReport(*db, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("2020-01-01")), qPrintable(r.error().message));
}

void TestReportContent::formats_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    namespace f = reportformat;
    QTest::newRow("date") << f::date(QDate(2017, 12, 22)) << QStringLiteral("22 Dec 2017");
    QTest::newRow("barrels a year") << f::cap(500000.0, QStringLiteral("barrels"), QStringLiteral("year")) << QStringLiteral("500,000 barrels a year");
    QTest::newRow("per 3 months") << f::cap(500000.0, QStringLiteral("barrels"), QStringLiteral("3 months")) << QStringLiteral("500,000 barrels per 3 months");
    QTest::newRow("rest of 2016") << f::cap(53495894.0, QStringLiteral("US$"), QStringLiteral("rest of 2016")) << QStringLiteral("US$53,495,894 (rest of 2016)");
    QTest::newRow("ban") << f::cap(0.0, {}, {}) << QStringLiteral("full ban");
    QTest::newRow("no figure") << f::cap(std::nullopt, {}, {}) << QStringLiteral("no figure");
    QTest::newRow("votes") << f::votes({13, 1, 1}) << QStringLiteral("13\u20131\u20131");
    QTest::newRow("short symbol") << f::shortSymbol(QStringLiteral("S/RES/2397 (2017)")) << QStringLiteral("2397");
    QTest::newRow("draft symbol") << f::shortSymbol(QStringLiteral("S/2022/431")) << QStringLiteral("S/2022/431");
    QTest::newRow("one day") << f::days(1) << QStringLiteral("1 day");
    QTest::newRow("days") << f::days(1234) << QStringLiteral("1,234 days");
}

void TestReportContent::formats()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

namespace {
// Runs `write` once, when the connection traced starts its second SELECT: after the report has read
// something, before it has read everything.
struct WriteMidway {
    std::function<void()> write;
    int selects = 0;
    bool written = false;
    static int onStatement(unsigned, void *self, void *statement, void *)
    {
        auto *w = static_cast<WriteMidway *>(self);
        const char *text = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        if (!w->written && text && qstrncmp(text, "SELECT", 6) == 0 && ++w->selects == 2) {
            w->written = true;
            w->write();
        }
        return 0;
    }
};
} // namespace

// Another program commits a change while a report is being read (here: when the report's second
// SELECT starts, after the states were read). The report must describe the data as it was when it
// began reading, not a mix: its data checksum is the one of the report made before the change, and the
// next report, made after, sees the change.
void TestReportContent::readsOneSnapshotWhileAnotherProgramWrites()
{
    if (test::onServer())
        QSKIP("issue 14: SQLite's statement trace places the write; the server run reads the same way (REPEATABLE READ READ ONLY)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("snapshot.sqlite"));
    auto reader = test::openFile(path);
    auto before = buildReport(*reader, bundledOptions());
    CHECK_OK(before);
    auto other = test::openFile(path);
    WriteMidway midway;
    midway.write = [&] {
        CHECK_OK(sql::exec(other->connection(), QStringLiteral(
            "UPDATE measures SET description = 'changed while a report was read' WHERE id = "
            "(SELECT min(m.id) FROM measures m JOIN states s ON s.id = m.state_id WHERE s.code = 'PRK')")));
    };
    sqlite3 *handle = *static_cast<sqlite3 *const *>(reader->connection().driver()->handle().constData());
    QVERIFY(handle);
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &WriteMidway::onStatement, &midway);
    auto during = buildReport(*reader, bundledOptions());
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    CHECK_OK(during);
    QVERIFY(midway.written);
    QCOMPARE(during.value().stamp.checksum, before.value().stamp.checksum);
    auto after = buildReport(*reader, bundledOptions());
    CHECK_OK(after);
    QVERIFY(after.value().stamp.checksum != before.value().stamp.checksum);
    // Nothing of the report's read is left open: the reader can write.
    CHECK_OK(sql::exec(reader->connection(), QStringLiteral("BEGIN IMMEDIATE")));
    CHECK_OK(sql::exec(reader->connection(), QStringLiteral("ROLLBACK")));
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_report_content.moc"
