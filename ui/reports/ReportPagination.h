#pragma once

#include <QList>

class QTextDocument;

namespace st {

// Which table's header rows a page repeats: the `table`-th table with header rows (<thead>) in document
// `part` of the stack; -1 when unknown. A thread that did not lay that part out paints the header from a
// document of that header alone (ReportPages) rather than laying the whole part out again.
struct ReportHeaderRef {
    int part = -1;
    int table = -1;
};

// One printed page of a document laid out as one long column: the band [top, bottom) in document
// coordinates. When the page continues a table, [headerTop, headerBottom) is that table's header
// rows, painted again above the band.
struct ReportPageSlice {
    qreal top = 0;
    qreal bottom = 0;
    qreal headerTop = 0;
    qreal headerBottom = 0;
    ReportHeaderRef header;
    [[nodiscard]] qreal headerHeight() const { return headerBottom - headerTop; }
    [[nodiscard]] qreal height() const { return bottom - top + headerHeight(); }
};

// A place where a page may end, in document coordinates.
struct ReportBreak {
    qreal y = 0;
    bool forced = false;      // a page-break-before: the page must end here
    qreal headerTop = 0;      // the header rows to repeat when the page ends inside a table
    qreal headerBottom = 0;
    ReportHeaderRef header;
};

// Where `document` (laid out without a page height) may be cut: between the lines of a paragraph,
// between table rows (never inside one, and never between a header and the first row), never right
// after a heading.
QList<ReportBreak> reportBreaks(QTextDocument &document);
// The same for documents stacked in order, each laid out at the same width: the breaks are in the
// coordinates of the stack (the first document's top is 0, the next starts where it ends).
QList<ReportBreak> reportBreaks(const QList<QTextDocument *> &stack);

// The top of the first row of the first table in the laid-out `document`, as the breaks measure rows:
// where a header band cut from it starts. 0 when it has no table.
qreal firstTableRowTop(QTextDocument &document);

// Cuts the document into pages of at most `pageHeight`, each as full as the breaks allow. An
// element taller than a page is cut where the page ends: nothing is ever dropped.
QList<ReportPageSlice> paginateReport(const QList<ReportBreak> &breaks, qreal documentHeight, qreal pageHeight);

} // namespace st
