#pragma once

#include "reports/ReportContent.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace st {

struct ReportHtmlOptions {
    // The <img> source of the timeline chart: a QTextDocument resource name for print, a data: URI
    // for a self-contained HTML file. Empty: the chart section says the chart is not available.
    QString chartSource;
    // In CSS pixels (1/96 inch): fits the text width of A4 and Letter with the report's margins.
    QSize chartSize = kReportChartSize;

    // The CSS font-family lists, first choice first. The print path narrows each to the one family
    // the machine has (ReportPages): Qt looks every family of a list up again for each run of text it
    // lays out or paints, which made font lookups a fifth of a long report's layout.
    QStringList bodyFonts = kBodyFonts;
    QStringList monoFonts = kMonoFonts;

    // A <style> sheet in the head (for a browser), or each element styled in its own tag with no sheet
    // (for a QTextDocument, which parses that twice as fast). The same look either way: see ReportStyle.
    bool styleSheet = true;

    static constexpr QSize kReportChartSize{640, 330};
    static inline const QStringList kBodyFonts{QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                                               QStringLiteral("Arial"), QStringLiteral("Helvetica"),
                                               QStringLiteral("sans-serif")};
    static inline const QStringList kMonoFonts{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                                               QStringLiteral("monospace")};
};

// "UN Security Council sanctions: Democratic People's Republic of Korea (PRK)": the title on the
// first page and in every page header.
QString reportTitle(const ReportContent &report);
// "15 Jul 2006 – 28 Nov 2026"
QString reportPeriod(const ReportContent &report);

// The report as one self-contained HTML document with embedded CSS (or inline styles, see
// ReportHtmlOptions::styleSheet). It keeps to the HTML subset QTextDocument understands (tables with
// <thead>, classes, no scripts), so the same text feeds the print path and a browser. Deterministic:
// the same content gives the same bytes.
QString renderReportHtml(const ReportContent &report, const ReportHtmlOptions &options);

// The same HTML as documents of at least `minimumChars` characters each, so that a long report can
// be parsed and laid out on several cores. Cuts fall only between two blocks of a long table, where
// the second block carries its own column widths and no header; each part has the whole <head> and
// the <body> tag.
// Stacked in order, the parts read as the whole. A short report stays one part.
QStringList splitReportHtml(const QString &html, qsizetype minimumChars);
// Where the body's content starts in renderReportHtml()'s HTML (after the <body> tag and its line
// end); -1 when there is none.
qsizetype reportBodyStart(const QString &html);

} // namespace st
