// Joining two PDFs (reports/PdfJoin): what Qt's PDF writer makes, and hand-made files with the PDF
// syntax a careless reader would get wrong; anything it does not read is refused with a message.
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "reports/PdfJoin.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTemporaryDir>

using namespace st;

namespace {

// A PDF from Qt's writer, one page per text, each text written in regular and bold type.
QByteArray qtPdf(const QStringList &pageTexts, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        QPainter painter(&writer);
        for (int i = 0; i < pageTexts.size(); ++i) {
            if (i > 0)
                writer.newPage();
            QFont font(QStringLiteral("DejaVu Sans"), 14);
            painter.setFont(font);
            painter.drawText(QPointF(200, 400), pageTexts[i]);
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(QPointF(200, 900), pageTexts[i] + QStringLiteral(" bold"));
        }
    }
    return bytes;
}

// A PDF written by hand: `objects` numbered from 1, with a correct cross-reference table.
QByteArray handMadePdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra
        + ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// One page whose content stream draws `text`, and whose dictionary holds strings that look like
// references. Objects: 1 catalogue, 2 pages, 3 page, 4 content, 5 font.
QByteArray trickyPdf(const QByteArray &text, bool countBeforeKids)
{
    const QByteArray stream = "BT /F1 24 Tf 72 700 Td (" + text + ") Tj ET";
    const QByteArray pages = countBeforeKids ? "<< /Type /Pages /Count 1 /Kids [3 0 R] >>"
                                             : "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    return handMadePdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        pages,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> /Note (not 2 0 R \\) nor (4 0 R)) /Hex <3420302052> "
        "% a comment: 5 0 R\n>>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    });
}

} // namespace

class TestPdfJoin : public QObject {
    Q_OBJECT

private slots:
    void joinsQtPdfsPagesInOrder();
    void renumbersReferencesOnlyOutsideStringsAndStreams();
    void refusesWhatItDoesNotRead_data();
    void refusesWhatItDoesNotRead();

private:
    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestPdfJoin::joinsQtPdfsPagesInOrder()
{
    const QByteArray front = qtPdf({QStringLiteral("Front one"), QStringLiteral("Front two")}, QStringLiteral("Joined report"));
    // As many pages as the front: Qt's tags come from object numbers, so the two halves' tags are the same.
    const QByteArray back = qtPdf({QStringLiteral("Back one"), QStringLiteral("Back two")}, QStringLiteral("Not this title"));
    auto joined = joinPdfs(front, back);
    CHECK_OK(joined);
    const QString path = write(joined.value(), QStringLiteral("joined.pdf"));

    QCOMPARE(test::pdfComplaints(path), QString());
    QCOMPARE(test::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("4"));
    QCOMPARE(test::pdfPageObjects(path), 4);
    QCOMPARE(test::pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Joined report"));
    const QStringList pages = test::pdfText(path).split(QLatin1Char('\f'));
    const QStringList expected{QStringLiteral("Front one"), QStringLiteral("Front two"), QStringLiteral("Back one"),
                               QStringLiteral("Back two")};
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(pages.value(i).contains(expected[i]) && pages.value(i).contains(expected[i] + QStringLiteral(" bold")),
                 qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages.value(i))));
    }
    // Both halves embed their own subsets of the same fonts (made with the same tags); in one file
    // each subset needs a name of its own, or a viewer may draw one half's glyphs from the other's.
    const QStringList frontNames = test::pdfSubsetFontNames(front);
    const QStringList backNames = test::pdfSubsetFontNames(back);
    QCOMPARE(frontNames.size(), 2);
    QCOMPARE(backNames, frontNames);
    const QStringList names = test::pdfSubsetFontNames(joined.value());
    QCOMPARE(names.size(), frontNames.size() + backNames.size());
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    // The front's objects are kept as they were, up to its page tree (which Qt writes last).
    QVERIFY(joined.value().startsWith(front.left(front.indexOf("/Type /Pages"))));

    // A back half painted from the report's end holds its pages last to first.
    auto reversed = joinPdfs(front, back, BackPages::LastFirst);
    CHECK_OK(reversed);
    const QString reversedPath = write(reversed.value(), QStringLiteral("reversed.pdf"));
    QCOMPARE(test::pdfComplaints(reversedPath), QString());
    const QStringList reversedPages = test::pdfText(reversedPath).split(QLatin1Char('\f'));
    const QStringList reversedOrder{QStringLiteral("Front one"), QStringLiteral("Front two"), QStringLiteral("Back two"),
                                    QStringLiteral("Back one")};
    for (int i = 0; i < reversedOrder.size(); ++i)
        QVERIFY2(reversedPages.value(i).startsWith(reversedOrder[i]), qPrintable(reversedPages.value(i)));
}

void TestPdfJoin::renumbersReferencesOnlyOutsideStringsAndStreams()
{
    for (bool countFirst : {false, true}) {
        auto joined = joinPdfs(trickyPdf("Hello 3 0 R", countFirst), trickyPdf("World (4 0 R)", !countFirst));
        CHECK_OK(joined);
        const QByteArray &pdf = joined.value();
        const QString path = write(pdf, QStringLiteral("tricky.pdf"));
        QCOMPARE(test::pdfComplaints(path), QString());
        QCOMPARE(test::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("2"));
        const QStringList pages = test::pdfText(path).split(QLatin1Char('\f'));
        QCOMPARE(pages.value(0).trimmed(), QStringLiteral("Hello 3 0 R"));
        QCOMPARE(pages.value(1).trimmed(), QStringLiteral("World (4 0 R)"));
        // The back's page (its object 3) is object 6 after the front's five, its parent the front's
        // page tree (2), its content and font 7 and 8; strings, hex strings and comments unchanged.
        QVERIFY(pdf.contains("6 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R "
                             "/Resources << /Font << /F1 8 0 R >> >> /Note (not 2 0 R \\) nor (4 0 R)) /Hex <3420302052> "
                             "% a comment: 5 0 R\n>>"));
        QVERIFY(pdf.contains("/Kids [\n3 0 R\n6 0 R\n]"));
        QVERIFY(pdf.contains("/Count 2"));
        QVERIFY(!pdf.contains("/Count 1"));
    }
}

void TestPdfJoin::refusesWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("back");
    QTest::addColumn<QString>("why");
    const QByteArray good = trickyPdf("x", false);
    QByteArray wrongOffset = good;
    wrongOffset.replace("\n%%EOF", "0\n%%EOF"); // startxref ten times too far
    QByteArray movedObject = good;
    movedObject.replace("3 0 obj", "7 0 obj"); // object 3's place holds another
    QTest::newRow("not a PDF") << QByteArray("<html>no</html>") << QStringLiteral("not a PDF file");
    QTest::newRow("cut short") << good.left(good.indexOf("startxref")) << QStringLiteral("no startxref");
    QTest::newRow("startxref beyond the table") << wrongOffset << QStringLiteral("no classic cross-reference table");
    QTest::newRow("objects not where the table says") << movedObject << QStringLiteral("object 3 is not where");
    QTest::newRow("an incremental update")
        << handMadePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, "/Prev 9 ")
        << QStringLiteral("/Prev in the trailer");
    QTest::newRow("encrypted")
        << handMadePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, "/Encrypt 2 0 R ")
        << QStringLiteral("/Encrypt in the trailer");
    QTest::newRow("no page tree") << handMadePdf({"<< /Type /Catalog >>"}) << QStringLiteral("no page tree");
    QTest::newRow("a reference to nothing")
        << handMadePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        "<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>"})
        << QStringLiteral("object 3 refers to object 9");
}

void TestPdfJoin::refusesWhatItDoesNotRead()
{
    QFETCH(QByteArray, back);
    QFETCH(QString, why);
    auto joined = joinPdfs(trickyPdf("front", false), back);
    QVERIFY(!joined);
    QCOMPARE(joined.error().message, QStringLiteral("The report's pages could not be put together into one PDF."));
    QVERIFY2(joined.error().detail.startsWith(QStringLiteral("the second part: ")) && joined.error().detail.contains(why),
             qPrintable(joined.error().detail));
    // The same file as the front half is refused for the same reason, named as the first part (the
    // front's references are not followed: its objects are copied as they are).
    if (!why.contains(QStringLiteral("refers to"))) {
        auto reversed = joinPdfs(back, trickyPdf("back", false));
        QVERIFY(!reversed);
        QVERIFY2(reversed.error().detail.startsWith(QStringLiteral("the first part: ")), qPrintable(reversed.error().detail));
    }
}

QTEST_MAIN(TestPdfJoin)
#include "tst_pdf_join.moc"
