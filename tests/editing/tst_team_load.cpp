// Issue 14, item 8, checked small: a few writer processes save the same few records of a team database
// for a few seconds through the forms' save path (bench/team/TeamLoad.h, which bench_team_load runs
// big). Every attempt is either committed or a detected conflict, and no committed save is lost. No
// timing is checked: the figures are the benchmark's. Against a real server only
// (tst_team_load_postgres).
#include "EditingTestSupport.h"

#include "TeamLoad.h"

using namespace st;

namespace {

std::unique_ptr<Database> openChecker(const QString &where)
{
    auto db = Database::open(where, OpenOptions{false, QStringLiteral("checker")});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(where), qPrintable(db.error().fullText()));
    if (auto loaded = loadBundledDataset(*db.value()); !loaded)
        qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    return std::move(db).value();
}

} // namespace

class TestTeamLoad : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        if (!test::onServer())
            QSKIP("Issue 14: runs against PostgreSQL in tst_team_load_postgres (scripts/test.sh starts the server)");
    }
    void writersLoseNoUpdate();
    void verificationCatchesAnOverwrite();
};

void TestTeamLoad::writersLoseNoUpdate()
{
    const auto checker = openChecker(test::freshServerDatabase());
    const QList<load::HotRecord> hot = load::chooseHotSet(*checker, 1); // one resolution, one measure
    QCOMPARE(hot.size(), 2);
    const load::Tally t = load::runLoad(QCoreApplication::applicationFilePath(), {QStringLiteral("--load-client")},
                                        *checker, 4, 3, hot, 5);
    QVERIFY2(t.errors == 0, qPrintable(t.problems.join(QLatin1Char('\n'))));
    QVERIFY(t.saved > 0);
    QCOMPARE(t.saved + t.conflicts, t.attempts);
    QVERIFY2(t.lostUpdates == 0, qPrintable(t.problems.join(QLatin1Char('\n'))));
    QCOMPARE(t.notInAuditLog, 0);
    qInfo("%d attempts: %d saved, %d conflicts", t.attempts, t.saved, t.conflicts);
}

// The check above can fail: a save made without the version check over a change its form had not
// seen is counted as a lost update.
void TestTeamLoad::verificationCatchesAnOverwrite()
{
    const auto checker = openChecker(test::freshServerDatabase());
    const QList<load::HotRecord> hot = load::chooseHotSet(*checker, 1);
    const load::HotRecord &r = hot.first();
    load::Tally t;
    t.startVersion.insert(r.key(), readRowStamp(*checker, r.table(), r.id).value().version);
    qint64 micros = 0;
    // Both forms loaded the starting version; bob's save lands, then alice's goes over it unchecked.
    const load::SaveOutcome bob = load::saveOnce(*checker, r, QStringLiteral("c2-1"), &micros);
    QCOMPARE(bob.kind, load::SaveOutcome::Saved);
    const load::SaveOutcome alice = load::saveOnce(*checker, r, QStringLiteral("c1-1"), &micros, 0, false);
    QCOMPARE(alice.kind, load::SaveOutcome::Saved);
    t.committed[r.key()] = {{bob.loadedVersion, bob.savedVersion, QStringLiteral("c2-1")},
                            {bob.loadedVersion, alice.savedVersion, QStringLiteral("c1-1")}};
    load::verifyRecord(*checker, r, t);
    QCOMPARE(t.lostUpdates, 1);
    QVERIFY2(t.problems.value(0).contains(QStringLiteral("c1-1 saved over version")), qPrintable(t.problems.join(QLatin1Char('\n'))));
    QCOMPARE(t.notInAuditLog, 0);

    // Told truthfully (alice loaded bob's version), the same saves are no lost update.
    load::Tally truthful;
    truthful.startVersion = t.startVersion;
    truthful.committed[r.key()] = {{bob.loadedVersion, bob.savedVersion, QStringLiteral("c2-1")},
                                   {alice.loadedVersion, alice.savedVersion, QStringLiteral("c1-1")}};
    load::verifyRecord(*checker, r, truthful);
    QCOMPARE(truthful.lostUpdates, 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--load-client"))
        return load::runClient(args.value(2), args.value(3).toInt(), args.value(4).toInt(), load::parseHotSet(args.value(5)),
                               args.value(6).toInt());
    TestTeamLoad test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_team_load.moc"
