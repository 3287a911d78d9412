// The print pipeline offscreen: pages, PDF text, paper sizes, rows kept whole, the chart drawn as vectors.
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "reports/ReportBuilder.h"
#include "domain/Wording.h"
#include "reports/ReportHtml.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPages.h"
#include "reports/ReportPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace st;

namespace {

ReportContent bundledReport(const Database &db, const QString &state = QStringLiteral("PRK"))
{
    ReportOptions o;
    o.stateCode = state;
    o.generatedAt = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);
    o.databaseLabel = QStringLiteral("sanctions-tracker.sqlite");
    auto r = buildReport(db, o);
    if (!r)
        qFatal("%s", qPrintable(r.error().fullText()));
    return r.value();
}

// A stand-in for the timeline chart: a figure of stripes, and a record of what was asked for and of
// where and on what it was drawn.
struct FakeChart {
    QSize size;
    int drawn = 0;
    QRectF target; // where it was last drawn, in the painter's coordinates
    const QPaintDevice *device = nullptr;
    QSize printSize;  // the figure's size when not the size asked for
    int slowness = 0; // milliseconds each drawing takes
    ReportChartRenderer renderer()
    {
        return [this](const ReportContent &, const QSize &s) {
            size = s;
            return ReportFigure{printSize.isValid() ? printSize : s, [this](QPainter &painter, const QRectF &r) {
                                    QThread::msleep(ulong(slowness));
                                    ++drawn;
                                    target = r;
                                    device = painter.device();
                                    painter.fillRect(r, Qt::white);
                                    painter.setPen(QPen(QColor(20, 60, 120), 0));
                                    for (int i = 0; i <= 10; ++i)
                                        painter.drawLine(QPointF(r.left(), r.top() + r.height() * i / 10),
                                                         QPointF(r.right(), r.top() + r.height() * i / 10));
                                }};
        };
    }
    ReportFigure figure(const ReportContent &report) { return renderer()(report, {640, 330}); }
};

// Image objects embedded in a PDF file.
int pdfImageObjects(const QByteArray &pdf)
{
    static const QRegularExpression image(QStringLiteral("/Subtype\\s*/Image"));
    int n = 0;
    for (auto it = image.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

struct RowExtent {
    qreal top = 0;
    qreal bottom = 0;
    QString text;
};

QList<RowExtent> tableRows(QTextDocument &doc)
{
    QList<RowExtent> rows;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            RowExtent e{1e12, -1e12, {}};
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                e.top = std::min(e.top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                e.bottom = std::max(e.bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
                if (c == 0)
                    e.text = cell.firstCursorPosition().block().text();
            }
            rows.append(e);
        }
    }
    return rows;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfHoldsTheRoundsTheirDatesAndTheCaps();
    void pagesHaveHeadersAndFooters();
    void paperSizes_data();
    void paperSizes();
    void rowsAreNeverSplitAndNothingIsClipped_data();
    void rowsAreNeverSplitAndNothingIsClipped();
    void chartIsDrawnAsVectorsAtItsPrintSize();
    void timelineLabelsPrintAsTextAtTheirSize();
    void partsStackExactlyLikeOneDocument();
    void twoThreadsPrintWhatOneWriterPrints();
    void pagesShowingTheChartAreTheGuiThreads();
    void htmlExportIsSelfContained();
    void inlineStylesLookLikeTheStyleSheet_data();
    void inlineStylesLookLikeTheStyleSheet();
    void paginationKeepsHeadingsAndHonoursForcedBreaks();
    void unwritablePathLeavesNoFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<ReportContent> m_report;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openMemory();
    m_report = bundledReport(*m_db);
}

void TestReportPdf::pdfHoldsTheRoundsTheirDatesAndTheCaps()
{
    FakeChart chart;
    const QString pdf = path(QStringLiteral("a4.pdf"));
    auto pages = writeReportPdf(*m_report, pdf, ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)), chart.renderer());
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().fullText()));
    QVERIFY2(pages.value() > 1, "the bundled report fits on one page?");
    QCOMPARE(test::pdfPageObjects(pdf), pages.value());
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Pages")).toInt(), pages.value());
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Title")), reportTitle(*m_report));

    // Raw order keeps each cell's lines together, so a symbol and its date can be found in order.
    const QString text = test::pdfText(pdf, {QStringLiteral("-raw")});
    QVERIFY(!text.isEmpty());
    for (const ReportRound &round : m_report->rounds) {
        QVERIFY2(text.contains(round.symbol), qPrintable(round.symbol));
        const qsizetype at = text.indexOf(round.symbol);
        const QString date = reportformat::date(round.date);
        QVERIFY2(text.indexOf(date, at) > at, qPrintable(round.symbol + QStringLiteral(" ") + date));
    }
    for (const char *cap : {"500,000 barrels per 3 months", "2,000,000 barrels a year", "500,000 barrels a year",
                            "US$400,870,018 a year", "4,000,000 barrels per" /* "12 months" wraps in every table */, "375,000 barrels a year"})
        QVERIFY2(text.contains(QLatin1String(cap)), cap);
    const QString flowing = text.simplified(); // phrases may wrap inside a cell
    QVERIFY(flowing.contains(QStringLiteral("superseded before effect by S/RES/2397 (2017)")));
    QVERIFY(flowing.contains(QStringLiteral("Applied by 2375 → 2397")));
    // Each round's row is printed once: no line of a neighbouring page leaks into the PDF's text.
    for (const ReportRound &round : m_report->rounds) {
        const QString label = round.status == ResolutionStatus::Vetoed ? QStringLiteral("Vetoed draft")
                              : round.kind == ResolutionKind::Sanctions ? QStringLiteral("Sanctions round")
                              : round.kind == ResolutionKind::PanelRenewal ? QStringLiteral("Panel renewal")
                                                                           : QStringLiteral("Other");
        QCOMPARE(text.count(round.symbol + QLatin1Char('\n') + label), 1);
    }
}

void TestReportPdf::pagesHaveHeadersAndFooters()
{
    const QString pdf = path(QStringLiteral("hf.pdf"));
    FakeChart chart;
    const int pages = writeReportPdf(*m_report, pdf, ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)), chart.renderer()).value();
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfText(pdf, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page)});
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("UN Security Council sanctions: Democratic People's Republic of Korea (PRK)")));
        QVERIFY(text.contains(QStringLiteral("15 Jul 2006 – 30 Jun 2025")));
        QVERIFY(text.contains(m_report->stamp.checksum.left(16)));
    }
}

void TestReportPdf::paperSizes_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestReportPdf::paperSizes()
{
    QFETCH(int, paper);
    QFETCH(QString, expected);
    const QString pdf = path(QStringLiteral("paper.pdf"));
    FakeChart chart;
    QVERIFY(writeReportPdf(*m_report, pdf, ReportPages::defaultPageLayout(QPageSize(QPageSize::PageSizeId(paper))), chart.renderer()).ok());
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")), expected);
}

void TestReportPdf::rowsAreNeverSplitAndNothingIsClipped_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
    QTest::newRow("A5") << int(QPageSize::A5); // small pages: many more cuts
}

void TestReportPdf::rowsAreNeverSplitAndNothingIsClipped()
{
    QFETCH(int, paper);
    QPdfWriter writer(path(QStringLiteral("layout.pdf")));
    writer.setPageLayout(ReportPages::defaultPageLayout(QPageSize(QPageSize::PageSizeId(paper))));
    FakeChart chart;
    const ReportPages pages(*m_report, writer, chart.figure(*m_report));
    QVERIFY(pages.pageCount() > 1);
    // Nothing is wider than the text column: no table or image runs off the page.
    QVERIFY2(pages.document().size().width() <= pages.bodyRect().width() + 1,
             qPrintable(QStringLiteral("%1 > %2").arg(pages.document().size().width()).arg(pages.bodyRect().width())));
    // Every page fits its body, and the pages cover the document without gaps or overlaps.
    qreal expectedTop = 0;
    for (const ReportPageSlice &s : pages.slices()) {
        QVERIFY(s.height() <= pages.bodyRect().height() + 0.5);
        QCOMPARE(s.top, expectedTop);
        expectedTop = s.bottom;
    }
    QVERIFY(expectedTop >= pages.document().size().height() - 0.5);
    // Every table row lies within one page.
    const QList<RowExtent> rows = tableRows(pages.document());
    QVERIFY(rows.size() > 40);
    int repeatedHeaders = 0;
    for (const RowExtent &row : rows) {
        bool whole = false;
        for (const ReportPageSlice &s : pages.slices())
            whole = whole || (row.top >= s.top - 0.5 && row.bottom <= s.bottom + 0.5);
        QVERIFY2(whole, qPrintable(QStringLiteral("row \"%1\" (%2-%3) is split").arg(row.text).arg(row.top).arg(row.bottom)));
    }
    for (const ReportPageSlice &s : pages.slices())
        repeatedHeaders += s.headerHeight() > 0;
    QVERIFY2(repeatedHeaders > 0, "a table continued on a new page repeats its header row");
}

// A long report is laid out in parts on two threads (ReportPages::kPartChars). Cut into many small
// parts, the bundled report must paginate exactly as one document, keep every row whole, and print
// the same text.
void TestReportPdf::partsStackExactlyLikeOneDocument()
{
    FakeChart chart;
    const ReportFigure figure = chart.figure(*m_report);
    QPdfWriter oneWriter(path(QStringLiteral("one.pdf")));
    QPdfWriter partsWriter(path(QStringLiteral("parts.pdf")));
    for (QPdfWriter *w : {&oneWriter, &partsWriter})
        w->setPageLayout(ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)));
    const ReportPages one(*m_report, oneWriter, figure);
    const ReportPages parts(*m_report, partsWriter, figure, 3000);
    QCOMPARE(one.partCount(), 1);
    QVERIFY2(parts.partCount() >= 2, qPrintable(QString::number(parts.partCount())));

    QVERIFY(qAbs(parts.height() - one.height()) < 0.5);
    QCOMPARE(parts.pageCount(), one.pageCount());
    for (int i = 0; i < one.pageCount(); ++i) {
        const ReportPageSlice &a = one.slices()[i];
        const ReportPageSlice &b = parts.slices()[i];
        QVERIFY2(qAbs(a.top - b.top) < 0.5 && qAbs(a.bottom - b.bottom) < 0.5 && qAbs(a.headerTop - b.headerTop) < 0.5
                     && qAbs(a.headerBottom - b.headerBottom) < 0.5,
                 qPrintable(QStringLiteral("page %1 differs").arg(i + 1)));
    }
    int rowCount = 0;
    for (int p = 0; p < parts.partCount(); ++p) {
        QVERIFY(qAbs(parts.partTop(p) + parts.part(p).size().height() - (p + 1 < parts.partCount() ? parts.partTop(p + 1) : parts.height())) < 0.01);
        for (const RowExtent &row : tableRows(parts.part(p))) {
            const qreal top = row.top + parts.partTop(p);
            const qreal bottom = row.bottom + parts.partTop(p);
            bool whole = false;
            for (const ReportPageSlice &s : parts.slices())
                whole = whole || (top >= s.top - 0.5 && bottom <= s.bottom + 0.5);
            QVERIFY2(whole, qPrintable(QStringLiteral("row \"%1\" is split").arg(row.text)));
            ++rowCount;
        }
    }
    QCOMPARE(rowCount, tableRows(one.document()).size());

    for (auto [pages, writer] : {std::pair{&one, &oneWriter}, std::pair{&parts, &partsWriter}}) {
        QPainter painter(writer);
        for (int i = 0; i < pages->pageCount(); ++i) {
            if (i > 0)
                writer->newPage();
            pages->paintPage(painter, i);
        }
    }
    const QString oneText = test::pdfText(path(QStringLiteral("one.pdf")));
    QVERIFY(oneText.contains(QStringLiteral("S/RES/2397 (2017)")));
    QCOMPARE(test::pdfText(path(QStringLiteral("parts.pdf"))), oneText);
}

// A long report's PDF is painted by two threads, each with a writer of its own, and joined
// (ReportPdf). Cut into small parts, the bundled report must come out as one writer prints it: the
// same pages with the same text, the document's title, one name per embedded font subset, and a
// file poppler reads without a complaint.
void TestReportPdf::twoThreadsPrintWhatOneWriterPrints()
{
    FakeChart chart;
    const ReportFigure figure = chart.figure(*m_report);
    const QPageLayout a4 = ReportPages::defaultPageLayout(QPageSize(QPageSize::A4));
    const QString onePath = path(QStringLiteral("one-writer.pdf"));
    int onePages = 0;
    {
        QPdfWriter writer(onePath);
        writer.setPageLayout(a4);
        onePages = paintReport(*m_report, writer, [&](const ReportContent &, const QSize &) { return figure; }).value();
    }
    QFile one(onePath);
    QVERIFY(one.open(QIODevice::ReadOnly));
    const QStringList oneFonts = test::pdfSubsetFontNames(one.readAll());
    QVERIFY(!oneFonts.isEmpty());
    // How many parts the report has when cut small.
    QByteArray unused;
    QBuffer buffer(&unused);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter measuring(&buffer);
    measuring.setPageLayout(a4);
    const qsizetype smallParts = ReportPages::source(*m_report, measuring, figure, 3000)->parts.size();
    QVERIFY2(smallParts >= 2, qPrintable(QString::number(smallParts)));

    struct Case {
        ReportPdfSplit split;
        bool twoWriters; // whether the second thread surely has pages of its own
    };
    const QList<Case> cases{
        {{3000, 1}, true},                      // the second thread has all but the first part
        {{3000, smallParts - 1}, false},        // the last part may start on the last page
        {{3000, 0}, true},                      // all on the second thread: the first still paints page 1
        {{3000, -1}, false},                    // where they meet: depends on the machine
        {{ReportPages::kPartChars, -1}, false}, // one part: one writer
    };
    for (const Case &c : cases) {
        const QString label = QStringLiteral("parts of %1 characters, second from %2").arg(c.split.partChars).arg(c.split.secondFrom);
        const int drawnBefore = chart.drawn;
        auto two = paintReportPdf(*m_report, a4, figure, c.split);
        CHECK_OK(two);
        // The second thread from the second part on: this thread lays the first part out again at most
        // for the page that runs into the second; the other repeats the rounds table's header (which is
        // in the first part) from a document of that header alone, not by laying the part out again.
        if (c.split.secondFrom == 1)
            QVERIFY2(two.value().partsLaidOutAgain <= 1, qPrintable(QString::number(two.value().partsLaidOutAgain)));
        // The chart is drawn once, by this (the GUI) thread, whichever thread has its page's neighbours.
        QVERIFY2(chart.drawn == drawnBefore + 1, qPrintable(label));
        const QString twoPath = path(QStringLiteral("two-threads.pdf"));
        QFile file(twoPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(two.value().bytes) == two.value().bytes.size());
        file.close();
        QCOMPARE(two.value().pages, onePages);
        QCOMPARE(test::pdfComplaints(twoPath), QString());
        QCOMPARE(test::pdfInfo(twoPath, QStringLiteral("Pages")).toInt(), onePages);
        QCOMPARE(test::pdfPageObjects(twoPath), onePages);
        QCOMPARE(test::pdfInfo(twoPath, QStringLiteral("Title")), reportTitle(*m_report));
        // Page by page: pdftotext ends each page with a form feed.
        QVERIFY2(test::pdfText(twoPath) == test::pdfText(onePath), qPrintable(label));
        const QStringList fonts = test::pdfSubsetFontNames(two.value().bytes);
        QCOMPARE(QSet<QString>(fonts.begin(), fonts.end()).size(), fonts.size());
        // Painted by two writers, the file embeds each one's fonts; in one part, one writer's.
        if (c.twoWriters)
            QVERIFY2(fonts.size() > oneFonts.size(), qPrintable(label + QLatin1Char(' ') + fonts.join(QLatin1Char(' '))));
        if (c.split.partChars == ReportPages::kPartChars)
            QCOMPARE(fonts.size(), oneFonts.size());
    }
}

void TestReportPdf::chartIsDrawnAsVectorsAtItsPrintSize()
{
    FakeChart chart;
    const QString file = path(QStringLiteral("chart.pdf"));
    {
        QPdfWriter writer(file);
        writer.setPageLayout(ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)));
        QVERIFY(paintReport(*m_report, writer, chart.renderer()).ok());
        QCOMPARE(chart.size, QSize(640, 330));
        QCOMPARE(chart.drawn, 1);
        // Into the page itself, not into an image placed on it.
        QCOMPARE(chart.device, &writer);
        // At the size it prints at: 640 x 330 CSS pixels (1/96 inch) at the writer's resolution, within
        // the A4 text column.
        QVERIFY2(qAbs(chart.target.width() - 640.0 / 96.0 * writer.logicalDpiX()) < 1, qPrintable(QString::number(chart.target.width())));
        QVERIFY2(qAbs(chart.target.height() - 330.0 / 96.0 * writer.logicalDpiY()) < 1, qPrintable(QString::number(chart.target.height())));
        const ReportPages pages(*m_report, writer, chart.figure(*m_report));
        QVERIFY(chart.target.width() <= pages.bodyRect().width());
        QCOMPARE(pages.lastFigurePage(), 0);
    }
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdfImageObjects(pdf.readAll()), 0);

    // Without the chart section no chart is made or drawn at all.
    ReportContent noChart = *m_report;
    noChart.sections &= ~ReportSections(ReportSection::Chart);
    FakeChart unused;
    QPdfWriter writer(path(QStringLiteral("no-chart.pdf")));
    QVERIFY(paintReport(noChart, writer, unused.renderer()).ok());
    QVERIFY(unused.size.isEmpty());
    QCOMPARE(unused.drawn, 0);
    const ReportPages pages(noChart, writer, ReportFigure{});
    QCOMPARE(pages.lastFigurePage(), -1);
}

// The real timeline on paper: its labels (resolution numbers, lanes, years, lags) are text in the PDF that
// can be searched, at the size they have on the chart (8 points, under 12 on the page), not scaled up by
// the writer's 1200 dpi as QPainter::drawText sized them at first (a label then filled its whole box).
void TestReportPdf::timelineLabelsPrintAsTextAtTheirSize()
{
    const QString file = path(QStringLiteral("real-chart.pdf"));
    QVERIFY(writeReportPdf(*m_report, file, ReportPages::defaultPageLayout(QPageSize(QPageSize::A4))).ok());
    const QList<test::PdfWord> words = test::pdfWords(file, 1);
    QVERIFY(!words.isEmpty());
    QStringList seen;
    for (const test::PdfWord &w : words) {
        if (w.text == QLatin1String("1718") || w.text == QLatin1String("2397") || w.text == QLatin1String("Rounds")
            || w.text == QLatin1String("2017")) {
            seen << w.text;
            QVERIFY2(w.box.height() > 5 && w.box.height() < 12,
                     qPrintable(QStringLiteral("\"%1\" is %2 points high").arg(w.text).arg(w.box.height())));
        }
    }
    seen.removeDuplicates();
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("1718"), QStringLiteral("2017"), QStringLiteral("2397"), QStringLiteral("Rounds")}));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdfImageObjects(pdf.readAll()), 0);
}

// A figure taller than a page runs over two; drawn slowly, it leaves the second thread time to take
// every other page from the end. The pages that show it must still be this (the GUI) thread's: the other
// cannot draw a chart, and a page it painted would lack its part of the figure.
void TestReportPdf::pagesShowingTheChartAreTheGuiThreads()
{
    const QPageLayout a4 = ReportPages::defaultPageLayout(QPageSize(QPageSize::A4));
    FakeChart chart;
    chart.printSize = QSize(640, 1400);
    const ReportFigure figure = chart.figure(*m_report);
    {
        QPdfWriter writer(path(QStringLiteral("tall-chart.pdf")));
        writer.setPageLayout(a4);
        const ReportPages pages(*m_report, writer, figure, 3000);
        QVERIFY2(pages.lastFigurePage() >= 1, qPrintable(QString::number(pages.lastFigurePage())));
        QVERIFY(pages.lastFigurePage() + 1 < pages.pageCount());
        QCOMPARE(pages.paint(0, pages.pageCount()).value(), pages.pageCount());
    }
    const int oneWriter = chart.drawn; // once per page that shows a piece of it
    QVERIFY2(oneWriter >= 2, qPrintable(QString::number(oneWriter)));
    chart.drawn = 0;
    chart.slowness = 250;
    auto two = paintReportPdf(*m_report, a4, figure, {3000, -1});
    CHECK_OK(two);
    QCOMPARE(chart.drawn, oneWriter);
}

void TestReportPdf::htmlExportIsSelfContained()
{
    FakeChart chart;
    const QString html = path(QStringLiteral("report.html"));
    QVERIFY(writeReportHtml(*m_report, html, chart.renderer()).ok());
    const QString text = QString::fromUtf8(test::readAll(html));
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(QStringLiteral("<style>")));
    QVERIFY(text.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(!text.contains(QStringLiteral("st-report:")));
    const qsizetype start = text.indexOf(QStringLiteral("base64,")) + 7;
    const QByteArray png = QByteArray::fromBase64(text.mid(start, text.indexOf(QLatin1Char('"'), start) - start).toLatin1());
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "PNG"));
    QCOMPARE(decoded.width(), qRound(640 * 300 / 96.0));
}

void TestReportPdf::inlineStylesLookLikeTheStyleSheet_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("PRK") << QStringLiteral("PRK"); // rounds, vetoed drafts, acts, caps, designations
    QTest::newRow("IRN") << QStringLiteral("IRN"); // contested measures (the snapback)
}

// The print path lays out the report's HTML styled element by element (ReportStyle), the HTML file
// carries a style sheet: the same report must look the same both ways, pixel for pixel, at the same
// width, in every section (stamp, headings, legends, muted and red text, references, the checksum's
// font, source links, numeric columns).
void TestReportPdf::inlineStylesLookLikeTheStyleSheet()
{
    QFETCH(QString, state);
    const ReportContent report = bundledReport(*m_db, state);
    ReportHtmlOptions sheet;
    sheet.bodyFonts = {sheet.bodyFonts.first()}; // as the print path narrows them to the installed one
    sheet.monoFonts = {sheet.monoFonts.first()};
    ReportHtmlOptions inlined = sheet;
    inlined.styleSheet = false;
    const QString sheetHtml = renderReportHtml(report, sheet);
    const QString inlineHtml = renderReportHtml(report, inlined);
    QVERIFY(sheetHtml.contains(QStringLiteral("<style>")) && sheetHtml.contains(QStringLiteral("class=\"muted\"")));
    QVERIFY(!inlineHtml.contains(QStringLiteral("<style>")) && inlineHtml.contains(QStringLiteral("<font color=\"#4f5b66\">")));

    // The style sheet's document as the print path made it before: the default font's strategy only.
    QTextDocument bySheet;
    bySheet.setDocumentMargin(0);
    QFont base = bySheet.defaultFont();
    base.setStyleStrategy(QFont::PreferNoShaping);
    bySheet.setDefaultFont(base);
    bySheet.setHtml(sheetHtml);
    const std::unique_ptr<QTextDocument> byElement = parseReportHtml(inlineHtml);
    QCOMPARE(byElement->toPlainText(), bySheet.toPlainText());
    for (QTextDocument *d : {&bySheet, byElement.get()})
        d->setTextWidth(700);
    QCOMPARE(byElement->size(), bySheet.size());

    // Painted as ReportPages paints a band (the body's colour comes from the palette), a band at a time.
    const auto band = [](QTextDocument &d, int top) {
        QImage image(700, 1200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top, 700, 1200);
        context.palette.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
        d.documentLayout()->draw(&painter, context);
        return image;
    };
    for (int top = 0; top < int(bySheet.size().height()); top += 1200) {
        const QImage expected = band(bySheet, top);
        const QImage actual = band(*byElement, top);
        if (actual != expected) {
            expected.save(path(QStringLiteral("sheet-%1.png").arg(top)));
            actual.save(path(QStringLiteral("inline-%1.png").arg(top)));
            QFAIL(qPrintable(QStringLiteral("%1: the band from y = %2 differs (sheet-%2.png, inline-%2.png in %3)")
                                 .arg(state).arg(top).arg(m_dir.path())));
        }
    }
}

void TestReportPdf::paginationKeepsHeadingsAndHonoursForcedBreaks()
{
    // Breaks every 10 units; 40 is forced; from 110 on the rows of a table whose header [100, 110) is the
    // second table with a header of part 1.
    QList<ReportBreak> breaks;
    for (int y = 10; y < 200; y += 10) {
        const bool inTable = y > 110; // breaks between its rows: not before the first
        breaks.append({qreal(y), y == 40, inTable ? 100.0 : 0.0, inTable ? 110.0 : 0.0,
                       inTable ? ReportHeaderRef{1, 1} : ReportHeaderRef{}});
    }
    const QList<ReportPageSlice> pages = paginateReport(breaks, 200, 75);
    QCOMPARE(pages[0].top, 0.0);
    QCOMPARE(pages[0].bottom, 40.0); // forced, though 70 would fit
    QCOMPARE(pages[1].bottom, 110.0);
    QCOMPARE(pages[2].top, 110.0);
    QCOMPARE(pages.last().bottom, 200.0);
    // The page after a cut inside the table repeats its header, and says which table's it is.
    QCOMPARE(pages[2].header.part, -1); // cut at 110, before the first row: nothing to repeat
    QCOMPARE(pages.last().headerTop, 100.0);
    QCOMPARE(pages.last().header.part, 1);
    QCOMPARE(pages.last().header.table, 1);

    // No break at all: an element taller than a page is cut where the page ends, nothing is lost.
    const QList<ReportPageSlice> tall = paginateReport({}, 250, 100);
    QCOMPARE(tall.size(), 3);
    QCOMPARE(tall[2].bottom, 250.0);

    // A heading is never the last thing on a page.
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p>one</p><h2>Heading</h2><p>after</p>"));
    doc.setTextWidth(400);
    const QList<ReportBreak> found = reportBreaks(doc);
    const qreal headingTop = doc.documentLayout()->blockBoundingRect(doc.firstBlock().next()).top();
    const qreal afterTop = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).top();
    bool beforeHeading = false, afterHeading = false;
    for (const ReportBreak &b : found) {
        beforeHeading = beforeHeading || qAbs(b.y - headingTop) < 0.5;
        afterHeading = afterHeading || qAbs(b.y - afterTop) < 0.5;
    }
    QVERIFY(beforeHeading);
    QVERIFY(!afterHeading);
}

void TestReportPdf::unwritablePathLeavesNoFile()
{
    FakeChart chart;
    auto pages = writeReportPdf(*m_report, QStringLiteral("/nonexistent-dir-st/r.pdf"),
                                ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)), chart.renderer());
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().code, Error::Code::Io);
    QVERIFY2(pages.error().message.contains(QStringLiteral("Cannot write /nonexistent-dir-st/r.pdf")),
             qPrintable(pages.error().message));
    QVERIFY(!writeReportHtml(*m_report, QStringLiteral("/nonexistent-dir-st/r.html"), chart.renderer()).ok());
}

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
