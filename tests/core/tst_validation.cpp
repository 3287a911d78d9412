// Each validation rule, broken on its own: the validator names the field, and a valid record passes.
#include "validation/Validation.h"
#include "domain/Vocabulary.h"

#include <QTest>

using namespace st;

Q_DECLARE_METATYPE(st::Resolution)
Q_DECLARE_METATYPE(st::Measure)

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void validRecordsPass();
    void resolutionRules_data();
    void resolutionRules();
    void measureRules_data();
    void measureRules();
    void measureLimitsAndLineageAccepted();
    void eventRules();
    void regimeRules();
    void urls_data();
    void urls();
    void measureActionsFromUtf8();
};

namespace {

Resolution adopted()
{
    Resolution r;
    r.symbol = QStringLiteral("S/RES/2397 (2017)");
    r.number = 2397;
    r.date = QDate(2017, 12, 22);
    r.title = QStringLiteral("Non-proliferation/DPRK");
    r.votes = {15, 0, 0};
    r.states = {QStringLiteral("PRK")};
    r.sources = {QStringLiteral("https://press.un.org/en/2017/sc13141.doc.htm")};
    return r;
}

Resolution vetoed()
{
    Resolution r = adopted();
    r.symbol = QStringLiteral("S/2022/431");
    r.number.reset();
    r.date = QDate(2022, 5, 26);
    r.status = ResolutionStatus::Vetoed;
    r.votes = {13, 2, 0};
    r.vetoedBy = {QStringLiteral("CHN"), QStringLiteral("RUS")};
    return r;
}

Measure capMeasure()
{
    Measure m;
    m.resolution = QStringLiteral("S/RES/2397 (2017)");
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("refined_petroleum_cap");
    m.action = MeasureAction::Tightens;
    m.description = QStringLiteral("Cap of 500,000 barrels a year");
    m.cap = Cap{500000, QStringLiteral("barrels"), QStringLiteral("year")};
    m.effectiveFrom = QDate(2018, 1, 1);
    m.source = QStringLiteral("https://undocs.org/S/RES/2397(2017)");
    m.changes = MeasureRef{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), {}};
    return m;
}

const MeasureContext kContext{true, QDate(2017, 12, 22), QDate(2017, 9, 11)};

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

} // namespace

void TestValidation::validRecordsPass()
{
    QCOMPARE(validateResolution(adopted()), FieldErrors{});
    QCOMPARE(validateResolution(vetoed()), FieldErrors{});
    QCOMPARE(validateMeasure(capMeasure(), kContext), FieldErrors{});
}

void TestValidation::resolutionRules_data()
{
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<QString>("field");
    Resolution r;

    r = adopted(); r.symbol.clear();
    QTest::newRow("symbol required") << r << QStringLiteral("symbol");
    r = adopted(); r.symbol = QStringLiteral("S/RES/2396 (2017)");
    QTest::newRow("symbol matches number") << r << QStringLiteral("symbol");
    r = adopted(); r.symbol = QStringLiteral("S/RES/2397 (2018)");
    QTest::newRow("symbol matches year") << r << QStringLiteral("symbol");
    r = adopted(); r.symbol = QStringLiteral("Resolution 2397");
    QTest::newRow("symbol shape") << r << QStringLiteral("symbol");
    r = adopted(); r.date = QDate();
    QTest::newRow("date required") << r << QStringLiteral("date");
    r = adopted(); r.date = QDate(1945, 10, 23); r.symbol = QStringLiteral("S/RES/2397 (1945)");
    QTest::newRow("date before the UN") << r << QStringLiteral("date");
    r = adopted(); r.title = QStringLiteral("   ");
    QTest::newRow("title required") << r << QStringLiteral("title");
    r = adopted(); r.votes = {16, 0, 0};
    QTest::newRow("votes for above 15") << r << QStringLiteral("votes.for");
    r = adopted(); r.votes = {10, 3, 3};
    QTest::newRow("votes add up above 15") << r << QStringLiteral("votes");
    r = adopted(); r.votes = {8, 0, 7};
    QTest::newRow("adopted needs 9 in favour") << r << QStringLiteral("votes.for");
    r = vetoed(); r.votes = {14, 0, 1};
    QTest::newRow("vetoed needs a vote against") << r << QStringLiteral("votes.against");
    r = vetoed(); r.vetoedBy = {QStringLiteral("JPN")};
    QTest::newRow("veto only by permanent members") << r << QStringLiteral("vetoed_by");
    r = vetoed(); r.vetoedBy.clear();
    QTest::newRow("vetoed names the vetoes") << r << QStringLiteral("vetoed_by");
    r = vetoed(); r.number = 2640;
    QTest::newRow("draft has no number") << r << QStringLiteral("number");
    r = adopted(); r.number.reset();
    QTest::newRow("adopted has a number") << r << QStringLiteral("number");
    r = adopted(); r.sources = {QStringLiteral("press.un.org/en/2017")};
    QTest::newRow("source URL well-formed") << r << QStringLiteral("sources");
    r = adopted(); r.sources.clear();
    QTest::newRow("source required") << r << QStringLiteral("sources");
    r = adopted(); r.states = {QStringLiteral("North Korea")};
    QTest::newRow("state codes") << r << QStringLiteral("states");
    r = vetoed(); r.symbol = QStringLiteral("S/RES/2640 (2022)");
    QTest::newRow("draft symbol shape") << r << QStringLiteral("symbol");
    r = vetoed(); r.symbol = QStringLiteral("S/2021/431");
    QTest::newRow("draft symbol year") << r << QStringLiteral("symbol");
    r = adopted(); r.number = -2397;
    QTest::newRow("number positive") << r << QStringLiteral("number");
    r = vetoed(); r.status = ResolutionStatus::NotAdopted; r.vetoedBy.clear(); r.votes = {9, 0, 6};
    QTest::newRow("not adopted with 9 in favour") << r << QStringLiteral("votes.for");
    r = vetoed(); r.status = ResolutionStatus::NotAdopted; r.votes = {4, 9, 2};
    QTest::newRow("not adopted names no veto") << r << QStringLiteral("vetoed_by");
    r = adopted(); r.votes = {13, 1, 1}; r.vetoedBy = {QStringLiteral("RUS")}; // one against: only this rule is broken
    QTest::newRow("adopted names no veto") << r << QStringLiteral("vetoed_by");
}

void TestValidation::resolutionRules()
{
    QFETCH(Resolution, resolution);
    QFETCH(QString, field);
    const FieldErrors errors = validateResolution(resolution);
    QVERIFY2(fields(errors).contains(field), qPrintable(describe(errors)));
}

void TestValidation::measureRules_data()
{
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<bool>("typeHasCap");
    QTest::addColumn<QDate>("changesDate");
    QTest::addColumn<QString>("field");
    Measure m;
    m = capMeasure(); m.description.clear();
    QTest::newRow("description required") << m << true << QDate(2017, 9, 11) << QStringLiteral("description");
    m = capMeasure(); m.cap->value = 0;
    QTest::newRow("cap positive") << m << true << QDate(2017, 9, 11) << QStringLiteral("cap.value");
    m = capMeasure(); m.cap->value = -3;
    QTest::newRow("cap not negative") << m << true << QDate(2017, 9, 11) << QStringLiteral("cap.value");
    m = capMeasure(); m.cap->unit.clear();
    QTest::newRow("cap unit required") << m << true << QDate(2017, 9, 11) << QStringLiteral("cap.unit");
    m = capMeasure();
    QTest::newRow("cap only on cap types") << m << false << QDate(2017, 9, 11) << QStringLiteral("cap");
    m = capMeasure(); m.effectiveTo = QDate(2017, 12, 31);
    QTest::newRow("effective to after from") << m << true << QDate(2017, 9, 11) << QStringLiteral("effective_to");
    m = capMeasure(); m.effectiveFrom = QDate(1900, 1, 1);
    QTest::newRow("effective from before the UN") << m << true << QDate(2017, 9, 11) << QStringLiteral("effective_from");
    m = capMeasure();
    QTest::newRow("lineage target must be older") << m << true << QDate(2017, 12, 22) << QStringLiteral("changes");
    m = capMeasure();
    QTest::newRow("lineage target newer") << m << true << QDate(2018, 3, 1) << QStringLiteral("changes");
    m = capMeasure(); m.source = QStringLiteral("not a url");
    QTest::newRow("source URL") << m << true << QDate(2017, 9, 11) << QStringLiteral("source");
    m = capMeasure(); m.stateCode = QStringLiteral("prk");
    QTest::newRow("state code") << m << true << QDate(2017, 9, 11) << QStringLiteral("state");
    // Issue 11, item 8.
    m = capMeasure(); m.effectiveFrom = QDate(2009, 1, 1);
    QTest::newRow("effective from before adoption") << m << true << QDate(2017, 9, 11) << QStringLiteral("effective_from");
    m = capMeasure(); m.effectiveFrom = {}; m.effectiveTo = QDate(2017, 6, 30);
    QTest::newRow("effective to before adoption") << m << true << QDate(2017, 9, 11) << QStringLiteral("effective_to");
    for (MeasureAction action : {MeasureAction::Tightens, MeasureAction::Relaxes, MeasureAction::Renews,
                                 MeasureAction::Terminates, MeasureAction::Reinstates}) {
        m = capMeasure(); m.action = action; m.changes.reset(); m.changesId = 0;
        QTest::addRow("%s names what it changes", qPrintable(toCode(action))) << m << true << QDate() << QStringLiteral("changes");
    }
    m = capMeasure(); m.changes->resolution = m.resolution;
    QTest::newRow("not a measure of its own resolution") << m << true << QDate() << QStringLiteral("changes");
    m = capMeasure(); m.description = QString(103000, QLatin1Char('x'));
    QTest::newRow("description of 103,000 characters") << m << true << QDate(2017, 9, 11) << QStringLiteral("description");
    m = capMeasure(); m.paragraph = QString(81, QLatin1Char('1'));
    QTest::newRow("paragraph too long") << m << true << QDate(2017, 9, 11) << QStringLiteral("paragraph");
    m = capMeasure(); m.note = QString(2001, QLatin1Char('n'));
    QTest::newRow("note too long") << m << true << QDate(2017, 9, 11) << QStringLiteral("note");
    m = capMeasure(); m.cap->unit = QString(41, QLatin1Char('u'));
    QTest::newRow("cap unit too long") << m << true << QDate(2017, 9, 11) << QStringLiteral("cap.unit");
}

void TestValidation::measureLimitsAndLineageAccepted()
{
    // At the limits, with an introducing action and no lineage, on the adoption day: all fine.
    Measure m = capMeasure();
    m.action = MeasureAction::Introduces;
    m.changes.reset();
    m.effectiveFrom = QDate(2017, 12, 22);
    m.description = QString(kMeasureLimits.description, QLatin1Char('d'));
    m.paragraph = QString(kMeasureLimits.paragraph, QLatin1Char('p'));
    QCOMPARE(validateMeasure(m, kContext), FieldErrors{});
    m.action = MeasureAction::Expands; // may widen scope without naming a predecessor
    QCOMPARE(validateMeasure(m, kContext), FieldErrors{});
    // The message says what the field needs.
    m.action = MeasureAction::Tightens;
    const FieldErrors errors = validateMeasure(m, kContext);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].message, QStringLiteral("must name the measure this one tightens"));
    // Each action in its own words.
    const QList<std::pair<MeasureAction, QString>> verbs{{MeasureAction::Relaxes, QStringLiteral("relaxes")},
                                                         {MeasureAction::Renews, QStringLiteral("renews")},
                                                         {MeasureAction::Terminates, QStringLiteral("ends")},
                                                         {MeasureAction::Reinstates, QStringLiteral("reinstates")}};
    for (const auto &[action, verb] : verbs) {
        m.action = action;
        QCOMPARE(validateMeasure(m, kContext), (FieldErrors{{QStringLiteral("changes"), QStringLiteral("must name the measure this one ") + verb}}));
    }
}

void TestValidation::measureRules()
{
    QFETCH(Measure, measure);
    QFETCH(bool, typeHasCap);
    QFETCH(QDate, changesDate);
    QFETCH(QString, field);
    const FieldErrors errors = validateMeasure(measure, {typeHasCap, QDate(2017, 12, 22), changesDate});
    QVERIFY2(fields(errors).contains(field), qPrintable(describe(errors)));
}

void TestValidation::eventRules()
{
    TriggerEvent e{0, QStringLiteral("PRK"), QDate(2017, 9, 2), QDate(2017, 9, 3), EventKind::NuclearTest,
                   QStringLiteral("Sixth nuclear test"), QStringLiteral("https://example.org/x"), {}};
    QCOMPARE(validateEvent(e), FieldErrors{});
    e.localDate = QDate(2017, 9, 10);
    QCOMPARE(fields(validateEvent(e)), QStringList{QStringLiteral("local_date")});
    e.localDate = {};
    e.description.clear();
    QCOMPARE(fields(validateEvent(e)), QStringList{QStringLiteral("description")});
    e.description = QStringLiteral("Sixth nuclear test");
    e.stateCode = QStringLiteral("DPRK");
    QCOMPARE(fields(validateEvent(e)), QStringList{QStringLiteral("state")});
}

void TestValidation::regimeRules()
{
    Regime g;
    g.code = QStringLiteral("1718");
    g.name = QStringLiteral("DPRK sanctions (1718 Committee)");
    g.stateCode = QStringLiteral("PRK");
    g.source = QStringLiteral("https://main.un.org/securitycouncil/en/sanctions/1718");
    QCOMPARE(validateRegime(g), FieldErrors{});
    g.source.clear(); // a source is welcome, not required
    QCOMPARE(validateRegime(g), FieldErrors{});
    g.stateCode = QStringLiteral("North Korea");
    g.source = QStringLiteral("un.org/sanctions");
    g.name = QStringLiteral(" ");
    const FieldErrors errors = validateRegime(g);
    QCOMPARE(fields(errors), (QStringList{QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("source")}));
    QCOMPARE(errors[1].message, QStringLiteral("must be an ISO 3166-1 alpha-3 code such as PRK"));
    QCOMPARE(errors[2].message, QStringLiteral("is not a well-formed web address (http:// or https://)"));
}

void TestValidation::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QStringLiteral("https://press.un.org/en/2017/sc13141.doc.htm") << true;
    QTest::newRow("http") << QStringLiteral("http://undocs.org/S/RES/1718(2006)") << true;
    QTest::newRow("no scheme") << QStringLiteral("press.un.org/en") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://un.org/file") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("spaces") << QStringLiteral("https://un org/x") << false;
}

void TestValidation::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(isWellFormedUrl(url), ok);
}

// The actions as SQLite hands their codes over (UTF-8 bytes) read as fromCode reads them.
void TestValidation::measureActionsFromUtf8()
{
    const QStringList codes = allCodes<MeasureAction>();
    QCOMPARE(codes.size(), 7);
    for (const QString &code : codes) {
        const QByteArray utf8 = code.toUtf8();
        QCOMPARE(measureActionFromUtf8(utf8), fromCode<MeasureAction>(code));
        QVERIFY(measureActionFromUtf8(utf8).has_value());
    }
    const QList<QByteArrayView> unknown{"", "Tightens", "tighten", "tightens ", QByteArrayView("introduces\0", 11)};
    for (const QByteArrayView code : unknown)
        QVERIFY2(!measureActionFromUtf8(code).has_value(), code.toByteArray().constData());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
