// The schema's constraints are the last line of defence: each row below must be refused by the
// database engine itself (SQLite, or PostgreSQL in the server run), even when written past the
// validators, and the refusal must say which kind of rule it broke whatever the engine's wording.
#include "TestSupport.h"

#include "storage/BatchInsert.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

using namespace st;

Q_DECLARE_METATYPE(st::Error::Code)

class TestConstraints : public QObject {
    Q_OBJECT
private slots:
    void refusedRows_data();
    void refusedRows();
    void acceptedBaseline();
    void bulkRowsAsGiven();
    void bulkRowsRefusedByTheSameRules_data();
    void bulkRowsRefusedByTheSameRules();
    void bulkRowsOfEveryBatchSize_data();
    void bulkRowsOfEveryBatchSize();
    void bulkRowRefusedInsideABatch();
    void sqliteKeepsNoMemoryStatistics();
    void sqliteRowsReadAsStored();
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

namespace {
const QStringList kDesignationColumns{QStringLiteral("id"), QStringLiteral("reference_number"), QStringLiteral("kind"),
                                      QStringLiteral("name"), QStringLiteral("listed_on"), QStringLiteral("comments")};

// One designation row through BatchInsert; the first failure of its rows or its flush.
Status insertDesignations(const QSqlDatabase &db, const QList<QStringList> &rows, const QString &table = QStringLiteral("designations"),
                          int rowsPerStatement = BatchInsert::kMostRowsPerStatement)
{
    BatchInsert insert(db, table, kDesignationColumns, QString(), rowsPerStatement);
    for (const QStringList &r : rows) {
        insert.beginRow();
        insert.integer(r[0].toLongLong());
        for (int i = 1; i < 5; ++i)
            insert.text(r[i]);
        insert.textOrNull(r[5]);
        if (auto done = insert.endRow(); !done)
            return done;
    }
    return insert.flush();
}
} // namespace

// The UN list import's bulk rows (BatchInsert: SQLite's own prepared statement, or JSON batches on a
// server) arrive exactly as given: quotes, backslashes, newlines and non-Latin script unchanged, an
// empty text NULL only where asked.
void TestConstraints::bulkRowsAsGiven()
{
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    if (c.driverName() == QLatin1String("QSQLITE")) {
        // This build reaches the SQLite behind Qt's driver, so SQLite takes the prepared way.
        auto prepared = SqliteStatement::prepare(c, QStringLiteral("SELECT 1"));
        QVERIFY(prepared.ok());
        QVERIFY(prepared.value() != nullptr);
    }
    const QString quoted = QStringLiteral("Ri \"Jong\" W\u014Fn \uB9AC\uC885\uC6D0, a\\b");
    const QString multiline = QStringLiteral("First line\nsecond line\ttab");
    QVERIFY(insertDesignations(c, {{QStringLiteral("900001"), QStringLiteral("KPi.901"), QStringLiteral("individual"), quoted,
                                    QStringLiteral("2016-03-02"), QString()},
                                   {QStringLiteral("900002"), QStringLiteral("KPe.902"), QStringLiteral("entity"), multiline,
                                    QStringLiteral("2017-08-05"), QStringLiteral("See 2371 (2017)")}})
                .ok());
    auto rows = sql::collect(c, QStringLiteral("SELECT reference_number, kind, name, listed_on, comments IS NULL, comments "
                                               "FROM designations WHERE id >= 900001 ORDER BY id"),
                             {}, [](const QSqlQuery &q) {
                                 return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toString(), QString::number(int(q.value(4).toBool())),
                                                    q.value(5).toString()};
                             });
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value()[0], (QStringList{QStringLiteral("KPi.901"), QStringLiteral("individual"), quoted,
                                           QStringLiteral("2016-03-02"), QStringLiteral("1"), QString()}));
    QCOMPARE(rows.value()[1], (QStringList{QStringLiteral("KPe.902"), QStringLiteral("entity"), multiline,
                                           QStringLiteral("2017-08-05"), QStringLiteral("0"), QStringLiteral("See 2371 (2017)")}));
}

void TestConstraints::bulkRowsRefusedByTheSameRules_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("table");
    QTest::addColumn<Error::Code>("code");
    const QStringList taken{QStringLiteral("900011"), QStringLiteral("KPi.911"), QStringLiteral("individual"),
                            QStringLiteral("Taken"), QStringLiteral("2016-03-02"), QString()};
    QStringList sameReference = taken;
    sameReference[0] = QStringLiteral("900012");
    QStringList unknownKind = taken;
    unknownKind[0] = QStringLiteral("900013");
    unknownKind[1] = QStringLiteral("KPi.913");
    unknownKind[2] = QStringLiteral("vessel");
    QStringList badDate = unknownKind;
    badDate[2] = QStringLiteral("entity");
    badDate[4] = QStringLiteral("2016-02-30");
    QTest::newRow("reference number taken") << sameReference << QStringLiteral("designations") << Error::Code::Conflict;
    QTest::newRow("unknown kind") << unknownKind << QStringLiteral("designations") << Error::Code::Storage;
    QTest::newRow("impossible date") << badDate << QStringLiteral("designations") << Error::Code::Storage;
    QTest::newRow("no such table") << unknownKind << QStringLiteral("designation_archive") << Error::Code::Storage;
}

// A bulk row that breaks a rule is refused with the same kind of error as any other write, the
// rows already stored stay as they were, and nothing of the refused row is stored.
void TestConstraints::bulkRowsRefusedByTheSameRules()
{
    QFETCH(QStringList, row);
    QFETCH(QString, table);
    QFETCH(Error::Code, code);
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    QVERIFY(insertDesignations(c, {{QStringLiteral("900011"), QStringLiteral("KPi.911"), QStringLiteral("individual"),
                                    QStringLiteral("Taken"), QStringLiteral("2016-03-02"), QString()}})
                .ok());
    const auto done = insertDesignations(c, {row}, table);
    QVERIFY2(!done.ok(), "the database accepted a row it must refuse");
    QCOMPARE(done.error().code, code);
    QVERIFY(!done.error().message.isEmpty());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM designations WHERE id >= 900011")).value().toInt(), 1);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT name FROM designations WHERE reference_number = 'KPi.911'")).value().toString(),
             QStringLiteral("Taken"));
}

void TestConstraints::bulkRowsOfEveryBatchSize_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("rowsPerStatement");
    // SQLite writes 128 rows per statement and the rest through statements of 64, 32, ..., 1 rows;
    // fewer per statement where asked (the UN list import's designations: one).
    for (int n : {1, 2, 3, 64, 127, 128, 129, 255, 256, 300})
        QTest::addRow("%d rows", n) << n << BatchInsert::kMostRowsPerStatement;
    for (int perStatement : {1, 8})
        for (int n : {1, 7, 8, 9, 17})
            QTest::addRow("%d rows, %d per statement", n, perStatement) << n << perStatement;
}

// However many rows a batch has, every one arrives once, with its own values, in its own place.
void TestConstraints::bulkRowsOfEveryBatchSize()
{
    QFETCH(int, rows);
    QFETCH(int, rowsPerStatement);
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    QList<QStringList> given;
    for (int i = 0; i < rows; ++i) {
        given.append({QString::number(910000 + i), QStringLiteral("KPi.%1").arg(5000 + i), QStringLiteral("individual"),
                      QStringLiteral("Name %1").arg(i), QDate(2016, 3, 2).addDays(i).toString(Qt::ISODate),
                      i % 3 == 0 ? QString() : QStringLiteral("note %1").arg(i)});
    }
    QVERIFY(insertDesignations(c, given, QStringLiteral("designations"), rowsPerStatement).ok());
    auto stored = sql::collect(c, QStringLiteral("SELECT id, reference_number, kind, name, listed_on, comments "
                                                 "FROM designations WHERE id >= 910000 ORDER BY id"),
                               {}, [](const QSqlQuery &q) {
                                   QStringList row;
                                   for (int col = 0; col < 6; ++col)
                                       row << q.value(col).toString();
                                   return row;
                               });
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), given);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM designations WHERE id >= 910000 AND comments IS NULL"))
                 .value()
                 .toInt(),
             (rows + 2) / 3);
}

// A row refused in the middle of a full statement's rows is reported (by a later row or by the flush),
// not lost among the rows around it.
void TestConstraints::bulkRowRefusedInsideABatch()
{
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    QList<QStringList> given;
    for (int i = 0; i < 300; ++i) {
        given.append({QString::number(920000 + i), QStringLiteral("KPi.%1").arg(6000 + i), QStringLiteral("entity"),
                      QStringLiteral("Entity %1").arg(i), QStringLiteral("2017-08-05"), QString()});
    }
    given[200][1] = QStringLiteral("KPi.6010"); // the reference number of row 10
    const auto done = insertDesignations(c, given);
    QVERIFY2(!done.ok(), "a duplicate reference number went through");
    QCOMPARE(done.error().code, Error::Code::Conflict);
    // Which rows of the batch went in before it is the engine's affair (SQLite: those of earlier
    // statements, a server: none); callers roll their transaction back. The refusal names the rule.
    QVERIFY2(done.error().fullText().contains(QLatin1String("reference_number")), qPrintable(done.error().fullText()));
}

// The SQLite library runs without its memory statistics (configureSqliteLibrary, on the first open): kept,
// they take a mutex on every allocation SQLite makes. A database open and read has allocated memory by
// now, so statistics kept would count it.
void TestConstraints::sqliteKeepsNoMemoryStatistics()
{
    auto db = test::openMemory();
    if (db->connection().driverName() != QLatin1String("QSQLITE"))
        QSKIP("issue 14: SQLite's own setting; the server run has no SQLite connection");
    auto count = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resolutions"));
    CHECK_OK(count);
    QVERIFY(count.value().toInt() > 0);
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    QCOMPARE(sqlite3_memory_highwater(0), sqlite3_int64(0));
}

// SqliteStatement::rows() hands each row's columns as SQLite holds them; dates in the stored form are read
// directly and anything else as sql::dateFrom reads it.
void TestConstraints::sqliteRowsReadAsStored()
{
    auto db = test::openMemory(true);
    const QSqlDatabase c = db->connection();
    if (c.driverName() != QLatin1String("QSQLITE"))
        QSKIP("SQLite's own interface: issue 17 reads through it on SQLite only");
    auto prepared = SqliteStatement::prepare(
        c, QStringLiteral("SELECT ?, NULL, '2017-12-22', '2024-02-29', '2023-02-29', '2017-2-3', '2017-12-22T10:00:00', "
                          "42, 2.5, 'r\u00e9'"));
    QVERIFY(prepared.ok() && prepared.value());
    prepared.value()->text(QStringLiteral("1718 (2006)"));
    int rows = 0;
    const auto done = prepared.value()->rows([&](const SqliteRow &row) {
        ++rows;
        QCOMPARE(row.utf8(0), QByteArrayView("1718 (2006)"));
        QVERIFY(row.isNull(1) && !row.isNull(2));
        QCOMPARE(row.date(1), QDate());
        QCOMPARE(row.integer(1), 0);
        QCOMPARE(row.date(2), QDate(2017, 12, 22));
        QCOMPARE(row.date(3), QDate(2024, 2, 29));
        QVERIFY(!row.date(4).isValid()); // no 29 February in 2023
        // Not the stored form: as QDate reads ISO 8601, the same as through Qt's SQL layer.
        for (int column : {5, 6}) {
            const QString text = QString::fromUtf8(row.utf8(column));
            QCOMPARE(row.date(column), sql::dateFrom(QVariant(text)));
        }
        QCOMPARE(row.date(6), QDate(2017, 12, 22));
        QCOMPARE(row.integer(7), 42);
        QCOMPARE(row.real(8), 2.5);
        QCOMPARE(QString::fromUtf8(row.utf8(9)), QStringLiteral("r\u00e9"));
    });
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().fullText()));
    QCOMPARE(rows, 1);
    // Ready again: the same statement runs with new values.
    prepared.value()->text(QStringLiteral("2397 (2017)"));
    QVERIFY(prepared.value()->rows([&](const SqliteRow &row) { QCOMPARE(row.utf8(0), QByteArrayView("2397 (2017)")); }).ok());

    // Ten characters that are not the stored form, whichever one is off: read as QDate reads them
    // (which takes any separator, "2017/12-22" too), the same as through Qt's SQL layer.
    const QStringList nearMisses{QStringLiteral("2017/12-22"), QStringLiteral("2017-12/22"), QStringLiteral("x017-12-22"),
                                 QStringLiteral("2x17-12-22"), QStringLiteral("20x7-12-22"), QStringLiteral("201x-12-22"),
                                 QStringLiteral("2017-x2-22"), QStringLiteral("2017-1x-22"), QStringLiteral("2017-12-x2"),
                                 QStringLiteral("2017-12-2x"), QStringLiteral("+017-12-22")};
    auto each = SqliteStatement::prepare(c, QStringLiteral("SELECT ?"));
    QVERIFY(each.ok() && each.value());
    for (const QString &text : nearMisses) {
        each.value()->text(text);
        QVERIFY(each.value()->rows([&](const SqliteRow &row) {
            QCOMPARE(row.date(0), sql::dateFrom(QVariant(text)));
        }).ok());
    }
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
