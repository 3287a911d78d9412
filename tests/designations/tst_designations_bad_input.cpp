// Bad UN list files: each is refused with a sentence that says what is wrong and where (line,
// column), and the database file keeps every byte.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "storage/DesignationRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "designations/UnListImport.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace st;

namespace {

int lineAt(const QByteArray &text, qsizetype offset) { return int(text.left(offset).count('\n')) + 1; }

// Replaces the first `from` with `to`; the line where it was, for the expected message.
int replaceFirst(QByteArray &xml, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = xml.indexOf(from);
    if (at < 0)
        qFatal("fixture does not contain %s", from.constData());
    xml.replace(at, from.size(), to);
    return lineAt(xml, at);
}

} // namespace

class TestUnListBadInput : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void refusedWithLineAndColumn_data();
    void refusedWithLineAndColumn();
    void badEndOfALongFileUndoesWhatWasWritten();
    void badListInsideACallersTransactionUndoesOnlyItsOwnRows();
    void missingFile();

private:
    QTemporaryDir m_dir;
};

void TestUnListBadInput::refusedWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::addColumn<int>("line");         // 0: no position (nothing to point at)

    const QByteArray small = test::readAll(test::smallList());

    QByteArray truncated = small.left(small.size() * 6 / 10);
    QTest::newRow("truncated") << truncated << QStringLiteral("probably truncated") << lineAt(truncated, truncated.size());

    QByteArray wrongRoot = small;
    wrongRoot.replace("CONSOLIDATED_LIST", "SANCTIONS_LIST");
    QTest::newRow("wrong root") << wrongRoot << QStringLiteral("root element is <SANCTIONS_LIST>") << 2;

    QByteArray html("<!DOCTYPE html>\n<html><body>Service unavailable</body></html>\n");
    QTest::newRow("web page saved instead") << html << QStringLiteral("not a UN Consolidated List") << 2;

    QByteArray noReference = small;
    const qsizetype refAt = noReference.indexOf("<REFERENCE_NUMBER>KPi.007</REFERENCE_NUMBER>");
    const int recordLine = lineAt(noReference, noReference.lastIndexOf("<INDIVIDUAL>", refAt));
    replaceFirst(noReference, "<REFERENCE_NUMBER>KPi.007</REFERENCE_NUMBER>", "");
    QTest::newRow("record without reference number")
        << noReference << QStringLiteral("INDIVIDUAL record (DATAID 690743) has no REFERENCE_NUMBER") << recordLine;

    QByteArray badDate = small;
    const int dateLine = replaceFirst(badDate, "<LISTED_ON>2013-01-22</LISTED_ON>", "<LISTED_ON>2016-13-01</LISTED_ON>");
    QTest::newRow("impossible date") << badDate << QStringLiteral("LISTED_ON of KPi.007 is \"2016-13-01\", which is not a real date")
                                     << dateLine;

    QByteArray badNumber = small;
    const int numberLine = replaceFirst(badNumber, "<DATAID>110447</DATAID>", "<DATAID>11O447</DATAID>");
    QTest::newRow("DATAID not a number") << badNumber << QStringLiteral("DATAID of the record starting at line")
                                         << numberLine;

    QByteArray twice = small;
    const int twiceLine = lineAt(twice, twice.lastIndexOf("<INDIVIDUAL>", twice.indexOf(">KPi.010<")));
    replaceFirst(twice, "<REFERENCE_NUMBER>KPi.010</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>KPi.007</REFERENCE_NUMBER>");
    QTest::newRow("reference number twice") << twice << QStringLiteral("KPi.007 appears a second time (first at line")
                                            << twiceLine;

    QByteArray garbage(5 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(1718);
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("large garbage") << garbage << QStringLiteral("not well-formed XML") << 1;

    QByteArray trailing = small + "<CONSOLIDATED_LIST/>\n";
    QTest::newRow("content after the list") << trailing << QStringLiteral("not well-formed XML")
                                            << lineAt(trailing, trailing.size() - 1);

    QByteArray empty;
    QTest::newRow("empty file") << empty << QStringLiteral("The file is empty") << 0;

    QByteArray noRecords("<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2024-09-26T00:00:07.514Z'>"
                         "<INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n");
    QTest::newRow("no records") << noRecords << QStringLiteral("holds no INDIVIDUAL or ENTITY record") << 0;
}

void TestUnListBadInput::refusedWithLineAndColumn()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(int, line);

    // A database that already holds a list: a refused file must leave it exactly as it was.
    const QString dbPath = m_dir.filePath(QStringLiteral("tracker.sqlite"));
    QFile::remove(dbPath);
    {
        auto db = test::openFile(dbPath);
        QVERIFY(importUnListFile(*db, test::smallList()).ok());
    }
    const QByteArray before = test::fingerprint(dbPath);

    const QString bad = m_dir.filePath(QStringLiteral("bad.xml"));
    test::writeAll(bad, content);
    {
        auto db = test::openFile(dbPath);
        auto imported = importUnListFile(*db, bad);
        QVERIFY(!imported.ok());
        const QString message = imported.error().message;
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (line > 0) {
            static const QRegularExpression where(QStringLiteral("^Line (\\d+), column (\\d+): "));
            const QRegularExpressionMatch m = where.match(message);
            QVERIFY2(m.hasMatch(), qPrintable(message));
            QCOMPARE(m.captured(1).toInt(), line);
            QVERIFY(m.captured(2).toInt() >= 1);
        }
        QCOMPARE(DesignationRepository(db->connection()).count().value(), 11);
    }
    QCOMPARE(test::fingerprint(dbPath), before);
}

// The command line writes while it reads: a list found truncated after hundreds of records were
// written must still leave the database byte for byte as it was.
void TestUnListBadInput::badEndOfALongFileUndoesWhatWasWritten()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("long.sqlite"));
    {
        auto db = test::openFile(dbPath);
        QVERIFY(importUnListFile(*db, test::smallList()).ok());
    }
    const QByteArray before = test::fingerprint(dbPath);
    const QByteArray real = test::readAll(test::realUnListPath());
    const QString cut = m_dir.filePath(QStringLiteral("cut.xml"));
    test::writeAll(cut, real.left(real.size() * 9 / 10));
    {
        auto db = test::openFile(dbPath);
        auto imported = importUnListFile(*db, cut);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("probably truncated")), qPrintable(imported.error().message));
        QCOMPARE(DesignationRepository(db->connection()).count().value(), 11);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'designations'"))
                     .value().toInt(),
                 11);
    }
    QCOMPARE(test::fingerprint(dbPath), before);
}

// Under its own write lock the import takes back a failure with the whole transaction; inside a
// transaction the caller holds, it keeps a savepoint of its own, so that a bad list takes back its
// own rows and nothing of the caller's. Either way the connection's page cache, enlarged for the
// import (BulkWriteCache), is put back.
void TestUnListBadInput::badListInsideACallersTransactionUndoesOnlyItsOwnRows()
{
    auto db = test::openMemory();
    const QSqlDatabase c = db->connection();
    auto cacheSetting = [&] { return sql::scalar(c, QStringLiteral("PRAGMA cache_size")).value().toLongLong(); };
    QVERIFY(sql::exec(c, QStringLiteral("PRAGMA cache_size = -3000")).ok());
    const QByteArray real = test::readAll(test::realUnListPath());
    const QString cut = m_dir.filePath(QStringLiteral("cut.xml"));
    test::writeAll(cut, real.left(real.size() * 9 / 10));
    const int regimesBefore = sql::scalar(c, QStringLiteral("SELECT count(*) FROM regimes")).value().toInt();
    {
        Transaction callers(*db);
        QVERIFY(callers.began().ok());
        QVERIFY(sql::exec(c, QStringLiteral("UPDATE states SET name = 'Renamed by the caller' WHERE code = 'PRK'")).ok());
        auto imported = importUnListFile(*db, cut);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("probably truncated")), qPrintable(imported.error().message));
        QCOMPARE(cacheSetting(), -3000);
        QCOMPARE(DesignationRepository(c).count().value(), 0);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM regimes")).value().toInt(), regimesBefore);
        QVERIFY(callers.commit().ok()); // the caller's own change still stands
    }
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT name FROM states WHERE code = 'PRK'")).value().toString(),
             QStringLiteral("Renamed by the caller"));
    QCOMPARE(DesignationRepository(c).count().value(), 0);
    // A good list inside the caller's transaction is committed with it.
    {
        Transaction callers(*db);
        QVERIFY(callers.began().ok());
        auto imported = importUnListFile(*db, test::smallList());
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().fullText()));
        QVERIFY(callers.commit().ok());
    }
    QCOMPARE(DesignationRepository(c).count().value(), 11);
    QCOMPARE(cacheSetting(), -3000);
}

void TestUnListBadInput::missingFile()
{
    auto db = test::openMemory();
    auto imported = importUnListFile(*db, m_dir.filePath(QStringLiteral("nowhere.xml")));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::Code::NotFound);
    QVERIFY(imported.error().message.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestUnListBadInput)
#include "tst_designations_bad_input.moc"
