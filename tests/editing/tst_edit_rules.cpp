// Every rule a form enforces, broken on its own through FormChecks (so the rules that need the
// database, such as a unique symbol, are covered too): the check names the field, and the unbroken
// record passes.
#include "EditingTestSupport.h"

#include "editing/FormChecks.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"

#include <functional>

using namespace st;

namespace {

using Check = std::function<Result<FieldErrors>(const FormChecks &, const Database &)>;

Resolution resolution()
{
    Resolution r;
    r.symbol = QStringLiteral("S/RES/2999 (2025)");
    r.number = 2999;
    r.date = QDate(2025, 3, 1);
    r.states = {QStringLiteral("PRK")};
    r.title = QStringLiteral("Non-proliferation/DPRK");
    r.votes = {15, 0, 0};
    r.sources = {QStringLiteral("https://undocs.org/S/RES/2999(2025)")};
    return r;
}

Resolution draft()
{
    Resolution r = resolution();
    r.symbol = QStringLiteral("S/2025/100");
    r.number.reset();
    r.status = ResolutionStatus::Vetoed;
    r.votes = {13, 2, 0};
    r.vetoedBy = {QStringLiteral("CHN"), QStringLiteral("RUS")};
    return r;
}

Measure measure()
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
    return m;
}

TriggerEvent event()
{
    return {0, QStringLiteral("PRK"), QDate(2025, 1, 6), {}, EventKind::MissileLaunch,
            QStringLiteral("Launch of an intermediate-range missile"), QStringLiteral("https://example.org/launch"), {}};
}

MeasureType type()
{
    return {0, QStringLiteral("crypto_ban"), QStringLiteral("Cryptocurrency ban"), QStringLiteral("financial"), false, {}};
}

// The id of a stored measure adopted on or after `date`: a lineage target that is not older.
qint64 measureOn(const Database &db, const char *symbol)
{
    return test::scalarInt(db, QStringLiteral("SELECT m.id FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
                                              "WHERE r.symbol = ? ORDER BY m.position LIMIT 1"), {QString::fromLatin1(symbol)});
}

Check ofResolution(std::function<void(Resolution &)> change, Resolution base = resolution())
{
    return [=](const FormChecks &checks, const Database &) { Resolution r = base; change(r); return checks.resolution(r, 0); };
}
Check ofMeasure(std::function<void(Measure &, const Database &)> change)
{
    return [=](const FormChecks &checks, const Database &db) { Measure m = measure(); change(m, db); return checks.measure(m); };
}
Check ofEvent(std::function<void(TriggerEvent &)> change)
{
    return [=](const FormChecks &checks, const Database &) { TriggerEvent e = event(); change(e); return checks.event(e, 0); };
}
// A stored event entered again as a new one.
Check ofStoredEvent()
{
    return [](const FormChecks &checks, const Database &db) {
        return checks.event(TriggerEventRepository(db.connection()).all().value().first(), 0);
    };
}
Check ofState(SanctionedState s)
{
    return [=](const FormChecks &checks, const Database &) { return checks.state(s, 0); };
}
Check ofType(std::function<void(MeasureType &)> change, qint64 ownId = 0)
{
    return [=](const FormChecks &checks, const Database &) { MeasureType t = type(); change(t); return checks.measureType(t, ownId); };
}
Check ofDateText(QString text)
{
    return [=](const FormChecks &, const Database &) -> Result<FieldErrors> { return validateDateText(QStringLiteral("date"), text); };
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Check)

class TestEditRules : public QObject {
    Q_OBJECT
private slots:
    // The checks only read, so the rows of one table share one database: loading it per row is slow.
    void initTestCase() { m_db = test::openMemory(); }
    void cleanupTestCase() { m_db.reset(); }
    void unbrokenRecordsPass_data();
    void unbrokenRecordsPass();
    void eachRule_data();
    void eachRule();
    void editKeepsItsOwnSymbol();

private:
    std::unique_ptr<Database> m_db;
};

void TestEditRules::unbrokenRecordsPass_data()
{
    QTest::addColumn<Check>("check");
    const auto same = [](auto &...) {};
    QTest::newRow("resolution") << ofResolution(same);
    QTest::newRow("vetoed draft") << ofResolution(same, draft());
    QTest::newRow("measure") << ofMeasure([](Measure &m, const Database &db) { m.changesId = measureOn(db, "S/RES/2375 (2017)"); });
    QTest::newRow("event") << ofEvent(same);
    QTest::newRow("state") << ofState({0, QStringLiteral("LBY"), QStringLiteral("Libya")}); // IRN is bundled
    QTest::newRow("measure type") << ofType(same);
    QTest::newRow("empty optional date") << ofDateText(QString());
    QTest::newRow("ISO date") << ofDateText(QStringLiteral("2017-12-22"));
}

void TestEditRules::unbrokenRecordsPass()
{
    QFETCH(Check, check);
    auto errors = check(FormChecks(*m_db), *m_db);
    QVERIFY(errors.ok());
    QVERIFY2(errors.value().isEmpty(), qPrintable(describe(errors.value())));
}

void TestEditRules::eachRule_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("field");
    const QString s = QStringLiteral("symbol");

    // Required fields.
    QTest::newRow("resolution symbol required") << ofResolution([](Resolution &r) { r.symbol.clear(); }) << s;
    QTest::newRow("resolution title required") << ofResolution([](Resolution &r) { r.title = QStringLiteral("  "); }) << QStringLiteral("title");
    QTest::newRow("resolution date required") << ofResolution([](Resolution &r) { r.date = {}; }) << QStringLiteral("date");
    QTest::newRow("resolution source required") << ofResolution([](Resolution &r) { r.sources.clear(); }) << QStringLiteral("sources");
    QTest::newRow("adopted resolution number required") << ofResolution([](Resolution &r) { r.number.reset(); }) << QStringLiteral("number");
    QTest::newRow("measure resolution required") << ofMeasure([](Measure &m, const Database &) { m.resolution.clear(); }) << QStringLiteral("resolution");
    QTest::newRow("measure type required") << ofMeasure([](Measure &m, const Database &) { m.typeCode.clear(); }) << QStringLiteral("type");
    QTest::newRow("measure state required") << ofMeasure([](Measure &m, const Database &) { m.stateCode.clear(); }) << QStringLiteral("state");
    QTest::newRow("measure description required") << ofMeasure([](Measure &m, const Database &) { m.description.clear(); }) << QStringLiteral("description");
    QTest::newRow("measure source required") << ofMeasure([](Measure &m, const Database &) { m.source.clear(); }) << QStringLiteral("source");
    QTest::newRow("event date required") << ofEvent([](TriggerEvent &e) { e.date = {}; }) << QStringLiteral("date");
    QTest::newRow("event description required") << ofEvent([](TriggerEvent &e) { e.description.clear(); }) << QStringLiteral("description");
    QTest::newRow("event source required") << ofEvent([](TriggerEvent &e) { e.source.clear(); }) << QStringLiteral("source");
    QTest::newRow("state name required") << ofState({0, QStringLiteral("IRN"), QString()}) << QStringLiteral("name");
    QTest::newRow("measure type name required") << ofType([](MeasureType &t) { t.name.clear(); }) << QStringLiteral("name");

    // Real dates, none before 24 October 1945.
    QTest::newRow("date text not a real date") << ofDateText(QStringLiteral("2017-02-30")) << QStringLiteral("date");
    QTest::newRow("date text not a date at all") << ofDateText(QStringLiteral("22/12/2017")) << QStringLiteral("date");
    QTest::newRow("resolution before the UN") << ofResolution([](Resolution &r) {
        r.date = QDate(1945, 10, 23); r.symbol = QStringLiteral("S/RES/2999 (1945)"); }) << QStringLiteral("date");
    QTest::newRow("measure effective from before the UN") << ofMeasure([](Measure &m, const Database &) { m.effectiveFrom = QDate(1945, 1, 1); }) << QStringLiteral("effective_from");
    QTest::newRow("event before the UN") << ofEvent([](TriggerEvent &e) { e.date = QDate(1944, 6, 6); }) << QStringLiteral("date");

    // Effective to after effective from.
    QTest::newRow("effective to before from") << ofMeasure([](Measure &m, const Database &) { m.effectiveTo = QDate(2017, 12, 31); }) << QStringLiteral("effective_to");

    // Votes.
    QTest::newRow("votes add up to more than 15") << ofResolution([](Resolution &r) { r.votes = {10, 4, 2}; }) << QStringLiteral("votes");
    QTest::newRow("vetoed draft without a vote against") << ofResolution([](Resolution &r) { r.votes = {14, 0, 1}; r.vetoedBy.clear(); }, draft())
                                                         << QStringLiteral("votes.against");

    // Unique symbol and number (the database is asked).
    QTest::newRow("symbol already stored") << ofResolution([](Resolution &r) {
        r.symbol = QStringLiteral("S/RES/2397 (2017)"); r.number = 2397; r.date = QDate(2017, 12, 22); }) << s;
    QTest::newRow("draft symbol already stored") << ofResolution([](Resolution &r) {
        r.symbol = QStringLiteral("S/2022/431"); r.date = QDate(2022, 5, 26); }, draft()) << s;
    QTest::newRow("number already stored") << ofResolution([](Resolution &r) { r.number = 2397; r.symbol = QStringLiteral("S/RES/2397 (2025)"); })
                                           << QStringLiteral("number");

    // An adopted resolution's symbol matches its number and year.
    QTest::newRow("symbol names another number") << ofResolution([](Resolution &r) { r.symbol = QStringLiteral("S/RES/2998 (2025)"); }) << s;
    QTest::newRow("symbol names another year") << ofResolution([](Resolution &r) { r.symbol = QStringLiteral("S/RES/2999 (2024)"); }) << s;
    QTest::newRow("symbol shape") << ofResolution([](Resolution &r) { r.symbol = QStringLiteral("Resolution 2999"); }) << s;

    // Caps.
    QTest::newRow("cap zero") << ofMeasure([](Measure &m, const Database &) { m.cap->value = 0; }) << QStringLiteral("cap.value");
    QTest::newRow("cap negative") << ofMeasure([](Measure &m, const Database &) { m.cap->value = -1; }) << QStringLiteral("cap.value");
    QTest::newRow("cap without unit") << ofMeasure([](Measure &m, const Database &) { m.cap->unit.clear(); }) << QStringLiteral("cap.unit");
    QTest::newRow("cap on a type without caps") << ofMeasure([](Measure &m, const Database &) { m.typeCode = QStringLiteral("arms_embargo"); })
                                                << QStringLiteral("cap");
    QTest::newRow("type with capped measures keeps its cap") << ofType([](MeasureType &t) {
        t.code = QStringLiteral("refined_petroleum_cap"); t.hasCap = false; }, 0) << QStringLiteral("code");

    // Well-formed URLs.
    QTest::newRow("resolution source URL") << ofResolution([](Resolution &r) { r.sources = {QStringLiteral("undocs.org/S/RES/2999")}; })
                                           << QStringLiteral("sources");
    QTest::newRow("measure source URL") << ofMeasure([](Measure &m, const Database &) { m.source = QStringLiteral("ftp://un.org/x"); }) << QStringLiteral("source");
    QTest::newRow("event source URL") << ofEvent([](TriggerEvent &e) { e.source = QStringLiteral("https://no host"); }) << QStringLiteral("source");

    // Lineage: the changed measure is older than the measure's own resolution.
    QTest::newRow("lineage target not older") << ofMeasure([](Measure &m, const Database &db) {
        m.changesId = measureOn(db, "S/RES/2397 (2017)"); }) << QStringLiteral("changes");
    QTest::newRow("lineage target newer") << ofMeasure([](Measure &m, const Database &db) {
        m.changesId = measureOn(db, "S/RES/2407 (2018)"); }) << QStringLiteral("changes");

    // Records the database must know, codes it must not know yet.
    QTest::newRow("measure of an unknown resolution") << ofMeasure([](Measure &m, const Database &) { m.resolution = QStringLiteral("S/RES/9999 (2030)"); })
                                                      << QStringLiteral("resolution");
    QTest::newRow("state code taken") << ofState({0, QStringLiteral("PRK"), QStringLiteral("Korea, North")}) << QStringLiteral("code");
    QTest::newRow("state code shape") << ofState({0, QStringLiteral("Ir"), QStringLiteral("Iran")}) << QStringLiteral("code");
    QTest::newRow("measure type code taken") << ofType([](MeasureType &t) { t.code = QStringLiteral("arms_embargo"); }) << QStringLiteral("code");
    QTest::newRow("measure type category") << ofType([](MeasureType &t) { t.category = QStringLiteral("culinary"); }) << QStringLiteral("category");
    QTest::newRow("event stored twice") << ofStoredEvent() << QStringLiteral("description");
}

void TestEditRules::eachRule()
{
    QFETCH(Check, check);
    QFETCH(QString, field);
    auto errors = check(FormChecks(*m_db), *m_db);
    QVERIFY2(errors.ok(), qPrintable(errors.ok() ? QString() : errors.error().fullText()));
    QVERIFY2(fields(errors.value()).contains(field), qPrintable(describe(errors.value())));
}

void TestEditRules::editKeepsItsOwnSymbol()
{
    auto db = test::openMemory();
    const Resolution stored = ResolutionRepository(db->connection()).findBySymbol(QStringLiteral("S/RES/2397 (2017)")).value().value();
    auto own = FormChecks(*db).resolution(stored, stored.id);
    QVERIFY(own.ok());
    QCOMPARE(own.value(), FieldErrors{});
    auto other = FormChecks(*db).resolution(stored, stored.id + 1);
    QVERIFY(fields(other.value()).contains(QStringLiteral("symbol")));
}

QTEST_GUILESS_MAIN(TestEditRules)
#include "tst_edit_rules.moc"
