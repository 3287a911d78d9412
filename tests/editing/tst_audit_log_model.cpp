// The History view's model over audit_log: a sound item model (paged), filters by record and by
// text, and the before/after of one change column by column.
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
};

void TestAuditLogModel::isASoundModelThatPages()
{
    auto db = test::openMemory(); // loading the dataset wrote a few hundred audit rows
    const qint64 total = test::auditRows(*db);
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
    QCOMPARE(model.entryAt(0).user, QStringLiteral("tester"));
    QVERIFY(model.entryAt(0).changedAt.isValid());
}

void TestAuditLogModel::filtersByRecordAndText()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("A title nobody else has");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, {}).ok());

    AuditLogModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());
    QCOMPARE(model.rowCount(), 2); // inserted by the dataset load, then changed
    QCOMPARE(model.entryAt(0).operation, QStringLiteral("update"));
    QCOMPARE(model.index(0, AuditLogModel::Operation).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(0, AuditLogModel::Label).data().toString(), QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(model.index(0, AuditLogModel::Record).data().toString(), QStringLiteral("Resolution"));
    QCOMPARE(model.index(1, AuditLogModel::Operation).data().toString(), QStringLiteral("Added"));

    QVERIFY(model.setFilter({{}, 0, QStringLiteral("NOBODY ELSE")}).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).rowId, id);

    QVERIFY(model.setFilter({QStringLiteral("measures"), 0, {}}).ok());
    QCOMPARE(model.rowCount(), test::scalarInt(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'measures'")));
    QVERIFY(model.rowCount() >= 81);
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
    QVERIFY(RecordEdits(*db).updateResolution(id, r, {}).ok());

    AuditLogModel model(*db);
    QVERIFY(model.setFilter({records::resolutions, id, {}}).ok());
    auto changes = model.changesOf(model.entryAt(0).id);
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
    auto inserted = model.changesOf(model.entryAt(1).id);
    QVERIFY(inserted.ok());
    for (const AuditFieldChange &c : inserted.value())
        QVERIFY(!c.before.isValid());
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_audit_log_model.moc"
