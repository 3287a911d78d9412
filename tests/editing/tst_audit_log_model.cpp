// The History view's model over audit_log: one entry per user action (a save, an undo, an import), a
// sound item model (paged), filters by record and by text, and the before/after of one change column
// by column.
#include "EditingTestSupport.h"

#include "editing/AuditLogModel.h"
#include "editing/RecordEdits.h"
#include "storage/ResolutionRepository.h"

#include <QAbstractItemModelTester>

using namespace st;

class TestAuditLogModel : public QObject {
    Q_OBJECT
private slots:
    void isASoundModelThatPages();
    void filtersByRecordAndText();
    void showsBeforeAndAfterSideBySide();
    // Issue 11, item 15: a save that rewrote a resolution and its sources was three rows and more.
    void oneSaveIsOneEntry();
    void anUndoIsAnEntryOfItsOwn();
    void aFailedSaveLeavesNoEntry();
    void columnsAndRolesSayWhatTheyHold();
};

namespace {

int allEntries(AuditLogModel &model)
{
    if (!model.reload().ok())
        return -1;
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}

} // namespace

void TestAuditLogModel::isASoundModelThatPages()
{
    auto db = test::openMemory(); // loading the dataset was one action of a few hundred audit rows
    // 150 more actions: each save of a title is one.
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    for (int i = 0; i < 150; ++i) {
        r.title = QStringLiteral("Title %1").arg(i);
        QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    }
    const qint64 total = test::scalarInt(*db, QStringLiteral("SELECT count(DISTINCT action_id) FROM audit_log"));
    QCOMPARE(total, 151);
    AuditLogModel model(*db);
    model.setPageSize(50);
    QVERIFY(total > 3 * model.pageSize());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), model.pageSize());
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(model.entryAt(0).id > model.entryAt(1).id); // newest first
    QCOMPARE(model.entryAt(0).user, test::auditedUser());
    QVERIFY(model.entryAt(0).changedAt.isValid());
}

void TestAuditLogModel::filtersByRecordAndText()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("A title nobody else has");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());

    AuditLogModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());
    QCOMPARE(model.rowCount(), 2); // inserted by the dataset load, then changed
    QCOMPARE(model.entryAt(1).table, records::resolutions); // the load's entry, named by the filtered record
    QCOMPARE(model.entryAt(1).rowId, id);
    QCOMPARE(model.entryAt(0).operation, QStringLiteral("update"));
    QCOMPARE(model.index(0, AuditLogModel::Operation).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(0, AuditLogModel::Label).data().toString(), QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(model.index(0, AuditLogModel::Record).data().toString(), QStringLiteral("Resolution"));
    QCOMPARE(model.index(1, AuditLogModel::Operation).data().toString(), QStringLiteral("Added"));

    QVERIFY(model.setFilter({{}, 0, QStringLiteral("NOBODY ELSE")}).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).rowId, id);

    // Measures were written by one action only: the dataset load.
    QVERIFY(model.setFilter({QStringLiteral("measures"), 0, {}}).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).table, QStringLiteral("measures"));
    QVERIFY(model.entryAt(0).rows >= 81 + 26);
    QVERIFY(model.setFilter({{}, 0, QStringLiteral("no such text anywhere")}).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditLogModel::showsBeforeAndAfterSideBySide()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    const QString oldTitle = r.title;
    r.title = QStringLiteral("New title");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());

    AuditLogModel model(*db);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());
    auto rows = model.rowsOf(model.entryAt(0).id);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    auto changes = model.changesOf(rows.value().first().id);
    QVERIFY(changes.ok());
    QStringList columns, changed;
    for (const AuditFieldChange &c : changes.value()) {
        columns << c.field;
        if (c.changed())
            changed << c.field;
    }
    QCOMPARE(columns.first(), QStringLiteral("id")); // in the table's column order
    QVERIFY(columns.contains(QStringLiteral("votes_for")));
    QCOMPARE(changed, QStringList{QStringLiteral("title")});
    const auto title = std::find_if(changes.value().cbegin(), changes.value().cend(),
                                    [](const AuditFieldChange &c) { return c.field == QLatin1String("title"); });
    QCOMPARE(title->before.toString(), oldTitle);
    QCOMPARE(title->after.toString(), QStringLiteral("New title"));

    // An insert has only an "after"; every column counts as changed.
    auto loaded = model.rowsOf(model.entryAt(1).id, 1); // the filtered record comes first
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().first().table, records::resolutions);
    QCOMPARE(loaded.value().first().rowId, id);
    auto inserted = model.changesOf(loaded.value().first().id);
    QVERIFY(inserted.ok());
    for (const AuditFieldChange &c : inserted.value())
        QVERIFY(!c.before.isValid());
}

void TestAuditLogModel::oneSaveIsOneEntry()
{
    auto db = test::openMemory();
    AuditLogModel model(*db);
    const int entriesBefore = allEntries(model);
    const qint64 rowsBefore = test::auditRows(*db);
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    QVERIFY(!r.sources.isEmpty());
    r.title = QStringLiteral("Corrected title");
    r.sources.prepend(QStringLiteral("https://press.un.org/en/2017/sc13141.doc.htm"));
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    // The save rewrote the resolution and its list of sources ...
    const qint64 written = test::auditRows(*db) - rowsBefore;
    QCOMPARE(written, 1 + r.sources.size() - 1 + r.sources.size()); // the row, old sources out, new ones in
    // ... and the History lists it once, named by the resolution.
    QCOMPARE(allEntries(model), entriesBefore + 1);
    const AuditEntry &save = model.entryAt(0);
    QCOMPARE(save.rows, written);
    QCOMPARE(save.table, records::resolutions);
    QCOMPARE(save.rowId, id);
    QCOMPARE(save.operation, QStringLiteral("update"));
    QCOMPARE(save.label, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(model.index(0, AuditLogModel::Rows).data().toInt(), written);
    auto rows = model.rowsOf(save.id);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), written);
    QCOMPARE(rows.value().first().table, records::resolutions); // the record before its links
    for (qsizetype i = 1; i < rows.value().size(); ++i)
        QCOMPARE(rows.value()[i].table, QStringLiteral("resolution_sources"));
    // The earlier entry is the dataset load, which wrote everything else.
    QCOMPARE(model.entryAt(1).rows, rowsBefore);
}

void TestAuditLogModel::anUndoIsAnEntryOfItsOwn()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    const QString oldTitle = r.title;
    r.title = QStringLiteral("Corrected title");
    auto change = RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id));
    QVERIFY(change.ok());
    QVERIFY(change.value().undo(*db).ok());
    QVERIFY(change.value().redo(*db).ok());

    AuditLogModel model(*db);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());
    QCOMPARE(model.rowCount(), 4); // load, save, undo, redo
    QVERIFY(model.entryAt(0).id > model.entryAt(1).id);
    QVERIFY(model.entryAt(1).id > model.entryAt(2).id);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(model.entryAt(i).rows, 1);
    auto undo = model.rowsOf(model.entryAt(1).id);
    QVERIFY(undo.ok());
    auto fields = model.changesOf(undo.value().first().id);
    QVERIFY(fields.ok());
    for (const AuditFieldChange &c : fields.value()) {
        if (c.field == QLatin1String("title")) {
            QCOMPARE(c.before.toString(), QStringLiteral("Corrected title"));
            QCOMPARE(c.after.toString(), oldTitle);
        }
    }
}

void TestAuditLogModel::aFailedSaveLeavesNoEntry()
{
    auto db = test::openMemory();
    AuditLogModel model(*db);
    const int entriesBefore = allEntries(model);
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("Never saved");
    r.states = {QStringLiteral("XXX")}; // no such state: the save fails after writing the row
    QVERIFY(!RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    QCOMPARE(allEntries(model), entriesBefore);
    // The next save starts its own action (the failed one's id was rolled back with it).
    r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("Saved");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    QCOMPARE(allEntries(model), entriesBefore + 1);
    QCOMPARE(model.entryAt(0).rows, 1);
}

// What the History view shows in each column and hands its actions: the headers, the roles the view
// opens an entry by, the tooltips, and each operation in words.
void TestAuditLogModel::columnsAndRolesSayWhatTheyHold()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("Title for the columns");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    AuditLogModel model(*db);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());

    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("Record"), QStringLiteral("Id"),
                                   QStringLiteral("Change"), QStringLiteral("Rows"), QStringLiteral("What")}));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());

    const AuditEntry &save = model.entryAt(0);
    const QModelIndex first = model.index(0, AuditLogModel::Time);
    QCOMPARE(first.data(AuditLogModel::IdRole).toLongLong(), save.id);
    QCOMPARE(first.data(AuditLogModel::TableRole).toString(), records::resolutions);
    QCOMPARE(first.data(AuditLogModel::RowIdRole).toLongLong(), id);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), save.changedAt.toString(Qt::ISODateWithMs));
    QCOMPARE(model.index(0, AuditLogModel::User).data().toString(), save.user);
    QCOMPARE(model.index(0, AuditLogModel::Row).data().toLongLong(), id);
    QCOMPARE(model.index(0, AuditLogModel::Rows).data().toLongLong(), save.rows);
    QVERIFY(model.index(0, AuditLogModel::Rows).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("The rows of the database")));
    QVERIFY(!model.index(0, AuditLogModel::User).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.index(0, AuditLogModel::User).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(model.rowCount(), 0).data().isValid());

    QCOMPARE(AuditLogModel::operationText(QStringLiteral("insert")), QStringLiteral("Added"));
    QCOMPARE(AuditLogModel::operationText(QStringLiteral("update")), QStringLiteral("Changed"));
    QCOMPARE(AuditLogModel::operationText(QStringLiteral("delete")), QStringLiteral("Deleted"));
    QCOMPARE(AuditLogModel::operationText(QStringLiteral("truncate")), QStringLiteral("truncate")); // as stored
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_audit_log_model.moc"
