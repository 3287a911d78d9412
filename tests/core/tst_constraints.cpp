// The schema's constraints are the last line of defence: each row below must be refused by SQLite
// itself, even when written past the validators.
#include "TestSupport.h"

#include "storage/Sql.h"

using namespace st;

class TestConstraints : public QObject {
    Q_OBJECT
private slots:
    void refusedRows_data();
    void refusedRows();
    void acceptedBaseline();
};

namespace {
// A valid resolution row; each case breaks one column.
const QString kInsert = QStringLiteral(
    "INSERT INTO resolutions(symbol, number, adopted_on, status, kind, title, votes_for, votes_against, "
    "votes_abstain, vetoed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
QVariantList validRow()
{
    return {QStringLiteral("S/RES/9999 (2030)"), 9999, QStringLiteral("2030-01-02"), QStringLiteral("adopted"),
            QStringLiteral("sanctions"), QStringLiteral("T"), 15, 0, 0, QStringLiteral("")};
}
} // namespace

void TestConstraints::refusedRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("impossible date") << 2 << QVariant(QStringLiteral("2017-02-30"));
    QTest::newRow("not a date") << 2 << QVariant(QStringLiteral("yesterday"));
    QTest::newRow("unknown status") << 3 << QVariant(QStringLiteral("withdrawn"));
    QTest::newRow("unknown kind") << 4 << QVariant(QStringLiteral("party"));
    QTest::newRow("empty title") << 5 << QVariant(QStringLiteral("  "));
    QTest::newRow("16 votes for") << 6 << QVariant(16);
    QTest::newRow("negative against") << 7 << QVariant(-1);
    QTest::newRow("total above 15") << 8 << QVariant(3); // 15 + 0 + 3
    QTest::newRow("duplicate symbol") << 0 << QVariant(QStringLiteral("S/RES/1718 (2006)"));
    QTest::newRow("duplicate number") << 1 << QVariant(1718);
    QTest::newRow("veto on adopted") << 9 << QVariant(QStringLiteral("RUS"));
    QTest::newRow("adopted without number") << 1 << QVariant();
}

void TestConstraints::refusedRows()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    auto db = test::openMemory();
    QVariantList row = validRow();
    row[column] = value;
    const auto done = sql::exec(db->connection(), kInsert, row);
    QVERIFY2(!done.ok(), "SQLite accepted a row it must refuse");
    QVERIFY(done.error().code == Error::Code::Storage || done.error().code == Error::Code::Conflict);
}

void TestConstraints::acceptedBaseline()
{
    auto db = test::openMemory();
    QVERIFY(sql::exec(db->connection(), kInsert, validRow()).ok());
    // Foreign keys are enforced: a measure of a resolution that does not exist is refused.
    const auto orphan = sql::exec(db->connection(),
        QStringLiteral("INSERT INTO measures(resolution_id, position, state_id, type_id, action, description, source) "
                       "VALUES (987654, 0, 1, 1, 'introduces', 'x', 'https://example.org')"));
    QVERIFY(!orphan.ok());
    QVERIFY(orphan.error().detail.contains(QStringLiteral("FOREIGN KEY")));
    // A cap needs its unit; a negative cap is refused.
    const auto capNoUnit = sql::exec(db->connection(),
        QStringLiteral("UPDATE measures SET cap_value = 5, cap_unit = NULL WHERE id = (SELECT min(id) FROM measures)"));
    QVERIFY(!capNoUnit.ok());
    const auto negativeCap = sql::exec(db->connection(),
        QStringLiteral("UPDATE measures SET cap_value = -5, cap_unit = 'barrels' WHERE id = (SELECT min(id) FROM measures)"));
    QVERIFY(!negativeCap.ok());
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
