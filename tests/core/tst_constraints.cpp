// The schema's constraints are the last line of defence: each row below must be refused by the
// database engine itself (SQLite, or PostgreSQL in the server run), even when written past the
// validators, and the refusal must say which kind of rule it broke whatever the engine's wording.
#include "TestSupport.h"

#include "storage/Sql.h"

using namespace st;

Q_DECLARE_METATYPE(st::Error::Code)

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
    QTest::addColumn<Error::Code>("code");
    const auto broken = Error::Code::Storage; // a CHECK or NOT NULL rule: "refused"
    QTest::newRow("impossible date") << 2 << QVariant(QStringLiteral("2017-02-30")) << broken;
    QTest::newRow("not a date") << 2 << QVariant(QStringLiteral("yesterday")) << broken;
    QTest::newRow("unknown status") << 3 << QVariant(QStringLiteral("withdrawn")) << broken;
    QTest::newRow("unknown kind") << 4 << QVariant(QStringLiteral("party")) << broken;
    QTest::newRow("empty title") << 5 << QVariant(QStringLiteral("  ")) << broken;
    QTest::newRow("16 votes for") << 6 << QVariant(16) << broken;
    QTest::newRow("negative against") << 7 << QVariant(-1) << broken;
    QTest::newRow("total above 15") << 8 << QVariant(3) << broken; // 15 + 0 + 3
    QTest::newRow("duplicate symbol") << 0 << QVariant(QStringLiteral("S/RES/1718 (2006)")) << Error::Code::Conflict;
    QTest::newRow("duplicate number") << 1 << QVariant(1718) << Error::Code::Conflict;
    QTest::newRow("veto on adopted") << 9 << QVariant(QStringLiteral("RUS")) << broken;
    QTest::newRow("adopted without number") << 1 << QVariant() << broken;
}

void TestConstraints::refusedRows()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(Error::Code, code);
    auto db = test::openMemory();
    QVariantList row = validRow();
    row[column] = value;
    const auto done = sql::exec(db->connection(), kInsert, row);
    QVERIFY2(!done.ok(), "the database accepted a row it must refuse");
    QCOMPARE(done.error().code, code);
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
    QCOMPARE(orphan.error().code, Error::Code::BrokenLink);
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
