#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"
#include "reports/ReportFigure.h"
#include "reports/ReportPagination.h"

#include <QFont>
#include <QPageLayout>
#include <QRectF>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace st {

// One part of a report's HTML parsed into a document, without layout: no font engine is loaded, so this
// may run on any thread (a text layout holds font engines that belong to the thread that loaded them).
std::unique_ptr<QTextDocument> parseReportHtml(const QString &html);

// A report laid out for one paged device (printer, preview or PDF): the HTML from core in a
// QTextDocument measured with that device's fonts and resolution, cut into pages by
// paginateReport(), and painted page by page with a header and a footer. QTextDocument::print
// cannot add either, so the pages are painted here; every output goes through paintPage().
// A long report is split (splitReportHtml) into parts, parsed on two cores and laid out in order,
// stacked one below the other as if they were one document. A PDF is painted by two of these, one
// per thread and writer, sharing the parts and the pages (see ReportPdf).
class ReportPages {
public:
    // The QTextDocument resource name of the chart image in the HTML.
    static const QString kChartResource;

    // A report longer than twice this many characters of HTML (about 90 pages) is parsed in parts.
    // Besides the speed, parts keep each document small: as one QTextDocument, the busiest synthetic
    // report (950 pages) came out with six near-empty pages from page 852 on, which the same report
    // in parts does not have (the cause inside the single document was not found).
    static constexpr qsizetype kPartChars = 200000;

    // `chart` is the timeline as a figure, drawn as vectors where a page shows it; a null one leaves it out.
    ReportPages(const ReportContent &content, QPagedPaintDevice &device, const ReportFigure &chart,
                qsizetype partChars = kPartChars);

    // A report painted on several devices at once, one thread each (see ReportPdf): every device has the
    // same page layout and resolution, so the report's HTML parts are made once and shared.
    struct Source {
        QStringList parts; // see splitReportHtml, styled inline
        ReportFigure chart;
    };
    static std::shared_ptr<const Source> source(const ReportContent &content, const QPagedPaintDevice &device,
                                                 const ReportFigure &chart, qsizetype partChars = kPartChars);
    // One device's share: lays out here, on the calling thread (the thread that paints it), each part
    // `claim` hands out until it gives -1. Its pages are known once stack() has seen every share; a page
    // that shows a part laid out by another share lays that part out again here when painted (a text
    // layout belongs to the thread that made it).
    ReportPages(const ReportContent &content, QPagedPaintDevice &device, std::shared_ptr<const Source> source,
                const std::function<qsizetype()> &claim);
    // Stacks the parts the shares laid out, each part taken from the first share that has it, and cuts
    // the stack into pages: the same pages for every share. Reads the geometry of documents laid out on
    // other threads (no fonts), so no share may be in use meanwhile.
    static void stack(const QList<ReportPages *> &shares);

    ~ReportPages();
    ReportPages(const ReportPages &) = delete;
    ReportPages &operator=(const ReportPages &) = delete;

    [[nodiscard]] int pageCount() const { return int(m_slices.size()); }
    [[nodiscard]] const QList<ReportPageSlice> &slices() const { return m_slices; }
    // The first part: the whole report unless it is long (see partCount()).
    [[nodiscard]] QTextDocument &document() const { return part(0); }
    [[nodiscard]] int partCount() const { return int(m_parts.size()); }
    // Part `index` laid out for this device (now, if this share had not laid it out yet).
    [[nodiscard]] QTextDocument &part(int index) const;
    // Where part `index` starts in the stack (the coordinates of slices()).
    [[nodiscard]] qreal partTop(int index) const { return m_parts[size_t(index)].top; }
    [[nodiscard]] qreal height() const { return m_height; }
    // Parts this share laid out only to paint a page that shows them (the other share had laid them out):
    // each costs as much as laying out its part of the report, so few is better.
    [[nodiscard]] int partsLaidOutAgain() const { return m_partsLaidOutAgain; }
    // The last page (0-based) that shows the chart, which only the GUI thread can draw; -1 without one.
    [[nodiscard]] int lastFigurePage() const { return m_lastFigurePage; }
    // Where the body goes, in the painter coordinates of the device (origin at the margins).
    [[nodiscard]] QRectF bodyRect() const { return m_body; }

    // Paints page `index` (0-based) onto a painter open on the device this was laid out for.
    void paintPage(QPainter &painter, int index) const;
    // Paints pages [first, end) onto the device, one after the other, skipping those outside the
    // device's page ranges (a print dialog's "pages from ... to"). Gives how many it painted.
    Result<int> paint(int first, int end) const;
    // The same for the pages `next` hands out (0-based) until it gives -1, in that order. The painter
    // begins on the device with the first page painted: a share given none leaves its device as it was.
    Result<int> paint(const std::function<int()> &next) const;

    // The report's page margins on `size`, portrait.
    static QPageLayout defaultPageLayout(const QPageSize &size);

private:
    struct Part {
        std::unique_ptr<QTextDocument> document;
        qreal top = 0;
        qreal height = 0;
    };
    ReportPages(const ReportContent &content, QPagedPaintDevice &device, std::shared_ptr<const Source> source);
    void layOut(QTextDocument &document) const;
    void layOutParts();
    void paintBand(QPainter &painter, qreal from, qreal to, qreal at) const;
    void paintPartBand(QPainter &painter, QTextDocument &laidOut, qreal from, qreal to, qreal at) const;
    void paintHeaderAndFooter(QPainter &painter, int index) const;
    void paintTableHeader(QPainter &painter, const ReportPageSlice &slice, qreal at) const;
    QTextDocument *headerDocument(const ReportHeaderRef &header) const;

    // What every page's header and footer share, resolved once for the device: only the page
    // number changes from page to page.
    struct Margins {
        QFont font;
        qreal ascent = 0;
        qreal descent = 0;
        QString title; // elided to leave room for the period
        QString period;
        qreal periodWidth = 0;
        QString stamp; // before elision, which depends on the page number's width
    };
    void prepareMargins();

    const ReportContent &m_content;
    QPagedPaintDevice &m_device;
    std::shared_ptr<const Source> m_source;
    Margins m_margins;
    // Laid out on construction or, for a share, when first painted: a cache, hence mutable.
    mutable std::vector<Part> m_parts;
    // Table headers repeated on pages of parts another share laid out, each laid out alone, by
    // (part, table); null where the part's HTML did not give the header.
    mutable std::map<std::pair<int, int>, std::unique_ptr<QTextDocument>> m_headers;
    mutable int m_partsLaidOutAgain = 0;
    qreal m_height = 0;
    QRectF m_page;  // the paint rect
    QRectF m_body;
    qreal m_mm = 1; // device pixels per millimetre
    QList<ReportPageSlice> m_slices;
    int m_lastFigurePage = -1;
};

} // namespace st
