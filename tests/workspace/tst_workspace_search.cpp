// Full-text search (FTS5) over titles, summaries, measure descriptions and trigger descriptions,
// checked against the bundled data itself, and kept in sync by the schema's triggers.
#include "TestSupport.h"

#include "interchange/JsonDatasetReader.h"
#include "storage/BrowserRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"

#include <QRegularExpression>

using namespace st;

namespace {

QStringList symbolsOf(const Database &db, const QList<qint64> &ids)
{
    QStringList out;
    auto rows = ResolutionRepository(db.connection()).summaries();
    for (const ResolutionSummary &s : rows.value()) {
        if (ids.contains(s.id))
            out << s.symbol;
    }
    out.sort();
    return out;
}

QStringList search(const Database &db, const QString &text)
{
    ResolutionFilter f;
    f.search = text;
    return symbolsOf(db, BrowserRepository(db.connection()).resolutionIds(f, ResolutionSortKey::Date).value());
}

// What the search should find, worked out from the dataset file: every word must start a word of
// the resolution's title, summary, symbol, or one of its measures' or trigger events' descriptions.
QStringList expectedFromData(const QString &text)
{
    const Dataset data = readDatasetJson(bundledDatasetJson()).value();
    QStringList out;
    for (const ResolutionRecord &r : data.resolutions) {
        QStringList texts{r.resolution.symbol, r.resolution.title, r.resolution.summary};
        for (const Measure &m : r.measures)
            texts << m.description << m.paragraph;
        for (const TriggerEvent &e : r.triggers)
            texts << e.description << toCode(e.kind);
        const QString all = texts.join(QLatin1Char(' '));
        bool every = true;
        for (const QString &word : searchTerms(text)) {
            const QRegularExpression re(QStringLiteral("(^|[^\\p{L}\\p{N}])") + QRegularExpression::escape(word),
                                        QRegularExpression::CaseInsensitiveOption);
            every = every && re.match(all).hasMatch();
        }
        if (every)
            out << r.resolution.symbol;
    }
    out.sort();
    return out;
}

} // namespace

class TestWorkspaceSearch : public QObject {
    Q_OBJECT
private slots:
    void termsAndQueries();
    void findsWhatTheDataSays_data();
    void findsWhatTheDataSays();
    void petroleumFindsTheCapsAndTheDraft();
    void searchesMeasures();
    void indexFollowsEdits();
    void migratedDatabaseIsSearchable();
};

void TestWorkspaceSearch::termsAndQueries()
{
    QCOMPARE(searchTerms(QStringLiteral("  Refined-Petroleum \"cap\" ")),
             (QStringList{QStringLiteral("refined"), QStringLiteral("petroleum"), QStringLiteral("cap")}));
    QCOMPARE(searchTerms(QStringLiteral("*** () ")), QStringList());
    QCOMPARE(searchTerms(QStringLiteral("aa bb cc dd ee ff gg hh ii jj")).size(), 8);
    // One character narrows nothing: it is ignored until the second keystroke.
    QCOMPARE(searchTerms(QStringLiteral("p")), QStringList());
    QCOMPARE(searchTerms(QStringLiteral("coal p")), QStringList{QStringLiteral("coal")});
    QCOMPARE(ftsPrefixQuery(QStringLiteral("petrol")), QStringLiteral("\"petrol\"*"));
    // Operators typed by the analyst are words, not FTS5 syntax: no error, no injection.
    auto db = test::openMemory();
    QCOMPARE(search(*db, QStringLiteral("NOT OR AND NEAR(\"x\"")), expectedFromData(QStringLiteral("NOT OR AND NEAR(\"x\"")));
}

void TestWorkspaceSearch::findsWhatTheDataSays_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"petroleum", "petrol", "coal", "nuclear", "veto", "panel", "2397", "coal 2397", "Hwasong",
                          "satellite", "ICBM", "luxury goods", "seafood", "OP 14"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestWorkspaceSearch::findsWhatTheDataSays()
{
    QFETCH(QString, text);
    auto db = test::openMemory();
    const QStringList expected = expectedFromData(text);
    QVERIFY2(!expected.isEmpty(), "a search word that finds nothing tests nothing");
    QCOMPARE(search(*db, text), expected);
}

void TestWorkspaceSearch::petroleumFindsTheCapsAndTheDraft()
{
    auto db = test::openMemory();
    QCOMPARE(search(*db, QStringLiteral("petroleum")),
             (QStringList{QStringLiteral("S/2022/431"), QStringLiteral("S/RES/2375 (2017)"), QStringLiteral("S/RES/2397 (2017)")}));
    QCOMPARE(search(*db, QStringLiteral("zzzz")), QStringList());
}

void TestWorkspaceSearch::searchesMeasures()
{
    auto db = test::openMemory();
    MeasureFilter f;
    f.search = QStringLiteral("refined petroleum");
    const QList<qint64> ids = BrowserRepository(db->connection()).measureIds(f, MeasureSortKey::Resolution).value();
    const QList<MeasureRecord> rows = BrowserRepository(db->connection()).measureRows(ids).value();
    QVERIFY(rows.size() >= 4);
    for (const MeasureRecord &m : rows)
        QVERIFY2(m.description.contains(QStringLiteral("refined petroleum"), Qt::CaseInsensitive), qPrintable(m.description));
}

void TestWorkspaceSearch::indexFollowsEdits()
{
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    // A new resolution is found at once; a changed title is found by its new words only.
    Resolution r;
    r.symbol = QStringLiteral("S/RES/9999 (2030)");
    r.number = 9999;
    r.date = QDate(2030, 1, 2);
    r.title = QStringLiteral("Quixotic zeppelin embargo");
    r.votes = {15, 0, 0};
    r.states = {QStringLiteral("PRK")};
    const qint64 id = ResolutionRepository(c).upsert(r).value();
    QCOMPARE(search(*db, QStringLiteral("zeppelin")), QStringList{r.symbol});
    r.title = QStringLiteral("Quixotic dirigible embargo");
    QVERIFY(ResolutionRepository(c).upsert(r).ok());
    QCOMPARE(search(*db, QStringLiteral("zeppelin")), QStringList());
    QCOMPARE(search(*db, QStringLiteral("dirigible")), QStringList{r.symbol});

    // Measures: insert, change, delete.
    Measure m;
    m.resolution = r.symbol;
    m.stateCode = QStringLiteral("PRK");
    m.typeCode = QStringLiteral("arms_embargo");
    m.description = QStringLiteral("Bans the sale of xylophones.");
    m.source = QStringLiteral("https://example.org/x");
    const qint64 measureId = MeasureRepository(c).upsertAt(id, m).value();
    QCOMPARE(search(*db, QStringLiteral("xylophones")), QStringList{r.symbol});
    QVERIFY(sql::exec(c, QStringLiteral("UPDATE measures SET description = ? WHERE id = ?"),
                      {QStringLiteral("Bans the sale of marimbas."), measureId}).ok());
    QCOMPARE(search(*db, QStringLiteral("xylophones")), QStringList());
    QCOMPARE(search(*db, QStringLiteral("marimbas")), QStringList{r.symbol});

    // Deleting the resolution removes it and its measures (ON DELETE CASCADE) from the index.
    QVERIFY(ResolutionRepository(c).remove(id).ok());
    QCOMPARE(search(*db, QStringLiteral("marimbas")), QStringList());
    QCOMPARE(search(*db, QStringLiteral("dirigible")), QStringList());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM measure_text WHERE measure_text MATCH 'marimbas'")).value().toInt(), 0);
    // The index is consistent with its content tables.
    for (const char *table : {"resolution_text", "measure_text", "trigger_event_text"}) {
        QVERIFY2(sql::exec(c, QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))).ok(),
                 table);
    }
}

void TestWorkspaceSearch::migratedDatabaseIsSearchable()
{
    // A database written before the search index existed gets it, filled, when it is migrated.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ST_TEST_DATA_DIR "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = test::openFile(path, true);
    const int resolutions = ResolutionRepository(db->connection()).count().value();
    QVERIFY(resolutions > 0);
    const int indexed = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resolution_text")).value().toInt();
    QCOMPARE(indexed, resolutions);
    const QString firstWord = sql::scalar(db->connection(), QStringLiteral("SELECT title FROM resolutions LIMIT 1"))
                                  .value()
                                  .toString()
                                  .section(QLatin1Char(' '), 0, 0);
    QVERIFY(!search(*db, firstWord).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceSearch)
#include "tst_workspace_search.moc"
