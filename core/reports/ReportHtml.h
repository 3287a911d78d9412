#pragma once

#include "reports/ReportContent.h"

#include <QSize>
#include <QString>

namespace st {

struct ReportHtmlOptions {
    // The <img> source of the timeline chart: a QTextDocument resource name for print, a data: URI
    // for a self-contained HTML file. Empty: the chart section says the chart is not available.
    QString chartSource;
    // In CSS pixels (1/96 inch): fits the text width of A4 and Letter with the report's margins.
    QSize chartSize = kReportChartSize;

    static constexpr QSize kReportChartSize{640, 330};
};

// "UN Security Council sanctions: Democratic People's Republic of Korea (PRK)": the title on the
// first page and in every page header.
QString reportTitle(const ReportContent &report);
// "15 Jul 2006 – 28 Nov 2026"
QString reportPeriod(const ReportContent &report);

// The report as one self-contained HTML document with embedded CSS. It keeps to the HTML subset
// QTextDocument understands (tables with <thead>, classes, no scripts), so the same text feeds the
// print path and a browser. Deterministic: the same content gives the same bytes.
QString renderReportHtml(const ReportContent &report, const ReportHtmlOptions &options);

} // namespace st
