#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"
#include "reports/ReportPages.h"

#include <QByteArray>
#include <QPageLayout>

namespace st {

struct ReportPdf {
    QByteArray bytes;
    int pages = 0;
    int partsLaidOutAgain = 0; // by the threads, to paint pages (see ReportPages::partsLaidOutAgain)
};

// How a report is shared by two threads: cut into parts of about `partChars` of HTML, the second thread
// lays out the parts from `secondFrom` on and paints the pages that start in them. By default (-1) the
// threads take parts, then pages, from both ends until they meet, which keeps both busy; a fixed split
// is for tests, which must know the outcome.
struct ReportPdfSplit {
    qsizetype partChars = ReportPages::kPartChars;
    qsizetype secondFrom = -1;
};

// The report as a PDF in memory, on `layout`, with `chart` (null: none). Call on the GUI thread, which
// draws the chart. A long report (more than one
// part, see ReportPages::kPartChars) is made on two threads, each with a PDF writer of its own: they lay
// out the parts, the pages are cut once for both (ReportPages::stack), they paint the pages, this thread
// from the first and the other from the last until they meet (never a page that shows the chart), and the
// two files are joined (PdfJoin).
// The pages are the same as one writer's.
Result<ReportPdf> paintReportPdf(const ReportContent &content, const QPageLayout &layout, const ReportFigure &chart,
                                 const ReportPdfSplit &split = {});

} // namespace st
