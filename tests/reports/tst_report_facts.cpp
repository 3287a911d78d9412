// What the report states, checked for its meaning (issue 11): one row per measure with the day it
// first applied, the UN list's own date, and one in-force answer across every view after an edit.
#include "TestSupport.h"

#include "analysis/CapHistory.h"
#include "analysis/InForce.h"
#include "reports/ReportBuilder.h"
#include "domain/Wording.h"
#include "reports/ReportHtml.h"
#include "storage/MeasureFactRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "designations/UnListImport.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/ResolutionDetail.h"

using namespace st;

namespace {

ReportOptions optionsTo(const QDate &to)
{
    ReportOptions o;
    o.stateCode = QStringLiteral("PRK");
    o.to = to;
    o.generatedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    o.databaseLabel = QStringLiteral("sanctions-tracker.sqlite");
    return o;
}

QList<const ReportInForceMeasure *> rowsOf(const ReportContent &r, const QString &type)
{
    QList<const ReportInForceMeasure *> out;
    for (const ReportInForceGroup &g : r.inForce) {
        for (const ReportInForceType &t : g.types) {
            if (t.typeCode == type) {
                for (const ReportInForceMeasure &m : t.measures)
                    out << &m;
            }
        }
    }
    return out;
}

// "1695; 1718>2087"
QString lineageText(const ReportInForceMeasure &m)
{
    QStringList chains;
    for (const QStringList &chain : m.lineages) {
        QStringList numbers;
        for (const QString &s : chain)
            numbers << reportformat::shortSymbol(s);
        chains << numbers.join(QLatin1Char('>'));
    }
    return chains.join(QStringLiteral("; "));
}

qint64 measureId(const Database &db, const QString &symbol, const QString &type, std::optional<double> cap)
{
    const QList<MeasureFact> facts = MeasureFactRepository(db.connection()).forState(QStringLiteral("PRK")).value();
    for (const MeasureFact &f : facts) {
        if (f.symbol == symbol && f.typeCode == type && (f.cap ? std::optional<double>(f.cap->value) : std::nullopt) == cap)
            return f.id;
    }
    return 0;
}

} // namespace

class TestReportFacts : public QObject {
    Q_OBJECT
private slots:
    void oneRowPerMeasure_data();
    void oneRowPerMeasure();
    void noMeasureTypeListedTwice();
    void inForceTableSaysSinceAndLastChange();
    void designationsNameTheListTheyCameFrom();
    void designationsBeforeTheListDateSaySo();
    void editedCapGivesOneAnswerEverywhere();
    void eventsShowTheDateTheWorldCites();
};

void TestReportFacts::oneRowPerMeasure_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("lastChangedBy");
    QTest::addColumn<QString>("lineage");
    QTest::newRow("arms embargo") << QStringLiteral("arms_embargo") << QDate(2006, 10, 14)
                                  << QStringLiteral("S/RES/2270 (2016)") << QStringLiteral("1718>1874>2270");
    QTest::newRow("asset freeze") << QStringLiteral("asset_freeze") << QDate(2006, 10, 14)
                                  << QStringLiteral("S/RES/2664 (2022)") << QStringLiteral("1718>2270; 1718>2664");
    // 1695's ban and 1718's (expanded by 2087) are one measure: one row, applying since 1695.
    QTest::newRow("WMD goods") << QStringLiteral("wmd_goods_ban") << QDate(2006, 7, 15)
                               << QStringLiteral("S/RES/2087 (2013)") << QStringLiteral("1695; 1718>2087");
    // 2375's transitional cap from 1 October 2017, then 2397's from 2018 without a break.
    QTest::newRow("refined petroleum") << QStringLiteral("refined_petroleum_cap") << QDate(2017, 10, 1)
                                       << QStringLiteral("S/RES/2397 (2017)") << QStringLiteral("2375>2397");
    QTest::newRow("coal") << QStringLiteral("coal_iron_export_ban") << QDate(2016, 3, 2)
                          << QStringLiteral("S/RES/2371 (2017)") << QStringLiteral("2270>2321>2371");
}

void TestReportFacts::oneRowPerMeasure()
{
    QFETCH(QString, type);
    QFETCH(QDate, since);
    QFETCH(QString, lastChangedBy);
    QFETCH(QString, lineage);
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, optionsTo(QDate(2025, 6, 30))).value();
    const auto rows = rowsOf(r, type);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]->since, since);
    QCOMPARE(rows[0]->symbol, lastChangedBy);
    QCOMPARE(lineageText(*rows[0]), lineage);
}

void TestReportFacts::noMeasureTypeListedTwice()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, optionsTo(QDate(2025, 6, 30))).value();
    QStringList types;
    int rows = 0;
    for (const ReportInForceGroup &g : r.inForce) {
        for (const ReportInForceType &t : g.types) {
            types << t.typeCode;
            rows += int(t.measures.size());
        }
    }
    QCOMPARE(rows, int(types.size()));
    QCOMPARE(int(QSet<QString>(types.cbegin(), types.cend()).size()), int(types.size()));
    // 24 measure types, less the panel (lapsed 30 April 2024) and the two only a vetoed draft proposed.
    QVERIFY(!types.contains(QStringLiteral("panel_of_experts")));
    QVERIFY(!types.contains(QStringLiteral("tobacco_ban")));
}

void TestReportFacts::inForceTableSaysSinceAndLastChange()
{
    auto db = test::openMemory();
    const QString html = renderReportHtml(buildReport(*db, optionsTo(QDate(2025, 6, 30))).value(), {});
    QVERIFY(html.contains(QStringLiteral("<th width=\"13%\">In force since</th><th width=\"27%\">Last changed by</th>")));
    QVERIFY(html.contains(QStringLiteral("<td>Arms embargo</td><td>14&nbsp;Oct&nbsp;2006</td><td>S/RES/2270&nbsp;(2016)")));
    QVERIFY(html.contains(QStringLiteral("expands on 2 Mar 2016")));
    QVERIFY(!html.contains(QStringLiteral("<td>Arms embargo</td><td>2&nbsp;Mar&nbsp;2016")));
    QVERIFY(html.contains(QStringLiteral("1695; 1718 &rarr; 2087")));
}

void TestReportFacts::designationsNameTheListTheyCameFrom()
{
    auto db = test::openMemory();
    auto imported = importUnListFile(*db, QStringLiteral(ST_TEST_DATA_DIR "/designations/un-consolidated-list-2024-09-26.xml"));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().fullText()));
    const ReportContent r = buildReport(*db, optionsTo(QDate(2026, 12, 3))).value();
    QCOMPARE(r.stamp.listGenerated.date(), QDate(2024, 9, 26));
    QVERIFY(r.stamp.listImportedAt.isValid());
    QCOMPARE(r.stamp.designationsAsOf, QDate(2024, 9, 26));
    int total = 0;
    for (const ReportDesignationCount &d : r.designations)
        total += d.individuals + d.entities;
    QCOMPARE(r.stamp.designations, total);
    QVERIFY(total > 0);
    const QString html = renderReportHtml(r, {});
    const QString imported_on = reportformat::date(r.stamp.listImportedAt.date());
    QVERIFY(html.contains(QStringLiteral("%1 designations as of 26 Sep 2024").arg(total)));
    QVERIFY(html.contains(QStringLiteral("UN Security Council Consolidated List generated on 26 Sep 2024, imported on %1")
                              .arg(imported_on)));
    // Never a count "on the list" on the day of printing, which the database cannot know.
    QVERIFY(!html.contains(QStringLiteral("On the UN Consolidated List on")));
    QVERIFY(!html.contains(QStringLiteral("on the list at the end date")));
}

void TestReportFacts::designationsBeforeTheListDateSaySo()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, QStringLiteral(ST_TEST_DATA_DIR "/designations/un-consolidated-list-2024-09-26.xml")).ok());
    const ReportContent later = buildReport(*db, optionsTo(QDate(2026, 12, 3))).value();
    const ReportContent earlier = buildReport(*db, optionsTo(QDate(2016, 12, 31))).value();
    QCOMPARE(earlier.stamp.designationsAsOf, QDate(2016, 12, 31));
    QVERIFY(earlier.stamp.designations < later.stamp.designations);
    QVERIFY(renderReportHtml(earlier, {}).contains(
        QStringLiteral("Designations listed on or before 31 Dec 2016 and not removed by then, as recorded in the UN "
                       "Security Council Consolidated List generated on 26 Sep 2024")));
}

// Issue 11, item 4: a 250,000-barrel cap from 2026 added to 2397 and linked to 2375's (not to 2397's
// own 500,000) must end the 500,000 cap on 31 Dec 2025 in every view.
void TestReportFacts::editedCapGivesOneAnswerEverywhere()
{
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    const qint64 r2397 = ResolutionRepository(c).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    const qint64 cap2375 = measureId(*db, QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), 2000000.0);
    const qint64 cap2397 = measureId(*db, QStringLiteral("S/RES/2397 (2017)"), QStringLiteral("refined_petroleum_cap"), 500000.0);
    QVERIFY(cap2375 && cap2397);
    Measure m;
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("refined_petroleum_cap");
    m.action = MeasureAction::Tightens;
    m.description = QStringLiteral("A lower cap from 2026 (test edit).");
    m.cap = Cap{250000, QStringLiteral("barrels"), QStringLiteral("year")};
    m.effectiveFrom = QDate(2026, 1, 1);
    m.source = QStringLiteral("https://undocs.org/S/RES/2397(2017)");
    const qint64 added = MeasureRepository(c).insert(r2397, m).value();
    QVERIFY(MeasureRepository(c).setChanges(added, cap2375).ok());

    // The computation every view reads.
    const QList<MeasureFact> facts = MeasureFactRepository(c).forState(QStringLiteral("PRK")).value();
    const QList<InForceInterval> intervals = inForceIntervals(facts);
    const QList<qint64> on2026 = measuresInForceOn(intervals, QDate(2026, 6, 30));
    QVERIFY(on2026.contains(added));
    QVERIFY(!on2026.contains(cap2397));
    QVERIFY(measuresInForceOn(intervals, QDate(2025, 12, 31)).contains(cap2397));

    // Report section 3: one row, the 250,000 cap, since 1 October 2017.
    const ReportContent r = buildReport(*db, optionsTo(QDate(2026, 6, 30))).value();
    const auto rows = rowsOf(r, QStringLiteral("refined_petroleum_cap"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]->cap->value, 250000.0);
    QCOMPARE(rows[0]->since, QDate(2017, 10, 1));
    // Report section 4: the 500,000 cap ended on 31 Dec 2025, the 250,000 one is in force.
    const ReportCapHistory *history = nullptr;
    for (const ReportCapHistory &h : r.capHistories) {
        if (h.typeCode == QLatin1String("refined_petroleum_cap"))
            history = &h;
    }
    QVERIFY(history);
    QStringList inForce;
    for (const ReportCapStep &s : history->steps) {
        if (s.kind != ReportCapStep::Kind::Applied)
            continue;
        if (s.step.measureId == cap2397)
            QCOMPARE(s.step.until, QDate(2026, 1, 1));
        if (s.step.until.isNull() || s.step.until > r.to)
            inForce << reportformat::number(*s.step.value);
    }
    QCOMPARE(inForce, QStringList{QStringLiteral("250,000")});

    // The cap chart's data (CapHistoryPanel draws capHistory()): the same cut.
    const CapHistory chart = capHistory(facts, QStringLiteral("refined_petroleum_cap"), QStringLiteral("PRK"));
    QCOMPARE(chart.applied.size(), 3);
    QCOMPARE(chart.applied[1].until, QDate(2026, 1, 1));
    QCOMPARE(*chart.applied[2].value, 250000.0);
    QVERIFY(chart.applied[2].until.isNull());

    // The workspace's "in force on".
    MeasureBrowserModel model(*db);
    MeasureFilter filter;
    filter.stateCode = QStringLiteral("PRK");
    QVERIFY(model.setFilter(filter).ok());
    QVERIFY(model.reload().ok());
    QVERIFY(model.setInForceOn(QDate(2026, 6, 30)).ok());
    QVERIFY(model.ids().contains(added));
    QVERIFY(!model.ids().contains(cap2397));
}

// Issue 11, item 5: the first nuclear test is "the 9 October 2006 test" (local and UTC date) in the
// report, the detail pane and the resolution table, with the New York date beside it; the lag is
// counted in New York days (docs/dataset.md).
void TestReportFacts::eventsShowTheDateTheWorldCites()
{
    auto db = test::openMemory();
    const ReportContent r = buildReport(*db, optionsTo(QDate(2025, 6, 30))).value();
    const ReportRound *round1718 = nullptr;
    for (const ReportRound &round : r.rounds) {
        if (round.symbol == QLatin1String("S/RES/1718 (2006)"))
            round1718 = &round;
    }
    QVERIFY(round1718);
    QCOMPARE(round1718->triggers.size(), 1);
    QCOMPARE(round1718->triggers[0].date, QDate(2006, 10, 9));
    QCOMPARE(round1718->triggers[0].newYorkDate, QDate(2006, 10, 8));
    QCOMPARE(round1718->triggers[0].lagDays, 6);
    const QString html = renderReportHtml(r, {});
    QVERIFY(html.contains(QStringLiteral("9&nbsp;Oct&nbsp;2006<br>NY&nbsp;8&nbsp;Oct&nbsp;2006 &middot; 6&nbsp;days")));
    // A launch on the same day in New York and locally carries one date.
    QVERIFY(html.contains(QStringLiteral("28&nbsp;Jul&nbsp;2017 &middot;")));

    const qint64 id1718 = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/1718 (2006)")).value();
    const QString detail = resolutionDetailHtml(loadResolutionDetail(*db, id1718).value().value());
    QVERIFY2(detail.contains(QStringLiteral("9 Oct 2006 (8 Oct 2006 in New York)")), qPrintable(detail));

    ResolutionBrowserModel table(*db);
    ResolutionFilter filter;
    filter.stateCode = QStringLiteral("PRK");
    QVERIFY(table.setFilter(filter).ok());
    QVERIFY(table.reload().ok());
    QVERIFY(table.rowCount() > 20);
    bool found = false;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.index(row, ResolutionBrowserModel::Symbol).data().toString() != QLatin1String("S/RES/1718 (2006)"))
            continue;
        found = true;
        QCOMPARE(table.index(row, ResolutionBrowserModel::Triggers).data().toString(),
                 QStringLiteral("Nuclear test 2006-10-09 (New York 2006-10-08)"));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestReportFacts)
#include "tst_report_facts.moc"
