#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"
#include "reports/ReportPages.h"

#include <QByteArray>
#include <QImage>
#include <QPageLayout>

namespace st {

struct ReportPdf {
    QByteArray bytes;
    int pages = 0;
};

// How a report is cut for two threads: into parts of about `partChars` of HTML, the second thread
// laying out the parts from `secondFrom` on. By default (-1) the threads take parts from both ends
// until they meet, which keeps both busy; a fixed split is for tests, which must know the outcome.
struct ReportPdfSplit {
    qsizetype partChars = ReportPages::kPartChars;
    qsizetype secondFrom = -1;
};

// The report as a PDF in memory, on `layout`, with `chart` (null: none). A long report (more than one
// part, see ReportPages::kPartChars) is painted on two threads: each lays out half of the parts with
// a PDF writer of its own, the pages are cut once for both, this thread paints the first pages and a
// helper the rest, and the two files are joined (PdfJoin). The pages are the same as one writer's.
Result<ReportPdf> paintReportPdf(const ReportContent &content, const QPageLayout &layout, const QImage &chart,
                                 const ReportPdfSplit &split = {});

} // namespace st
