#pragma once

#include "reports/ReportContent.h"
#include "reports/ReportPagination.h"

#include <QImage>
#include <QPageLayout>
#include <QRectF>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace st {

// A report laid out for one paged device (printer, preview or PDF): the HTML from core in a
// QTextDocument measured with that device's fonts and resolution, cut into pages by
// paginateReport(), and painted page by page with a header and a footer. QTextDocument::print
// cannot add either, so the pages are painted here; every output goes through paintPage().
class ReportPages {
public:
    // The QTextDocument resource name of the chart image in the HTML.
    static const QString kChartResource;

    // `chart` is the timeline rendered at print resolution; a null image leaves it out.
    ReportPages(const ReportContent &content, QPagedPaintDevice &device, const QImage &chart);
    ~ReportPages();
    ReportPages(const ReportPages &) = delete;
    ReportPages &operator=(const ReportPages &) = delete;

    [[nodiscard]] int pageCount() const { return int(m_slices.size()); }
    [[nodiscard]] const QList<ReportPageSlice> &slices() const { return m_slices; }
    [[nodiscard]] QTextDocument &document() const { return *m_document; }
    // Where the body goes, in the painter coordinates of the device (origin at the margins).
    [[nodiscard]] QRectF bodyRect() const { return m_body; }

    // Paints page `index` (0-based) onto a painter open on the device this was laid out for.
    void paintPage(QPainter &painter, int index) const;

    // The report's page margins on `size`, portrait.
    static QPageLayout defaultPageLayout(const QPageSize &size);

private:
    void paintBand(QPainter &painter, qreal from, qreal to, qreal at) const;
    void paintHeaderAndFooter(QPainter &painter, int index) const;

    const ReportContent &m_content;
    QPagedPaintDevice &m_device;
    std::unique_ptr<QTextDocument> m_document;
    QRectF m_page;  // the paint rect
    QRectF m_body;
    qreal m_mm = 1; // device pixels per millimetre
    QList<ReportPageSlice> m_slices;
};

} // namespace st
