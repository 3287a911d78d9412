// Issue 14, item 3: two analysts on one database. A save over a record someone else saved since the
// form loaded it is refused with who and what differs, and goes through only when asked to (the
// overwrite); an undo over someone else's later change is refused the same way. Runs on SQLite (two
// connections to one file, and two client processes) and, as tst_edit_conflicts_postgres, on a server.
#include "EditingTestSupport.h"

#include "editing/EditConflict.h"
#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/RowVersion.h"

#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace st;


namespace {

const QString kSymbol = QStringLiteral("S/RES/2397 (2017)");

// Two analysts, alice and bob, each with a connection of their own to one database.
struct Team {
    QTemporaryDir dir;
    QString where;
    std::unique_ptr<Database> alice;
    std::unique_ptr<Database> bob;
};

std::unique_ptr<Team> openTeam()
{
    auto team = std::make_unique<Team>();
    team->where = test::onServer() ? test::freshServerDatabase() : team->dir.filePath(QStringLiteral("team.sqlite"));
    team->alice = test::openAs(team->where, QStringLiteral("alice"));
    team->bob = test::openAs(team->where, QStringLiteral("bob"));
    return team;
}

// Who the database names for a save through `db`: the app's user on SQLite, the server's own on PostgreSQL.
QString editorOf(const Database &db)
{
    if (!test::onServer())
        return db.user();
    auto name = sql::scalar(db.connection(), QStringLiteral("SELECT session_user"));
    return name ? name.value().toString() : QString();
}

// A resolution form as it holds the record: the version first, then the fields.
struct ResolutionForm {
    qint64 version = 0;
    Resolution resolution;
    QList<qint64> triggers;
};

ResolutionForm openForm(const Database &db, qint64 id)
{
    ResolutionForm form;
    auto version = loadVersion(db, records::resolutions, id);
    auto r = loadResolution(db, id);
    auto triggers = loadTriggerIds(db, id);
    if (!version || !r || !triggers)
        qFatal("cannot load resolution %lld", id);
    return {version.value(), r.value(), triggers.value()};
}

struct Saved {
    Result<RecordChange> change;
    std::optional<EditConflict> conflict;
};

Saved save(const Database &db, const ResolutionForm &form)
{
    RecordEdits edits(db);
    edits.expectVersion(form.version);
    auto change = edits.updateResolution(form.resolution.id, form.resolution, form.triggers);
    return {change, edits.conflict()};
}

qint64 resolutionId(const Database &db) { return ResolutionRepository(db).idOf(kSymbol).value(); }

qint64 versionOf(const Database &db, const QString &table, qint64 id)
{
    auto stamp = readRowStamp(db, table, id);
    return stamp ? stamp.value().version : -1;
}

const FieldDifference *field(const EditConflict &c, const QString &name)
{
    for (const FieldDifference &f : c.fields) {
        if (f.field == name)
            return &f;
    }
    return nullptr;
}

// The client process of twoClientProcessesSaveAtOnce: loads the resolution, says "loaded", waits for
// "go" on its input, saves a new title and says what happened.
int runSaveClient(const QStringList &args)
{
    QTextStream out(stdout);
    const QString where = args.value(2), user = args.value(3), title = args.value(4);
    auto db = Database::open(where, OpenOptions{false, user});
    if (!db) {
        out << "error " << db.error().fullText() << Qt::endl;
        return 1;
    }
    ResolutionForm form = openForm(*db.value(), resolutionId(*db.value()));
    form.resolution.title = title;
    out << "loaded " << form.version << Qt::endl;
    QTextStream in(stdin);
    if (in.readLine() != QLatin1String("go"))
        return 1;
    const Saved saved = save(*db.value(), form);
    if (saved.change) {
        out << "saved" << Qt::endl;
    } else if (saved.conflict) {
        const FieldDifference *t = field(*saved.conflict, QStringLiteral("Title"));
        out << "conflict " << saved.conflict->stored.changedBy << '|' << (t ? t->theirs : QString()) << '|'
            << (t ? t->yours : QString()) << Qt::endl;
    } else {
        out << "error " << saved.change.error().fullText() << Qt::endl;
    }
    return 0;
}

} // namespace

class TestEditConflicts : public QObject {
    Q_OBJECT
private slots:
    void freshSaveIsAccepted();
    void staleSaveIsRefusedAndExplained();
    void overwriteAfterTheConflictIsDeliberate();
    void sameChangeIsNoConflict();
    void everyFormRecordIsVersioned();
    void undoOverSomeoneElsesChangeIsRefused();
    void undoMovesTheVersionOn();
    void deleteAskedBeforeSomeonesSaveIsRefused();
    void twoClientProcessesSaveAtOnce();
    void summarySaysWhoAndWhen_data();
    void summarySaysWhoAndWhen();
};

void TestEditConflicts::freshSaveIsAccepted()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm form = openForm(*team->alice, id);
    QCOMPARE(form.version, 1); // as loaded, before anyone saved through a form
    form.resolution.summary = QStringLiteral("Cuts refined petroleum to 500,000 barrels a year.");
    const Saved saved = save(*team->alice, form);
    CHECK_OK(saved.change);
    QVERIFY(!saved.conflict);

    auto stamp = readRowStamp(*team->bob, records::resolutions, id);
    CHECK_OK(stamp);
    QVERIFY(stamp.value().version > form.version);
    QCOMPARE(stamp.value().changedBy, editorOf(*team->alice));
    QVERIFY(QDateTime::fromString(stamp.value().changedAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(loadResolution(*team->bob, id).value().summary, form.resolution.summary);
}

void TestEditConflicts::staleSaveIsRefusedAndExplained()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm alices = openForm(*team->alice, id);
    ResolutionForm bobs = openForm(*team->bob, id);

    bobs.resolution.title = QStringLiteral("Bob's title");
    bobs.resolution.sources.append(QStringLiteral("https://example.org/bobs-source"));
    CHECK_OK(save(*team->bob, bobs).change);
    const QStringList afterBob = test::dumpTables(*team->alice);
    const qint64 bobsVersion = versionOf(*team->alice, records::resolutions, id);

    alices.resolution.summary = QStringLiteral("Alice's summary");
    const Saved refused = save(*team->alice, alices);
    QVERIFY(!refused.change);
    QCOMPARE(refused.change.error().code, Error::Code::Conflict);
    QCOMPARE(test::dumpTables(*team->alice), afterBob); // nothing of bob's lost, nothing of alice's written
    QCOMPARE(versionOf(*team->alice, records::resolutions, id), bobsVersion);

    QVERIFY(refused.conflict);
    const EditConflict &c = *refused.conflict;
    QCOMPARE(c.stored.changedBy, editorOf(*team->bob));
    QCOMPARE(c.stored.version, bobsVersion);
    QCOMPARE(c.recordName, kSymbol);
    QVERIFY(!c.undo);
    // Theirs against what alice's form would write: bob's title and source, alice's summary.
    QStringList names;
    for (const FieldDifference &f : c.fields)
        names << f.field;
    QCOMPARE(names, (QStringList{QStringLiteral("Title"), QStringLiteral("Summary"), QStringLiteral("Sources")}));
    QCOMPARE(field(c, QStringLiteral("Title"))->theirs, QStringLiteral("Bob's title"));
    QCOMPARE(field(c, QStringLiteral("Title"))->yours, alices.resolution.title);
    QCOMPARE(field(c, QStringLiteral("Summary"))->yours, QStringLiteral("Alice's summary"));
    QVERIFY(field(c, QStringLiteral("Sources"))->theirs.endsWith(QStringLiteral("; https://example.org/bobs-source")));
    QVERIFY(!field(c, QStringLiteral("Sources"))->yours.contains(QStringLiteral("bobs-source")));
    // The message names who, and the detail every field.
    const Error e = refused.change.error();
    QVERIFY2(e.message.startsWith(editorOf(*team->bob) + QStringLiteral(" saved this resolution")), qPrintable(e.message));
    QVERIFY2(e.detail.contains(QStringLiteral("Title: theirs “Bob's title”")), qPrintable(e.detail));
}

void TestEditConflicts::overwriteAfterTheConflictIsDeliberate()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm alices = openForm(*team->alice, id);
    ResolutionForm bobs = openForm(*team->bob, id);
    bobs.resolution.title = QStringLiteral("Bob's title");
    CHECK_OK(save(*team->bob, bobs).change);

    alices.resolution.title = QStringLiteral("Alice's title");
    const Saved refused = save(*team->alice, alices);
    QVERIFY(refused.conflict);

    // Overwrite: the save again, over the version the conflict showed.
    alices.version = refused.conflict->stored.version;
    const Saved overwritten = save(*team->alice, alices);
    CHECK_OK(overwritten.change);
    QCOMPARE(loadResolution(*team->bob, id).value().title, QStringLiteral("Alice's title"));
    QCOMPARE(overwritten.change.value().before.rowsOf(records::resolutions).first().values.value(QStringLiteral("title")).toString(),
             QStringLiteral("Bob's title")); // undo of the overwrite brings bob's back

    // An overwrite over a version that has moved on again is caught again.
    bobs = openForm(*team->bob, id);
    bobs.resolution.title = QStringLiteral("Bob's second title");
    CHECK_OK(save(*team->bob, bobs).change);
    alices.resolution.note = QStringLiteral("Alice again");
    QVERIFY(save(*team->alice, alices).conflict);
    QCOMPARE(loadResolution(*team->alice, id).value().title, QStringLiteral("Bob's second title"));
}

void TestEditConflicts::sameChangeIsNoConflict()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm alices = openForm(*team->alice, id);
    ResolutionForm bobs = openForm(*team->bob, id);
    bobs.resolution.title = alices.resolution.title = QStringLiteral("The same correction");
    CHECK_OK(save(*team->bob, bobs).change);
    const qint64 bobsVersion = versionOf(*team->alice, records::resolutions, id);
    const Saved saved = save(*team->alice, alices); // nothing of bob's to lose
    CHECK_OK(saved.change);
    QVERIFY(!saved.conflict);
    QVERIFY(versionOf(*team->alice, records::resolutions, id) > bobsVersion);
}

void TestEditConflicts::everyFormRecordIsVersioned()
{
    auto team = openTeam();
    const Database &a = *team->alice;
    const Database &b = *team->bob;

    const qint64 measureId = loadMeasuresOf(a, resolutionId(a)).value().first().id;
    const qint64 aVersion = loadVersion(a, records::measures, measureId).value();
    Measure m = loadMeasure(b, measureId).value();
    m.note = QStringLiteral("Bob's note");
    CHECK_OK(RecordEdits(b).updateMeasure(measureId, m));
    Measure mine = loadMeasure(a, measureId).value();
    mine.note = QStringLiteral("Alice's note");
    RecordEdits edits(a);
    edits.expectVersion(aVersion);
    QVERIFY(!edits.updateMeasure(measureId, mine));
    QVERIFY(edits.conflict());
    QCOMPARE(field(*edits.conflict(), QStringLiteral("Note"))->theirs, QStringLiteral("Bob's note"));

    const FormCatalog catalog = loadFormCatalog(a).value();
    const qint64 eventId = catalog.events.first().id;
    const qint64 stateId = catalog.states.first().id;
    const qint64 typeId = catalog.measureTypes.first().id;
    const qint64 eventVersion = loadVersion(a, records::events, eventId).value();
    const qint64 stateVersion = loadVersion(a, records::states, stateId).value();
    const qint64 typeVersion = loadVersion(a, records::measureTypes, typeId).value();

    TriggerEvent e = loadEvent(b, eventId).value();
    e.note = QStringLiteral("Bob's");
    CHECK_OK(RecordEdits(b).updateEvent(eventId, e));
    SanctionedState s = loadState(b, stateId).value();
    s.name += QStringLiteral(" (Bob)");
    CHECK_OK(RecordEdits(b).updateState(stateId, s));
    MeasureType t = loadMeasureType(b, typeId).value();
    t.description = QStringLiteral("Bob's description");
    CHECK_OK(RecordEdits(b).updateMeasureType(typeId, t));

    RecordEdits stale(a);
    stale.expectVersion(eventVersion);
    TriggerEvent e2 = catalog.events.first();
    e2.note = QStringLiteral("Alice's");
    QCOMPARE(stale.updateEvent(eventId, e2).error().code, Error::Code::Conflict);
    stale.expectVersion(stateVersion);
    SanctionedState s2 = catalog.states.first();
    s2.name += QStringLiteral(" (Alice)");
    QCOMPARE(stale.updateState(stateId, s2).error().code, Error::Code::Conflict);
    QCOMPARE(field(*stale.conflict(), QStringLiteral("Name"))->yours, s2.name);
    stale.expectVersion(typeVersion);
    MeasureType t2 = catalog.measureTypes.first();
    t2.description = QStringLiteral("Alice's description");
    QCOMPARE(stale.updateMeasureType(typeId, t2).error().code, Error::Code::Conflict);
    QCOMPARE(loadMeasureType(a, typeId).value().description, QStringLiteral("Bob's description"));
}

void TestEditConflicts::undoOverSomeoneElsesChangeIsRefused()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm alices = openForm(*team->alice, id);
    alices.resolution.summary = QStringLiteral("Alice's summary");
    const Saved mine = save(*team->alice, alices);
    CHECK_OK(mine.change);

    ResolutionForm bobs = openForm(*team->bob, id); // bob sees alice's summary and changes the title
    bobs.resolution.title = QStringLiteral("Bob's title");
    CHECK_OK(save(*team->bob, bobs).change);
    const QStringList afterBob = test::dumpTables(*team->alice);

    const RecordEdits edits(*team->alice);
    const Status undone = edits.undo(mine.change.value());
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, Error::Code::Conflict);
    QCOMPARE(test::dumpTables(*team->alice), afterBob);
    QVERIFY(edits.conflict());
    QVERIFY(edits.conflict()->undo);
    QCOMPARE(edits.conflict()->stored.changedBy, editorOf(*team->bob));
    QCOMPARE(edits.conflict()->fields.size(), 1);
    QCOMPARE(field(*edits.conflict(), QStringLiteral("Title"))->theirs, QStringLiteral("Bob's title"));
    QVERIFY2(undone.error().message.contains(QStringLiteral("after your change: undoing it would overwrite theirs")),
             qPrintable(undone.error().message));

    // Once bob's change is itself undone, alice's undo goes through.
    ResolutionForm back = openForm(*team->bob, id);
    back.resolution.title = alices.resolution.title;
    CHECK_OK(save(*team->bob, back).change);
    CHECK_OK(edits.undo(mine.change.value()));
    QCOMPARE(loadResolution(*team->bob, id).value().summary, openForm(*team->bob, id).resolution.summary);
    QVERIFY(loadResolution(*team->bob, id).value().summary != QStringLiteral("Alice's summary"));
}

// Alice is asked "Delete S/RES/2397 (2017)?"; bob saves it before she answers. Her Delete keeps his
// change and says who; asked again (the current version), it deletes.
void TestEditConflicts::deleteAskedBeforeSomeonesSaveIsRefused()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    const qint64 asked = versionOf(*team->alice, records::resolutions, id);

    ResolutionForm bobs = openForm(*team->bob, id);
    bobs.resolution.title = QStringLiteral("Bob's title");
    CHECK_OK(save(*team->bob, bobs).change);
    const QStringList afterBob = test::dumpTables(*team->alice);

    RecordEdits edits(*team->alice);
    edits.expectVersion(asked);
    const Result<RecordChange> refused = edits.deleteResolution(id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(test::dumpTables(*team->alice), afterBob);
    QVERIFY(edits.conflict());
    QVERIFY(edits.conflict()->deletion);
    QCOMPARE(edits.conflict()->stored.changedBy, editorOf(*team->bob));
    const QString said = refused.error().message;
    QVERIFY2(said.startsWith(editorOf(*team->bob) + QStringLiteral(" saved this resolution"))
                 && said.contains(QStringLiteral("after you asked to delete it, so it was kept")),
             qPrintable(said));

    RecordEdits again(*team->alice);
    again.expectVersion(versionOf(*team->alice, records::resolutions, id));
    CHECK_OK(again.deleteResolution(id));
    QVERIFY(!loadResolution(*team->bob, id));
}

void TestEditConflicts::undoMovesTheVersionOn()
{
    auto team = openTeam();
    const qint64 id = resolutionId(*team->alice);
    ResolutionForm alices = openForm(*team->alice, id);
    alices.resolution.title = QStringLiteral("Alice's title");
    const Saved mine = save(*team->alice, alices);
    CHECK_OK(mine.change);

    const ResolutionForm bobs = openForm(*team->bob, id); // loaded with alice's title
    const RecordEdits edits(*team->alice);
    CHECK_OK(edits.undo(mine.change.value()));
    const qint64 afterUndo = versionOf(*team->alice, records::resolutions, id);
    QVERIFY(afterUndo > bobs.version); // a version never goes back, even when the content does
    QVERIFY(!edits.conflict());

    // Bob's form still shows alice's title: saving it would bring the undone title back unseen.
    ResolutionForm stale = bobs;
    stale.resolution.note = QStringLiteral("Bob's note");
    const Saved refused = save(*team->bob, stale);
    QVERIFY(refused.conflict);
    QCOMPARE(field(*refused.conflict, QStringLiteral("Title"))->yours, QStringLiteral("Alice's title"));

    CHECK_OK(edits.redo(mine.change.value()));
    QVERIFY(versionOf(*team->alice, records::resolutions, id) > afterUndo);
}

// Two app processes load the same resolution, then save different titles at the same moment, five
// times over: each time one save goes through and the other is refused, naming the first one's
// title as theirs and its own as yours; the stored title is always the one saved.
void TestEditConflicts::twoClientProcessesSaveAtOnce()
{
    // One connection in this process, to set up and to check: a second one to the same SQLite file
    // in one process would run Database::open's write-ahead-log probe beside the first, which drops
    // the process's file locks (see the report of issue 14); the analysts are the two clients.
    auto team = std::make_unique<Team>();
    team->where = test::onServer() ? test::freshServerDatabase() : team->dir.filePath(QStringLiteral("team.sqlite"));
    team->alice = test::openAs(team->where, QStringLiteral("checker"));
    const qint64 id = resolutionId(*team->alice);
    const qint64 auditBefore = test::onServer() ? 0 : test::auditRows(*team->alice);
    int aliceWon = 0;
    for (int round = 0; round < 5; ++round) {
        QProcess clients[2];
        const QString users[2] = {QStringLiteral("alice"), QStringLiteral("bob")};
        QString titles[2];
        for (int i = 0; i < 2; ++i) {
            titles[i] = QStringLiteral("Title by %1, round %2").arg(users[i]).arg(round);
            clients[i].setProcessChannelMode(QProcess::ForwardedErrorChannel);
            clients[i].start(QCoreApplication::applicationFilePath(),
                             {QStringLiteral("--save-client"), team->where, users[i], titles[i]});
        }
        for (QProcess &c : clients) {
            QVERIFY(c.waitForStarted());
            QVERIFY(c.waitForReadyRead(30000));
            QVERIFY2(c.readLine().startsWith("loaded "), "the client could not load the resolution");
        }
        // Told to go back to back, in turn first: which save comes first is the race's to decide.
        clients[round % 2].write("go\n");
        clients[1 - round % 2].write("go\n");
        QString said[2];
        for (int i = 0; i < 2; ++i) {
            QVERIFY(clients[i].waitForFinished(30000));
            QCOMPARE(clients[i].exitCode(), 0);
            said[i] = QString::fromUtf8(clients[i].readAll()).trimmed();
        }
        const int winner = said[0] == QLatin1String("saved") ? 0 : 1;
        const int loser = 1 - winner;
        QVERIFY2(said[winner] == QLatin1String("saved"), qPrintable(said[0] + QStringLiteral(" / ") + said[1]));
        const QStringList conflict = said[loser].mid(int(qstrlen("conflict "))).split(QLatin1Char('|'));
        QVERIFY2(said[loser].startsWith(QLatin1String("conflict ")) && conflict.size() == 3, qPrintable(said[loser]));
        if (!test::onServer())
            QCOMPARE(conflict[0], users[winner]);
        QCOMPARE(conflict[1], titles[winner]); // theirs
        QCOMPARE(conflict[2], titles[loser]);  // yours, still there to reload or overwrite
        QCOMPARE(loadResolution(*team->alice, id).value().title, titles[winner]);
        aliceWon += winner == 0 ? 1 : 0;
    }
    if (!test::onServer()) // one logged change of the resolution per round: the refused saves wrote nothing
        QCOMPARE(test::auditRows(*team->alice) - auditBefore, 5);
    qInfo("alice's save came first in %d of 5 rounds", aliceWon);
}

void TestEditConflicts::summarySaysWhoAndWhen_data()
{
    QTest::addColumn<QString>("changedBy");
    QTest::addColumn<QString>("changedAt");
    QTest::addColumn<bool>("undo");
    QTest::addColumn<bool>("deletion");
    QTest::addColumn<QString>("summary");
    const QString today = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString time = QDateTime::fromString(today, Qt::ISODateWithMs).toString(QStringLiteral("HH:mm"));
    const QString day = QLocale().toString(QDate(2024, 1, 2), QLocale::ShortFormat);
    QTest::newRow("today") << QStringLiteral("alice") << today << false << false
                           << QStringLiteral("alice saved this measure at %1 UTC, after you opened it.").arg(time);
    QTest::newRow("another day, in UTC") << QStringLiteral("alice") << QStringLiteral("2024-01-02T03:04:05.678+09:00")
                                         << false << false
                                         << QStringLiteral("alice saved this measure on %1 at 18:04 UTC, after you opened it.")
                                                .arg(QLocale().toString(QDate(2024, 1, 1), QLocale::ShortFormat));
    // Saved before versions recorded who and when (an import, an older app): said without them.
    QTest::newRow("nobody recorded") << QString() << QString() << false << false
                                     << QStringLiteral("Someone else saved this measure, after you opened it.");
    QTest::newRow("an undo") << QStringLiteral("bob") << QStringLiteral("2024-01-02T10:00:00.000Z") << true << false
                             << QStringLiteral("bob saved this measure on %1 at 10:00 UTC, after your change: undoing it "
                                               "would overwrite theirs, so it was left as it is.").arg(day);
    QTest::newRow("a deletion") << QStringLiteral("bob") << QStringLiteral("not a time") << false << true
                                << QStringLiteral("bob saved this measure after you asked to delete it, so it was kept. "
                                                  "Look at their change, then delete it again if it should still go.");
}

void TestEditConflicts::summarySaysWhoAndWhen()
{
    QFETCH(QString, changedBy);
    QFETCH(QString, changedAt);
    QFETCH(bool, undo);
    QFETCH(bool, deletion);
    QFETCH(QString, summary);
    const QDateTime at = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    if (QTest::currentDataTag() == QLatin1String("today") && at.date() != QDateTime::currentDateTimeUtc().date()) {
        // Midnight UTC passed since the row was made: the same save now reads as another day's.
        summary = QStringLiteral("alice saved this measure on %1 at %2 UTC, after you opened it.")
                      .arg(QLocale().toString(at.date(), QLocale::ShortFormat), at.toString(QStringLiteral("HH:mm")));
    }
    EditConflict conflict;
    conflict.table = records::measures;
    conflict.stored = RowStamp{4, changedBy, changedAt};
    conflict.undo = undo;
    conflict.deletion = deletion;
    QCOMPARE(conflictSummary(conflict), summary);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--save-client") == 0)
        return runSaveClient(app.arguments());
    TestEditConflicts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_edit_conflicts.moc"
