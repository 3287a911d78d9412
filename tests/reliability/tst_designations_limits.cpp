// What a UN list file may make the reader keep is bounded (issue 12, defect 4): nesting depth, one
// element's text, the notes of unknown elements. A file past a bound is refused quickly with its line
// and column, instead of costing the square of its depth in time and memory. Also the root element
// in a foreign namespace (defect 6).
#include "TestSupport.h"
#include "UnListTestData.h"

#include "designations/UnListReader.h"

#include <QBuffer>
#include <QElapsedTimer>

using namespace st;

namespace {

Result<UnList> readBytes(const QByteArray &xml)
{
    QByteArray copy = xml;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readUnList(buffer);
}

// The small list with `insert` placed inside its first INDIVIDUAL, after <DATAID>...</DATAID>.
QByteArray smallListWith(const QByteArray &insert)
{
    QByteArray xml = test::readAll(test::smallList());
    const QByteArray anchor = "<DATAID>110447</DATAID>";
    xml.replace(xml.indexOf(anchor), anchor.size(), anchor + insert);
    return xml;
}

} // namespace

class TestUnListLimits : public QObject {
    Q_OBJECT
private slots:
    void deepNestingIsRefusedQuicklyWithItsPlace();
    void hugeTextIsRefusedWithItsPlace();
    void unknownElementsBeyondTheNoteBudgetAreRefused();
    void fewUnknownElementsAreStillKeptAsNotes();
    void rootInAForeignNamespaceIsRefused();
};

void TestUnListLimits::deepNestingIsRefusedQuicklyWithItsPlace()
{
    // 100,000 deep (0.7 MB): before the bound this ran past 600 s and 4 GB.
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<X>";
    QElapsedTimer timer;
    timer.start();
    const auto read = readBytes(smallListWith(deep));
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Line 5, column ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("nested more than 32 deep")), qPrintable(message));
    qInfo("100,000-deep file refused in %lld ms", timer.elapsed());
}

void TestUnListLimits::hugeTextIsRefusedWithItsPlace()
{
    const QByteArray xml = smallListWith("<COMMENTS2>" + QByteArray(300000, 'a') + "</COMMENTS2>");
    const auto read = readBytes(xml);
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Line 5, column ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("longer than 100000 characters")), qPrintable(message));
}

void TestUnListLimits::unknownElementsBeyondTheNoteBudgetAreRefused()
{
    // 2,000 unknown elements of 100 characters each: 200,000 characters of notes in one record.
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "<EXTRA>" + QByteArray(100, 'n') + "</EXTRA>\n";
    const auto read = readBytes(smallListWith(many));
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Line ")) && message.contains(QStringLiteral("column")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("more than 100000 characters")), qPrintable(message));
}

void TestUnListLimits::fewUnknownElementsAreStillKeptAsNotes()
{
    const auto read = readBytes(smallListWith("<EXTRA><GPS>1.5,2.5</GPS></EXTRA>"));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read.value().unknownElementCount(), 2);
}

void TestUnListLimits::rootInAForeignNamespaceIsRefused()
{
    QByteArray xml = test::readAll(test::smallList());
    xml.replace("<CONSOLIDATED_LIST ", "<x:CONSOLIDATED_LIST xmlns:x='urn:example:other' ");
    xml.replace("</CONSOLIDATED_LIST>", "</x:CONSOLIDATED_LIST>");
    const auto read = readBytes(xml);
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Line 2, column ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("urn:example:other")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestUnListLimits)
#include "tst_designations_limits.moc"
