// Records compare equal only when every field is: the form saves ("nothing changed, nothing saved"),
// the UN list reconciliation ("changed designations") and the in-force cache decide by these
// comparisons, so a field left out of one would make a change to it pass unseen. Each case changes one
// field of a record and expects it to differ.
#include "domain/Entities.h"
#include "domain/MeasureFact.h"
#include "domain/UnListRecord.h"

#include <QTest>

#include <functional>

using namespace st;

namespace {

template <typename Record>
using Change = std::pair<const char *, std::function<void(Record &)>>;

template <typename Record>
void everyFieldCounts(const Record &record, const QList<Change<Record>> &changes)
{
    QVERIFY(record == Record(record));
    for (const auto &[field, change] : changes) {
        Record changed = record;
        change(changed);
        QVERIFY2(!(changed == record), field);
    }
}

Resolution resolution2397()
{
    Resolution r;
    r.id = 7;
    r.symbol = QStringLiteral("S/RES/2397 (2017)");
    r.number = 2397;
    r.date = QDate(2017, 12, 22);
    r.regimeCode = QStringLiteral("1718");
    r.states = {QStringLiteral("PRK")};
    r.title = QStringLiteral("Non-proliferation/Democratic People's Republic of Korea");
    r.votes = {15, 0, 0};
    r.chapterVii = true;
    r.summary = QStringLiteral("Capped refined petroleum at 500,000 barrels a year.");
    r.sources = {QStringLiteral("https://press.un.org/en/2017/sc13141.doc.htm")};
    return r;
}

Measure petroleumCap()
{
    Measure m;
    m.id = 11;
    m.resolution = QStringLiteral("S/RES/2397 (2017)");
    m.position = 2;
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("refined_petroleum_cap");
    m.action = MeasureAction::Tightens;
    m.description = QStringLiteral("Refined petroleum cap lowered");
    m.paragraph = QStringLiteral("OP 5");
    m.legalBasis = QStringLiteral("Decides that all Member States shall prohibit ...");
    m.cap = Cap{500000, QStringLiteral("barrels"), QStringLiteral("year")};
    m.effectiveFrom = QDate(2018, 1, 1);
    m.changes = MeasureRef{QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"), {}};
    m.changesId = 9;
    m.source = QStringLiteral("https://undocs.org/S/RES/2397(2017)");
    m.disputes = {Dispute{{QStringLiteral("RUS")}, QStringLiteral("A view"), QStringLiteral("https://example.org")}};
    return m;
}

UnListRecord listed()
{
    UnListRecord r;
    r.referenceNumber = QStringLiteral("KPi.001");
    r.dataId = 6908097;
    r.versionNum = 1;
    r.firstName = QStringLiteral("RI");
    r.secondName = QStringLiteral("JONG");
    r.thirdName = QStringLiteral("WON");
    r.listType = QStringLiteral("DPRK");
    r.listedOn = QDate(2016, 3, 2);
    r.aliases = {UnListAlias{QStringLiteral("Good"), QStringLiteral("Ri Jong-won"), {}, {}, {}, {}}};
    r.details = {UnListDetail{DetailSection::Nationality, 0, QStringLiteral("VALUE"),
                              QStringLiteral("Democratic People's Republic of Korea")}};
    return r;
}

} // namespace

class TestRecordEquality : public QObject {
    Q_OBJECT
private slots:
    void statesAndTypes();
    void regimesAndVotes();
    void resolutions();
    void measuresAndTheirParts();
    void eventsDesignationsAndActs();
    void measureFacts();
    void unListRecords();
};

void TestRecordEquality::statesAndTypes()
{
    everyFieldCounts<SanctionedState>({1, QStringLiteral("PRK"), QStringLiteral("DPRK")},
                                      {{"id", [](auto &s) { s.id = 2; }},
                                       {"code", [](auto &s) { s.code = QStringLiteral("IRN"); }},
                                       {"name", [](auto &s) { s.name = QStringLiteral("Iran"); }}});
    everyFieldCounts<MeasureType>({1, QStringLiteral("arms_embargo"), QStringLiteral("Arms embargo"),
                                   QStringLiteral("trade"), false, QStringLiteral("Weapons")},
                                  {{"id", [](auto &t) { t.id = 2; }},
                                   {"code", [](auto &t) { t.code = QStringLiteral("asset_freeze"); }},
                                   {"name", [](auto &t) { t.name = QStringLiteral("Asset freeze"); }},
                                   {"category", [](auto &t) { t.category = QStringLiteral("financial"); }},
                                   {"hasCap", [](auto &t) { t.hasCap = true; }},
                                   {"description", [](auto &t) { t.description = QStringLiteral("Arms"); }}});
}

void TestRecordEquality::regimesAndVotes()
{
    everyFieldCounts<Regime>({1, QStringLiteral("1718"), QStringLiteral("DPRK sanctions"), QStringLiteral("PRK"),
                              QStringLiteral("S/RES/1718 (2006)"), QStringLiteral("DPRK"),
                              QStringLiteral("https://main.un.org/securitycouncil/en/sanctions/1718")},
                             {{"id", [](auto &g) { g.id = 2; }},
                              {"code", [](auto &g) { g.code = QStringLiteral("1737"); }},
                              {"name", [](auto &g) { g.name = QStringLiteral("Iran sanctions"); }},
                              {"stateCode", [](auto &g) { g.stateCode = QStringLiteral("IRN"); }},
                              {"establishedBy", [](auto &g) { g.establishedBy = QStringLiteral("S/RES/1737 (2006)"); }},
                              {"unListType", [](auto &g) { g.unListType = QStringLiteral("Iran"); }},
                              {"source", [](auto &g) { g.source.clear(); }}});
    everyFieldCounts<Votes>({13, 0, 2}, {{"inFavour", [](auto &v) { v.inFavour = 12; }},
                                         {"against", [](auto &v) { v.against = 1; }},
                                         {"abstaining", [](auto &v) { v.abstaining = 1; }}});
}

void TestRecordEquality::resolutions()
{
    everyFieldCounts<Resolution>(
        resolution2397(),
        {{"id", [](auto &r) { r.id = 8; }},
         {"symbol", [](auto &r) { r.symbol = QStringLiteral("S/RES/2397(2017)"); }},
         {"number", [](auto &r) { r.number.reset(); }},
         {"date", [](auto &r) { r.date = QDate(2017, 12, 23); }},
         {"status", [](auto &r) { r.status = ResolutionStatus::Vetoed; }},
         {"kind", [](auto &r) { r.kind = ResolutionKind::PanelRenewal; }},
         {"regimeCode", [](auto &r) { r.regimeCode.clear(); }},
         {"states", [](auto &r) { r.states << QStringLiteral("IRN"); }},
         {"title", [](auto &r) { r.title += QLatin1Char('.'); }},
         {"votes", [](auto &r) { r.votes.abstaining = 1; }},
         {"vetoedBy", [](auto &r) { r.vetoedBy = {QStringLiteral("RUS")}; }},
         {"chapterVii", [](auto &r) { r.chapterVii.reset(); }},
         {"summary", [](auto &r) { r.summary.clear(); }},
         {"sources", [](auto &r) { r.sources << QStringLiteral("https://undocs.org/S/RES/2397(2017)"); }},
         {"note", [](auto &r) { r.note = QStringLiteral("Adopted at the 8151st meeting"); }}});
}

void TestRecordEquality::measuresAndTheirParts()
{
    everyFieldCounts<Measure>(
        petroleumCap(),
        {{"id", [](auto &m) { m.id = 12; }},
         {"resolution", [](auto &m) { m.resolution = QStringLiteral("S/RES/2375 (2017)"); }},
         {"position", [](auto &m) { m.position = 3; }},
         {"stateCode", [](auto &m) { m.stateCode = QStringLiteral("IRN"); }},
         {"typeCode", [](auto &m) { m.typeCode = QStringLiteral("crude_oil_cap"); }},
         {"action", [](auto &m) { m.action = MeasureAction::Relaxes; }},
         {"description", [](auto &m) { m.description += QLatin1Char('.'); }},
         {"paragraph", [](auto &m) { m.paragraph = QStringLiteral("OP 4"); }},
         {"legalBasis", [](auto &m) { m.legalBasis.clear(); }},
         {"cap", [](auto &m) { m.cap->value = 2000000; }},
         {"effectiveFrom", [](auto &m) { m.effectiveFrom = QDate(2017, 12, 22); }},
         {"effectiveTo", [](auto &m) { m.effectiveTo = QDate(2026, 1, 1); }},
         {"changes", [](auto &m) { m.changes->paragraph = QStringLiteral("OP 14"); }},
         {"changesId", [](auto &m) { m.changesId = 0; }},
         {"source", [](auto &m) { m.source.clear(); }},
         {"note", [](auto &m) { m.note = QStringLiteral("Checked"); }},
         {"disputes", [](auto &m) { m.disputes.clear(); }}});
    everyFieldCounts<Cap>({500000, QStringLiteral("barrels"), QStringLiteral("year")},
                          {{"value", [](auto &c) { c.value = 4000000; }},
                           {"unit", [](auto &c) { c.unit = QStringLiteral("metric tonnes"); }},
                           {"period", [](auto &c) { c.period = QStringLiteral("2018"); }}});
    everyFieldCounts<MeasureRef>({QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("refined_petroleum_cap"),
                                  QStringLiteral("OP 14")},
                                 {{"resolution", [](auto &r) { r.resolution = QStringLiteral("S/RES/2397 (2017)"); }},
                                  {"type", [](auto &r) { r.type = QStringLiteral("crude_oil_cap"); }},
                                  {"paragraph", [](auto &r) { r.paragraph.clear(); }}});
    everyFieldCounts<Dispute>({{QStringLiteral("IRN"), QStringLiteral("RUS")}, QStringLiteral("Terminated in 2025"),
                               QStringLiteral("https://example.org/letter")},
                              {{"parties", [](auto &d) { d.parties.removeLast(); }},
                               {"view", [](auto &d) { d.view += QLatin1Char('.'); }},
                               {"source", [](auto &d) { d.source.clear(); }}});
}

void TestRecordEquality::eventsDesignationsAndActs()
{
    everyFieldCounts<TriggerEvent>({3, QStringLiteral("PRK"), QDate(2017, 11, 28), QDate(2017, 11, 29),
                                    EventKind::MissileLaunch, QStringLiteral("Hwasong-15"),
                                    QStringLiteral("https://press.un.org/x"), QStringLiteral("Korea date")},
                                   {{"id", [](auto &e) { e.id = 4; }},
                                    {"stateCode", [](auto &e) { e.stateCode = QStringLiteral("IRN"); }},
                                    {"date", [](auto &e) { e.date = QDate(2017, 11, 29); }},
                                    {"localDate", [](auto &e) { e.localDate = QDate(); }},
                                    {"kind", [](auto &e) { e.kind = EventKind::SatelliteLaunch; }},
                                    {"description", [](auto &e) { e.description.clear(); }},
                                    {"source", [](auto &e) { e.source.clear(); }},
                                    {"note", [](auto &e) { e.note.clear(); }}});
    everyFieldCounts<Designation>({5, QStringLiteral("KPi.001"), DesignationKind::Individual, QStringLiteral("RI JONG WON"),
                                   QDate(2016, 3, 2), QStringLiteral("1718"), QStringLiteral("PRK"),
                                   QStringLiteral("S/RES/2270 (2016)"), QStringLiteral("DPRK"), QDate()},
                                  {{"id", [](auto &d) { d.id = 6; }},
                                   {"referenceNumber", [](auto &d) { d.referenceNumber = QStringLiteral("KPi.002"); }},
                                   {"kind", [](auto &d) { d.kind = DesignationKind::Entity; }},
                                   {"name", [](auto &d) { d.name = QStringLiteral("RI JONG-WON"); }},
                                   {"listedOn", [](auto &d) { d.listedOn = QDate(2016, 3, 3); }},
                                   {"regimeCode", [](auto &d) { d.regimeCode.clear(); }},
                                   {"stateCode", [](auto &d) { d.stateCode.clear(); }},
                                   {"resolution", [](auto &d) { d.resolution.clear(); }},
                                   {"listType", [](auto &d) { d.listType.clear(); }},
                                   {"delistedOn", [](auto &d) { d.delistedOn = QDate(2024, 9, 26); }}});
    everyFieldCounts<Act>({9, ActKind::PresidentialStatement, QDate(2006, 10, 6), QStringLiteral("S/PRST/2006/41"),
                           QStringLiteral("Statement on the announced test"), QStringLiteral("1718"), QStringLiteral("Urged"),
                           QStringLiteral("https://undocs.org/S/PRST/2006/41"), QStringLiteral("New York date")},
                          {{"id", [](auto &a) { a.id = 10; }},
                           {"kind", [](auto &a) { a.kind = ActKind::CommitteeDecision; }},
                           {"date", [](auto &a) { a.date = QDate(2006, 10, 7); }},
                           {"symbol", [](auto &a) { a.symbol.clear(); }},
                           {"title", [](auto &a) { a.title.clear(); }},
                           {"regimeCode", [](auto &a) { a.regimeCode.clear(); }},
                           {"summary", [](auto &a) { a.summary.clear(); }},
                           {"source", [](auto &a) { a.source.clear(); }},
                           {"sourceNote", [](auto &a) { a.sourceNote.clear(); }}});
    everyFieldCounts<DesignationTally>({80, 75, 3}, {{"individuals", [](auto &t) { t.individuals = 81; }},
                                                     {"entities", [](auto &t) { t.entities = 76; }},
                                                     {"delisted", [](auto &t) { t.delisted = 4; }}});
}

void TestRecordEquality::measureFacts()
{
    MeasureFact fact;
    fact.id = 11;
    fact.resolutionId = 7;
    fact.symbol = QStringLiteral("S/RES/2397 (2017)");
    fact.resolutionDate = QDate(2017, 12, 22);
    fact.typeCode = QStringLiteral("refined_petroleum_cap");
    fact.stateCode = QStringLiteral("PRK");
    fact.effectiveFrom = QDate(2018, 1, 1);
    fact.changesId = 9;
    fact.cap = Cap{500000, QStringLiteral("barrels"), QStringLiteral("year")};
    fact.action = MeasureAction::Tightens;
    fact.typeHasCap = true;
    everyFieldCounts<MeasureFact>(fact, {{"id", [](auto &f) { f.id = 12; }},
                                         {"resolutionId", [](auto &f) { f.resolutionId = 8; }},
                                         {"symbol", [](auto &f) { f.symbol.clear(); }},
                                         {"resolutionDate", [](auto &f) { f.resolutionDate = QDate(2017, 12, 23); }},
                                         {"typeCode", [](auto &f) { f.typeCode.clear(); }},
                                         {"stateCode", [](auto &f) { f.stateCode.clear(); }},
                                         {"effectiveFrom", [](auto &f) { f.effectiveFrom = QDate(); }},
                                         {"effectiveTo", [](auto &f) { f.effectiveTo = QDate(2026, 1, 1); }},
                                         {"changesId", [](auto &f) { f.changesId = 0; }},
                                         {"cap", [](auto &f) { f.cap.reset(); }},
                                         {"action", [](auto &f) { f.action = MeasureAction::Renews; }},
                                         {"adopted", [](auto &f) { f.adopted = false; }},
                                         {"typeHasCap", [](auto &f) { f.typeHasCap = false; }},
                                         {"contested", [](auto &f) { f.contested = true; }}});
}

void TestRecordEquality::unListRecords()
{
    everyFieldCounts<UnListRecord>(
        listed(),
        {{"kind", [](auto &r) { r.kind = DesignationKind::Entity; }},
         {"referenceNumber", [](auto &r) { r.referenceNumber = QStringLiteral("KPi.002"); }},
         {"dataId", [](auto &r) { r.dataId = 6908098; }},
         {"versionNum", [](auto &r) { r.versionNum = 2; }},
         {"firstName", [](auto &r) { r.firstName.clear(); }},
         {"secondName", [](auto &r) { r.secondName.clear(); }},
         {"thirdName", [](auto &r) { r.thirdName.clear(); }},
         {"fourthName", [](auto &r) { r.fourthName = QStringLiteral("X"); }},
         {"originalScript", [](auto &r) { r.originalScript = QStringLiteral("리정원"); }},
         {"listType", [](auto &r) { r.listType = QStringLiteral("Iran"); }},
         {"listedOn", [](auto &r) { r.listedOn = QDate(2016, 3, 3); }},
         {"comments", [](auto &r) { r.comments = QStringLiteral("Director"); }},
         {"gender", [](auto &r) { r.gender = QStringLiteral("Male"); }},
         {"aliases", [](auto &r) { r.aliases[0].quality = QStringLiteral("Low"); }},
         {"details", [](auto &r) { r.details[0].item = 1; }}});
    everyFieldCounts<UnListAlias>({QStringLiteral("Good"), QStringLiteral("Ri Jong-won"), QStringLiteral("1958-05-22"),
                                   QStringLiteral("Pyongyang"), QStringLiteral("DPRK"), QStringLiteral("note")},
                                  {{"quality", [](auto &a) { a.quality = QStringLiteral("Low"); }},
                                   {"name", [](auto &a) { a.name.clear(); }},
                                   {"dateOfBirth", [](auto &a) { a.dateOfBirth = QStringLiteral("1958"); }},
                                   {"cityOfBirth", [](auto &a) { a.cityOfBirth.clear(); }},
                                   {"countryOfBirth", [](auto &a) { a.countryOfBirth.clear(); }},
                                   {"note", [](auto &a) { a.note.clear(); }}});
    everyFieldCounts<UnListDetail>({DetailSection::Address, 0, QStringLiteral("CITY"), QStringLiteral("Pyongyang")},
                                   {{"section", [](auto &d) { d.section = DetailSection::Note; }},
                                    {"item", [](auto &d) { d.item = 1; }},
                                    {"field", [](auto &d) { d.field = QStringLiteral("COUNTRY"); }},
                                    {"value", [](auto &d) { d.value.clear(); }}});
}

QTEST_GUILESS_MAIN(TestRecordEquality)
#include "tst_record_equality.moc"
