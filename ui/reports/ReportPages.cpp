#include "reports/ReportPages.h"

#include "domain/Wording.h"
#include "reports/ReportHtml.h"
#include "reports/ReportOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportPages) };

constexpr qreal kHeaderMm = 10;
constexpr qreal kFooterMm = 10;
const QColor kRuleColour(0x8f, 0xa3, 0xb8);
const QColor kMarginTextColour(0x4f, 0x5b, 0x66);

QFont marginFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(7);
    return f;
}

// The first of `families` this machine has, alone: the family Qt would choose from the whole list,
// without looking up the others again for every run of text. All of them when it has none, so that
// the generic names at the end decide as before.
QStringList installedFamily(const QStringList &families)
{
    for (const QString &family : families) {
        if (QFontDatabase::hasFamily(family))
            return {family};
    }
    return families;
}

} // namespace

const QString ReportPages::kChartResource = QStringLiteral("st-report:timeline-chart");

QPageLayout ReportPages::defaultPageLayout(const QPageSize &size)
{
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
}

namespace {

// The page's printable rectangle and, inside it, the body between header and footer.
QRectF pageRectOf(const QPagedPaintDevice &device) { return QRectF(0, 0, device.width(), device.height()); }
QRectF bodyRectOf(const QPagedPaintDevice &device)
{
    const qreal mm = device.logicalDpiY() / 25.4;
    return pageRectOf(device).adjusted(0, kHeaderMm * mm, 0, -kFooterMm * mm);
}

} // namespace

std::shared_ptr<const ReportPages::Source> ReportPages::source(const ReportContent &content,
                                                               const QPagedPaintDevice &device, const ReportFigure &chart,
                                                               qsizetype partChars)
{
    ReportHtmlOptions html;
    html.styleSheet = false; // see ReportStyle: each element styled in its own tag parses faster
    html.bodyFonts = installedFamily(html.bodyFonts);
    html.monoFonts = installedFamily(html.monoFonts);
    if (!chart.isNull()) {
        html.chartSource = kChartResource;
        html.chartSize = chart.size;
        // Sized for A4 and Letter; on narrower paper the chart shrinks to the text column instead of
        // running off the page. Image sizes are CSS pixels, which the layout scales to the device.
        const qreal available = bodyRectOf(device).width() * 96.0 / device.logicalDpiX();
        if (html.chartSize.width() > available)
            html.chartSize = (QSizeF(html.chartSize) * (available / html.chartSize.width())).toSize();
    }
    return std::make_shared<const Source>(Source{splitReportHtml(renderReportHtml(content, html), partChars), chart});
}

ReportPages::ReportPages(const ReportContent &content, QPagedPaintDevice &device, std::shared_ptr<const Source> source)
    : m_content(content)
    , m_device(device)
    , m_source(std::move(source))
    , m_parts(size_t(m_source->parts.size()))
{
    m_mm = device.logicalDpiY() / 25.4;
    m_page = pageRectOf(device);
    m_body = bodyRectOf(device);
    prepareMargins();
}

ReportPages::ReportPages(const ReportContent &content, QPagedPaintDevice &device, const ReportFigure &chart,
                         qsizetype partChars)
    : ReportPages(content, device, source(content, device, chart, partChars))
{
    layOutParts();
    stack({this});
}

ReportPages::ReportPages(const ReportContent &content, QPagedPaintDevice &device, std::shared_ptr<const Source> source,
                         const std::function<qsizetype()> &claim)
    : ReportPages(content, device, std::move(source))
{
    for (qsizetype i = claim(); i >= 0 && i < partCount(); i = claim())
        static_cast<void>(part(int(i)));
}

void ReportPages::stack(const QList<ReportPages *> &shares)
{
    if (shares.isEmpty())
        return;
    const size_t n = shares.front()->m_parts.size();
    QList<QTextDocument *> documents;
    qreal top = 0;
    for (size_t i = 0; i < n; ++i) {
        QTextDocument *laidOut = nullptr;
        for (const ReportPages *share : shares) {
            if ((laidOut = share->m_parts[i].document.get()))
                break;
        }
        if (!laidOut) // no share laid it out: the first lays it out now
            laidOut = &shares.front()->part(int(i));
        documents << laidOut;
        const qreal height = laidOut->size().height();
        for (ReportPages *share : shares) {
            share->m_parts[i].top = top;
            share->m_parts[i].height = height;
        }
        top += height;
    }
    const QList<ReportPageSlice> slices = paginateReport(reportBreaks(documents), top, shares.front()->m_body.height());
    // The figure is in the report's opening, which is never cut (splitReportHtml cuts long tables only).
    const QRectF figure = documents.isEmpty() ? QRectF() : figureRectIn(*documents.front(), kChartResource);
    int lastFigurePage = -1;
    for (int i = 0; !figure.isNull() && i < slices.size() && slices[i].top < figure.bottom(); ++i)
        lastFigurePage = i;
    for (ReportPages *share : shares) {
        share->m_height = top;
        share->m_slices = slices;
        share->m_lastFigurePage = lastFigurePage;
    }
}

QTextDocument &ReportPages::part(int index) const
{
    Part &p = m_parts[size_t(index)];
    if (!p.document) {
        m_partsLaidOutAgain += m_slices.isEmpty() ? 0 : 1; // once the pages are cut, only painting asks
        p.document = parseReportHtml(m_source->parts[index]);
        layOut(*p.document);
    }
    return *p.document;
}

std::unique_ptr<QTextDocument> parseReportHtml(const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    // Latin text without kerning and ligatures is shaped about twice as fast, which is a sixth of a
    // long report's time; scripts that need shaping to be legible are still shaped.
    QFont base = document->defaultFont();
    base.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(base);
    document->setHtml(html);
    return document;
}

// Lays a parsed part out on this (the painting) thread, measured with the device's own fonts and
// resolution, as QTextDocument::print does.
void ReportPages::layOut(QTextDocument &document) const
{
    // A null page size until the device and width are set: the document's layout, made on first use below,
    // would otherwise start laying the document out at once for the screen, only to start again for the
    // device (2 G of the busiest synthetic report's 42 G instructions).
    document.setPageSize(QSizeF(0, 0));
    // Here and not when parsing: the document's layout is made on first use, and one made on the helper
    // thread would keep timers there.
    if (!m_source->chart.isNull())
        drawFigureIn(document, kChartResource, m_source->chart);
    document.documentLayout()->setPaintDevice(&m_device);
    document.setTextWidth(m_body.width());
    document.size(); // finishes the layout now
}

// Parsing the HTML is half the work of a long report. A helper thread parses parts ahead while this
// thread parses too and lays them out in order, each as soon as it is parsed. A part parsed on the
// helper moves to this thread (QTextDocument is a QObject) before it is handed over.
void ReportPages::layOutParts()
{
    const qsizetype n = partCount();
    std::atomic<qsizetype> nextToParse{0};
    std::mutex mutex;
    std::condition_variable parsed;
    QThread *const painter = QThread::currentThread();
    // Parses the next unclaimed part, if any; false when none is left.
    auto parseNext = [&] {
        const qsizetype i = nextToParse++;
        if (i >= n)
            return false;
        auto document = parseReportHtml(m_source->parts[i]);
        if (QThread::currentThread() != painter)
            document->moveToThread(painter);
        const std::lock_guard lock(mutex);
        m_parts[size_t(i)].document = std::move(document);
        parsed.notify_all();
        return true;
    };
    std::unique_ptr<QThread> helper;
    if (n > 1) {
        helper.reset(QThread::create([&] {
            while (parseNext()) {
            }
        }));
        helper->start();
    }
    for (qsizetype i = 0; i < n; ++i) {
        Part &part = m_parts[size_t(i)];
        for (;;) {
            {
                const std::lock_guard lock(mutex);
                if (part.document)
                    break;
            }
            if (!parseNext()) { // all claimed: part i is on the helper
                std::unique_lock lock(mutex);
                parsed.wait(lock, [&] { return part.document != nullptr; });
                break;
            }
        }
        layOut(*part.document);
    }
    if (helper)
        helper->wait();
}

ReportPages::~ReportPages() = default;

Result<int> ReportPages::paint(int first, int end) const
{
    int next = std::max(first, 0);
    return paint([&] { return next < std::min(end, pageCount()) ? next++ : -1; });
}

Result<int> ReportPages::paint(const std::function<int()> &next) const
{
    QPainter painter;
    const QPageRanges ranges = m_device.pageRanges();
    int painted = 0;
    for (int i = next(); i >= 0 && i < pageCount(); i = next()) {
        if (!ranges.isEmpty() && !ranges.contains(i + 1))
            continue;
        if (painted == 0) {
            if (!painter.begin(&m_device))
                return Error{Error::Code::Io, Tr::tr("The printer or file did not accept the report.")};
            // Lossless: Qt's PDF engine would otherwise store the chart as JPEG, blurring its lines and text.
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform
                                   | QPainter::LosslessImageRendering);
        } else if (!m_device.newPage()) {
            painter.end();
            return Error{Error::Code::Io, Tr::tr("The printer or file refused page %1 of the report.").arg(i + 1)};
        }
        paintPage(painter, i);
        ++painted;
    }
    if (painted > 0 && !painter.end())
        return Error{Error::Code::Io, Tr::tr("The report could not be finished.")};
    return painted;
}

void ReportPages::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_slices.size())
        return;
    const ReportPageSlice &slice = m_slices[index];
    paintHeaderAndFooter(painter, index);
    qreal y = m_body.top();
    if (slice.headerHeight() > 0) {
        paintTableHeader(painter, slice, y);
        y += slice.headerHeight();
    }
    paintBand(painter, slice.top, slice.bottom, y);
}

// The header rows a page repeats, with their top at `at`. From the part that holds them when this share
// laid it out (always, with one share); else from a document of the header alone: the rounds table
// starts in the first part, and a share painting from the end laid the whole of it out again for a
// header row on each of its pages.
void ReportPages::paintTableHeader(QPainter &painter, const ReportPageSlice &slice, qreal at) const
{
    const ReportHeaderRef &h = slice.header;
    const bool laidOutHere = h.part >= 0 && h.part < partCount() && m_parts[size_t(h.part)].document;
    if (!laidOutHere && h.part >= 0 && h.part < partCount()) {
        if (QTextDocument *header = headerDocument(h)) {
            const qreal top = firstTableRowTop(*header);
            paintPartBand(painter, *header, top, top + slice.headerHeight(), at);
            return;
        }
    }
    paintBand(painter, slice.headerTop, slice.headerBottom, at);
}

// The `table`-th table with a <thead> of the part's HTML, reduced to its header rows, laid out for this
// device: the same style sheet, width and column widths (ReportHtml gives them in percent), so its rows
// are as high as in the part. Null when the HTML has no such table.
QTextDocument *ReportPages::headerDocument(const ReportHeaderRef &header) const
{
    std::unique_ptr<QTextDocument> &document = m_headers[{header.part, header.table}];
    if (document)
        return document.get();
    const QString &html = m_source->parts[header.part];
    const qsizetype bodyAt = reportBodyStart(html);
    qsizetype thead = -1;
    for (int i = 0; i <= header.table; ++i) {
        thead = html.indexOf(QStringLiteral("<thead>"), thead + 1);
        if (thead < 0)
            return nullptr;
    }
    const qsizetype tableAt = html.lastIndexOf(QStringLiteral("<table"), thead);
    const QString end = QStringLiteral("</thead>");
    const qsizetype endAt = html.indexOf(end, thead);
    if (bodyAt < 0 || tableAt < bodyAt || endAt < 0)
        return nullptr;
    document = parseReportHtml(html.left(bodyAt) + html.mid(tableAt, endAt + end.size() - tableAt)
                     + QStringLiteral("</table>\n</body>\n</html>\n"));
    layOut(*document);
    return document.get();
}

// Paints the band [from, to) of the stacked parts with its top at `at`.
void ReportPages::paintBand(QPainter &painter, qreal from, qreal to, qreal at) const
{
    for (int i = 0; i < partCount(); ++i) {
        const Part &p = m_parts[size_t(i)];
        const qreal bottom = p.top + p.height;
        if (bottom <= from || p.top >= to)
            continue;
        const qreal partFrom = std::max(from, p.top);
        paintPartBand(painter, part(i), partFrom - p.top, std::min(to, bottom) - p.top, at + (partFrom - from));
    }
}

// Paints the band [from, to) of one part, in its own coordinates, with its top at `at`. The painter
// clip lets a table's rule on the cut show; the layout's clip (a hair inside the band) keeps lines of
// the neighbouring pages out of the PDF's text.
void ReportPages::paintPartBand(QPainter &painter, QTextDocument &laidOut, qreal from, qreal to, qreal at) const
{
    const qreal hair = 0.2 * m_mm;
    painter.save();
    painter.translate(m_body.left(), at - from);
    const QRectF band(0, from, m_body.width(), to - from);
    painter.setClipRect(band.adjusted(-hair, 0, hair, hair));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = band.adjusted(0, 0.01 * m_mm, 0, -0.01 * m_mm);
    context.palette.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
    laidOut.documentLayout()->draw(&painter, context);
    painter.restore();
}

void ReportPages::prepareMargins()
{
    Margins &m = m_margins;
    m.font = QFont(marginFont(), &m_device);
    const QFontMetricsF metrics(m.font, &m_device);
    m.ascent = metrics.ascent();
    m.descent = metrics.descent();
    m.period = reportPeriod(m_content);
    m.periodWidth = metrics.horizontalAdvance(m.period);
    m.title = metrics.elidedText(reportTitle(m_content), Qt::ElideRight, m_page.width() - m.periodWidth - 6 * m_mm);
    m.stamp = Tr::tr("Sanctions Tracker · generated %1 · data SHA-256 %2…")
                  .arg(reportformat::date(m_content.stamp.generatedAt.date())
                           + m_content.stamp.generatedAt.toString(QStringLiteral(" HH:mm 'UTC'")),
                       m_content.stamp.checksum.left(16));
}

void ReportPages::paintHeaderAndFooter(QPainter &painter, int index) const
{
    const Margins &m = m_margins;
    painter.save();
    painter.setFont(m.font);
    painter.setPen(QPen(kRuleColour, 0.5 / 72.0 * m_device.logicalDpiY()));

    // Header: title on the left, period on the right, a rule under both.
    const qreal headerRule = m_body.top() - 3 * m_mm;
    painter.drawLine(QPointF(m_page.left(), headerRule), QPointF(m_page.right(), headerRule));
    const qreal headerBaseline = headerRule - 1.5 * m_mm - m.descent;
    painter.setPen(kMarginTextColour);
    painter.drawText(QPointF(m_page.left(), headerBaseline), m.title);
    painter.drawText(QPointF(m_page.right() - m.periodWidth, headerBaseline), m.period);

    // Footer: a rule, the data stamp on the left, the page number on the right.
    const qreal footerRule = m_body.bottom() + 3 * m_mm;
    painter.setPen(QPen(kRuleColour, 0.5 / 72.0 * m_device.logicalDpiY()));
    painter.drawLine(QPointF(m_page.left(), footerRule), QPointF(m_page.right(), footerRule));
    painter.setPen(kMarginTextColour);
    const qreal footerBaseline = footerRule + 1.5 * m_mm + m.ascent;
    const QString page = Tr::tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const QFontMetricsF metrics(m.font, &m_device);
    const qreal pageWidth = metrics.horizontalAdvance(page);
    painter.drawText(QPointF(m_page.left(), footerBaseline),
                     metrics.elidedText(m.stamp, Qt::ElideRight, m_page.width() - pageWidth - 6 * m_mm));
    painter.drawText(QPointF(m_page.right() - pageWidth, footerBaseline), page);
    painter.restore();
}

} // namespace st
