#include "reports/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <tuple>
#include <utility>
#include <limits>

namespace st {

namespace {

constexpr qreal kEpsilon = 0.5;
constexpr int kLegendLines = 3;

// The layout scales CSS pixels (paddings, borders) from 96 dpi to its paint device.
qreal pixelScaleOf(const QAbstractTextDocumentLayout *layout)
{
    const QPaintDevice *device = layout->paintDevice();
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

// The top of row `row`'s cells: the highest content top less that cell's padding and border.
qreal rowTop(const QAbstractTextDocumentLayout *layout, qreal pixelScale, QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (!cell.isValid() || cell.row() != row || cell.column() != c)
            continue;
        // The cell's first block, found without a QTextCursor: making one also computes its x
        // from the layout, which was a quarter of the time spent finding the breaks.
        const QRectF content = layout->blockBoundingRect(table->document()->findBlock(cell.firstPosition()));
        if (!content.isValid())
            continue;
        const QTextTableCellFormat f = cell.format().toTableCellFormat();
        top = std::min(top, content.top() - (f.topPadding() + f.topBorder()) * pixelScale);
    }
    return top;
}

// A table's header rows in the stack, and which table they are.
struct Header {
    qreal top = 0;
    qreal bottom = 0;
    ReportHeaderRef ref;
    [[nodiscard]] bool isEmpty() const { return bottom <= top; }
};

// Collects the breaks of one document, or of several stacked one below the other (the parts of a long
// report): what it knows of the element before (a heading, a table and its header) carries over
// from one document to the next.
class BreakCollector {
public:
    // Adds the breaks of `doc`, whose top is at `offset` in the stack.
    void collect(QTextDocument &doc, qreal offset)
    {
        m_layout = doc.documentLayout();
        m_offset = offset;
        m_pixelScale = pixelScaleOf(m_layout);
        ++m_part;
        m_headerTables = 0;
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    addTable(table);
                else
                    add(stacked(m_layout->frameBoundingRect(frame).top()),
                        frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
                continue;
            }
            addBlock(it.currentBlock());
        }
    }

    QList<ReportBreak> breaks() const { return m_breaks; }

private:
    // The first break of the element after a heading is dropped, so a heading never ends a page.
    // `y` and the header are in the coordinates of the stack (see stacked()).
    void add(qreal y, bool forced, const Header &header = {})
    {
        const bool keepWithHeading = m_afterHeading;
        m_afterHeading = false;
        m_afterTable = false;
        if (keepWithHeading && !forced)
            return;
        m_breaks.append({y, forced, header.top, header.bottom, header.ref});
    }

    void addBlock(const QTextBlock &block)
    {
        const QTextLayout *text = block.layout();
        const QRectF rect = m_layout->blockBoundingRect(block);
        // Empty blocks (QTextDocument puts one after every table, ReportHtml one between the blocks
        // of a long table) neither break nor separate.
        if (!text || !rect.isValid() || text->lineCount() == 0 || block.text().isEmpty())
            return;
        m_continuedHeader = {};
        const bool forced = block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const bool heading = block.blockFormat().headingLevel() > 0;
        // A short paragraph right after a table is its legend: it stays whole, with the last row.
        if (m_afterTable && !heading && !forced && text->lineCount() <= kLegendLines) {
            m_afterHeading = false;
            m_afterTable = false;
            return;
        }
        for (int i = 0; i < text->lineCount(); ++i)
            add(stacked(rect.top() + text->lineAt(i).y()), forced && i == 0);
        if (heading)
            m_afterHeading = true;
    }

    // A y of the current document in the coordinates of the stack.
    [[nodiscard]] qreal stacked(qreal y) const { return y + m_offset; }

    void addTable(QTextTable *table)
    {
        const int rows = table->rows();
        const int headerRows = std::min(table->format().headerRowCount(), rows);
        QList<qreal> tops;
        tops.reserve(rows);
        for (int r = 0; r < rows; ++r)
            tops.append(rowTop(m_layout, m_pixelScale, table, r));
        if (tops.isEmpty())
            return;
        const bool forced = table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        Header header{stacked(tops.first()), stacked(tops.first()), {}};
        if (table->format().headerRowCount() > 0)
            header.ref = {m_part, m_headerTables++};
        if (headerRows > 0 && headerRows < rows)
            header.bottom = stacked(tops[headerRows]);
        const bool continues = headerRows == 0 && !m_continuedHeader.isEmpty();
        if (continues) {
            // A block of a long table (see ReportHtml): the previous block's header is its header.
            header = m_continuedHeader;
            add(stacked(tops.first()), forced, header);
        } else {
            add(stacked(tops.first()), forced);
        }
        // Between rows only; the first row stays with the header.
        for (int r = continues ? 1 : std::max(1, headerRows + 1); r < rows; ++r) {
            if (tops[r] < std::numeric_limits<qreal>::max())
                m_breaks.append({stacked(tops[r]), false, header.top, header.bottom, header.ref});
        }
        m_afterTable = true;
        m_continuedHeader = header;
    }

    QAbstractTextDocumentLayout *m_layout = nullptr;
    qreal m_offset = 0;
    qreal m_pixelScale = 1;
    bool m_afterHeading = false;
    bool m_afterTable = false;
    int m_part = -1;        // the document of the stack being collected
    int m_headerTables = 0; // tables with header rows so far in that document
    Header m_continuedHeader; // the header rows of the table just before, if any
    QList<ReportBreak> m_breaks;
};

} // namespace

QList<ReportBreak> reportBreaks(QTextDocument &document)
{
    return reportBreaks(QList<QTextDocument *>{&document});
}

QList<ReportBreak> reportBreaks(const QList<QTextDocument *> &stack)
{
    BreakCollector collector;
    qreal offset = 0;
    for (QTextDocument *document : stack) {
        collector.collect(*document, offset);
        offset += document->size().height();
    }
    QList<ReportBreak> breaks = collector.breaks();
    std::stable_sort(breaks.begin(), breaks.end(), [](const ReportBreak &a, const ReportBreak &b) { return a.y < b.y; });
    return breaks;
}

qreal firstTableRowTop(QTextDocument &document)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && table->rows() > 0)
            return rowTop(layout, pixelScaleOf(layout), table, 0);
    }
    return 0;
}

QList<ReportPageSlice> paginateReport(const QList<ReportBreak> &breaks, qreal documentHeight, qreal pageHeight)
{
    QList<ReportPageSlice> pages;
    if (pageHeight <= 0)
        return pages;
    qreal top = 0;
    qreal headerTop = 0;
    qreal headerBottom = 0;
    ReportHeaderRef header;
    qsizetype next = 0;
    for (;;) {
        if (headerBottom - headerTop >= pageHeight / 2)
            headerTop = headerBottom = 0; // a header that tall would leave no room: do not repeat it
        if (headerBottom <= headerTop)
            header = {};
        const qreal limit = top + pageHeight - (headerBottom - headerTop);
        while (next < breaks.size() && breaks[next].y <= top + kEpsilon)
            ++next;
        const ReportBreak *cut = nullptr;
        for (qsizetype i = next; i < breaks.size() && breaks[i].y <= limit; ++i) {
            if (breaks[i].y >= documentHeight - kEpsilon)
                break;
            cut = &breaks[i];
            if (cut->forced)
                break;
        }
        if (documentHeight <= limit + kEpsilon && !(cut && cut->forced)) {
            pages.append({top, std::max(documentHeight, top), headerTop, headerBottom, header});
            return pages;
        }
        const qreal bottom = cut ? cut->y : limit;
        pages.append({top, bottom, headerTop, headerBottom, header});
        top = bottom;
        if (cut) {
            headerTop = cut->headerTop;
            headerBottom = cut->headerBottom;
            header = cut->header;
        } // a forced cut through an element taller than a page keeps the header it had
    }
}

} // namespace st
