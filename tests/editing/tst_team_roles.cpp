// Issue 14, item 5: on a team database the server keeps the audit log, naming the account that logged
// in, and its grants decide who may change what: a reader browses and exports, an editor also edits.
// Against the PostgreSQL server of a `postgres` run; the SQLite case checks what a file's user may do.
#include "EditingTestSupport.h"
#include "TeamSupport.h"
#include "../designations/UnListTestData.h"

#include "designations/UnListImport.h"
#include "storage/DesignationRepository.h"

#include "editing/RecordEdits.h"
#include "storage/AuditLogRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/DatabaseAccess.h"

using namespace st;

#define REQUIRE_SERVER()                                                                                           \
    if (!test::onServer())                                                                                         \
        QSKIP("Issue 14: runs against PostgreSQL in tst_team_roles_postgres (scripts/test.sh starts the server)")

class TestTeamRoles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFileMayBeChangedByItsUser();
    void theServerNamesTheAccountThatChanged();
    void historyShowsTheServerAccount();
    void aReaderReadsAndExportsButChangesNothing();
    void anEditorEditsAndUndoes();
    void theOwnerInstallsTheTriggersOnce();
    void anEditorImportsTheUnListAReaderCannot();

private:
    test::Team m_team;
};

void TestTeamRoles::initTestCase()
{
    if (test::onServer())
        m_team = test::makeTeam();
}

void TestTeamRoles::aFileMayBeChangedByItsUser()
{
    if (test::onServer())
        QSKIP("Issue 14: the SQLite case of tst_team_roles");
    auto db = test::openMemory(true);
    const auto access = accessOf(*db);
    QVERIFY(access.ok());
    QVERIFY(access.value().mayChange);
    QCOMPARE(access.value().account, QString());
}

void TestTeamRoles::theServerNamesTheAccountThatChanged()
{
    REQUIRE_SERVER();
    // The client claims another name; the server records the login.
    auto editor = m_team.openAs(m_team.editor, QStringLiteral("somebody-else"));
    const qint64 since = test::lastAuditId(*editor);
    const qint64 id = ResolutionRepository(editor->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(editor->connection()).findById(id).value().value();
    r.note = QStringLiteral("Checked against the verbatim record");
    QVERIFY(RecordEdits(*editor).updateResolution(id, r, test::triggersOf(*editor, id)).ok());
    r.note = QStringLiteral("Checked twice");
    QVERIFY(RecordEdits(*editor).updateResolution(id, r, test::triggersOf(*editor, id)).ok());

    auto rows = sql::collect(editor->connection(), QStringLiteral(
        "SELECT \"user\", table_name, row_id, operation, action_id, after FROM audit_log WHERE id > ? ORDER BY id"), {since},
        [](const QSqlQuery &q) { return QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)}; });
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2); // one row per save: the links were saved unchanged
    for (const QVariantList &row : rows.value()) {
        QCOMPARE(row[0].toString(), m_team.editor);
        QCOMPARE(row[1].toString(), QStringLiteral("resolutions"));
        QCOMPARE(row[2].toLongLong(), id);
        QCOMPARE(row[3].toString(), QStringLiteral("update"));
    }
    QVERIFY(rows.value()[0][5].toString().contains(QStringLiteral("Checked against the verbatim record")));
    QVERIFY(rows.value()[1][5].toString().contains(QStringLiteral("Checked twice")));
    // Two saves, two actions, in order.
    QCOMPARE(rows.value()[1][4].toLongLong(), rows.value()[0][4].toLongLong() + 1);

    // An editor may not write the log itself: only the server's triggers do.
    auto forged = sql::exec(editor->connection(), QStringLiteral(
        "INSERT INTO audit_log(\"user\", table_name, row_id, operation) VALUES ('someone', 'resolutions', 1, 'update')"));
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().message.contains(QStringLiteral("may read but not change")), qPrintable(forged.error().fullText()));
}

void TestTeamRoles::historyShowsTheServerAccount()
{
    REQUIRE_SERVER();
    auto editor = m_team.openAs(m_team.editor);
    const qint64 id = ResolutionRepository(editor->connection()).idOf(QStringLiteral("S/RES/1718 (2006)")).value();
    Resolution r = ResolutionRepository(editor->connection()).findById(id).value().value();
    r.summary += QStringLiteral(" Reviewed.");
    QVERIFY(RecordEdits(*editor).updateResolution(id, r, test::triggersOf(*editor, id)).ok());

    // What the History dock lists: the newest action, by whom, and its fields before and after.
    const AuditLogRepository log(*m_team.owner);
    auto actions = log.actions(AuditFilter{QStringLiteral("resolutions"), id, {}}, 0, 5);
    QVERIFY2(actions.ok(), qPrintable(actions.ok() ? QString() : actions.error().fullText()));
    QVERIFY(!actions.value().isEmpty());
    const AuditEntry newest = actions.value().first();
    QCOMPARE(newest.user, m_team.editor);
    QCOMPARE(newest.operation, QStringLiteral("update"));
    QCOMPARE(newest.label, QStringLiteral("S/RES/1718 (2006)"));
    QVERIFY(newest.changedAt.isValid());
    auto found = log.actions(AuditFilter{{}, 0, m_team.editor.toUpper()}, 0, 50);
    QVERIFY(found.ok());
    QVERIFY(!found.value().isEmpty());
    for (const AuditEntry &e : found.value())
        QCOMPARE(e.user, m_team.editor);

    auto rows = log.rowsOf(newest.id, {}, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    auto fields = log.changesOf(rows.value().first().id);
    QVERIFY(fields.ok());
    int changed = 0;
    for (const AuditFieldChange &f : fields.value()) {
        if (f.changed()) {
            ++changed;
            QCOMPARE(f.field, QStringLiteral("summary"));
            QVERIFY(f.after.toString().endsWith(QStringLiteral(" Reviewed.")));
        }
    }
    QCOMPARE(changed, 1);
    QCOMPARE(fields.value().first().field, QStringLiteral("id")); // the table's own column order
}

void TestTeamRoles::aReaderReadsAndExportsButChangesNothing()
{
    REQUIRE_SERVER();
    auto reader = m_team.openAs(m_team.reader);
    const auto access = accessOf(*reader);
    QVERIFY(access.ok());
    QVERIFY(!access.value().mayChange);
    QCOMPARE(access.value().account, m_team.reader);

    // Browse and export as the owner would.
    QCOMPARE(ResolutionRepository(reader->connection()).count().value(), ResolutionRepository(m_team.owner->connection()).count().value());
    QCOMPARE(test::exportJson(*reader), test::exportJson(*m_team.owner));

    const QStringList before = test::dumpTables(*m_team.owner);
    const qint64 audit = test::auditRows(*m_team.owner);
    const qint64 id = ResolutionRepository(reader->connection()).idOf(QStringLiteral("S/RES/2375 (2017)")).value();
    Resolution r = ResolutionRepository(reader->connection()).findById(id).value().value();
    r.title = QStringLiteral("Changed by a reader");
    auto saved = RecordEdits(*reader).updateResolution(id, r, test::triggersOf(*reader, id));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, changeRefusedMessage(m_team.reader));
    QVERIFY(saved.error().message.startsWith(QStringLiteral("Your account %1 may read but not change this database.").arg(m_team.reader)));
    auto deleted = RecordEdits(*reader).deleteResolution(id);
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.error().message, changeRefusedMessage(m_team.reader));

    QCOMPARE(test::dumpTables(*m_team.owner), before);
    QCOMPARE(test::auditRows(*m_team.owner), audit);
    // The connection is still usable after the refusal.
    QCOMPARE(ResolutionRepository(reader->connection()).findById(id).value()->title, ResolutionRepository(m_team.owner->connection()).findById(id).value()->title);
}

void TestTeamRoles::anEditorEditsAndUndoes()
{
    REQUIRE_SERVER();
    auto editor = m_team.openAs(m_team.editor);
    const auto access = accessOf(*editor);
    QVERIFY(access.ok());
    QVERIFY(access.value().mayChange);
    QCOMPARE(access.value().account, m_team.editor);

    const QStringList before = test::dumpTables(*editor);
    const qint64 id = ResolutionRepository(editor->connection()).idOf(QStringLiteral("S/RES/2270 (2016)")).value();
    const RecordEdits edits(*editor);
    auto deleted = edits.deleteResolution(id);
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().fullText()));
    QVERIFY(test::dumpTables(*editor) != before);
    QVERIFY(edits.undo(deleted.value()).ok());
    QCOMPARE(test::dumpTables(*editor), before);
    QCOMPARE(test::scalarInt(*editor, QStringLiteral("SELECT count(DISTINCT \"user\") FROM audit_log WHERE action_id >= "
                                                     "(SELECT max(action_id) - 1 FROM audit_log)")), 1);

    // A new record takes its id from the table's identity: an editor needs no right on a sequence.
    auto added = edits.createState(SanctionedState{0, QStringLiteral("SYR"), QStringLiteral("Syrian Arab Republic")});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().fullText()));
    QCOMPARE(test::scalarInt(*editor, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'states' "
                                                     "AND operation = 'insert' AND \"user\" = ?"), {m_team.editor}), 1);
}

void TestTeamRoles::theOwnerInstallsTheTriggersOnce()
{
    REQUIRE_SERVER();
    const auto triggers = [this] {
        return test::scalarInt(*m_team.owner, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'sanctions_tracker_audit%'"));
    };
    QCOMPARE(triggers(), qint64(2 * auditedTables().size()));
    const qint64 functionOid = test::scalarInt(*m_team.owner, QStringLiteral("SELECT 'sanctions_tracker_audit_row()'::regprocedure::oid"));
    auto again = m_team.openAs(m_team.ownerAccount());
    QCOMPARE(triggers(), qint64(2 * auditedTables().size()));
    // Up to date: the second connection replaced nothing.
    QCOMPARE(test::scalarInt(*m_team.owner, QStringLiteral("SELECT 'sanctions_tracker_audit_row()'::regprocedure::oid")), functionOid);
    QCOMPARE(test::scalarInt(*m_team.owner, QStringLiteral("SELECT xmin::text::bigint FROM pg_proc WHERE proname = 'sanctions_tracker_audit_row'")),
             test::scalarInt(*again, QStringLiteral("SELECT xmin::text::bigint FROM pg_proc WHERE proname = 'sanctions_tracker_audit_row'")));
}

void TestTeamRoles::anEditorImportsTheUnListAReaderCannot()
{
    REQUIRE_SERVER();
    const auto designations = [this] { return test::scalarInt(*m_team.owner, QStringLiteral("SELECT count(*) FROM designations")); };
    const qint64 before = designations();
    auto reader = m_team.openAs(m_team.reader);
    auto refused = importUnListFile(*reader, test::smallList());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, changeRefusedMessage(m_team.reader));
    QCOMPARE(designations(), before);

    // The editor imports the list, then its newer edition (changes and a delisting by id lists).
    auto editor = m_team.openAs(m_team.editor);
    auto first = importUnListFile(*editor, test::smallList());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
    QCOMPARE(designations(), before + 11);
    auto newer = importUnListFile(*editor, test::smallListNewer());
    QVERIFY2(newer.ok(), qPrintable(newer.ok() ? QString() : newer.error().fullText()));
    QCOMPARE(designations(), before + 13);
    QCOMPARE(test::scalarInt(*editor, QStringLiteral("SELECT count(*) FROM designations WHERE reference_number = 'KPi.010' "
                                                     "AND delisted_on IS NOT NULL")), 1);
    QCOMPARE(test::scalarInt(*editor, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'designations' "
                                                     "AND operation = 'insert' AND \"user\" = ?"), {m_team.editor}), 13);
    QCOMPARE(test::scalarInt(*editor, QStringLiteral("SELECT count(*) FROM un_list_imports WHERE \"user\" = ?"), {m_team.editor}), 2);
    // The import gave its rows ids itself; the next designation added one by one gets a free one.
    Designation d{0, QStringLiteral("XXi.001"), DesignationKind::Individual, QStringLiteral("TEST"), QDate(2020, 1, 1), {}, {}, {}};
    auto added = DesignationRepository(editor->connection()).upsert(d);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().fullText()));
    QCOMPARE(designations(), before + 14);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_team_roles.moc"
