#include "reports/ReportPdf.h"

#include "reports/PdfJoin.h"
#include "reports/ReportHtml.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QThread>

#include <future>
#include <memory>
#include <mutex>

namespace st {

namespace {

// A PDF writer into `buffer` on `layout`; the document information goes with the first half only
// (PdfJoin keeps the front's).
std::unique_ptr<QPdfWriter> pdfWriter(QBuffer &buffer, const QPageLayout &layout, const ReportContent *titled)
{
    buffer.open(QIODevice::WriteOnly);
    auto writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setPageLayout(layout);
    if (titled) {
        writer->setTitle(reportTitle(*titled));
        writer->setCreator(QStringLiteral("Sanctions Tracker"));
    }
    return writer;
}

// The parts, handed out to two threads from both ends: the first takes them from the start, the
// second from the end, until they meet. Parts cost unequal time (a part of the resolutions table takes
// a third longer than one of the sources), so a fixed split would leave one thread waiting for the
// other. With `split` given, the first takes the parts before it and the second the others.
class PartClaims {
public:
    PartClaims(qsizetype count, qsizetype split) : m_back(count - 1), m_split(split) {}
    qsizetype fromFront()
    {
        const std::lock_guard lock(m_mutex);
        return m_front <= m_back && (m_split < 0 || m_front < m_split) ? m_front++ : -1;
    }
    qsizetype fromBack()
    {
        const std::lock_guard lock(m_mutex);
        return m_front <= m_back && (m_split < 0 || m_back >= m_split) ? m_back-- : -1;
    }
    // Once both are done: the first part the second thread laid out.
    qsizetype meeting()
    {
        const std::lock_guard lock(m_mutex);
        return m_split >= 0 ? m_split : m_front;
    }

private:
    std::mutex m_mutex;
    qsizetype m_front = 0;
    qsizetype m_back;
    const qsizetype m_split;
};

// The first page the second thread paints: the first that starts in part `meeting` or later, so that
// each thread paints what it laid out. The first thread paints at least one page, since a PDF writer
// that was begun holds a page even when nothing is painted on it.
int firstPageFrom(const ReportPages &pages, qsizetype meeting)
{
    if (meeting >= pages.partCount())
        return pages.pageCount();
    const qreal top = pages.partTop(int(meeting));
    for (int i = 1; i < pages.pageCount(); ++i) {
        if (pages.slices()[i].top >= top - 0.01)
            return i;
    }
    return pages.pageCount();
}

// The second half: laid out, then painted on the helper thread with its own writer, when told which
// pages are its own.
struct BackHalf {
    std::promise<ReportPages *> laidOut;
    std::promise<int> firstPage; // -1: nothing to paint
    Result<int> painted = 0;
    QByteArray bytes;

    void run(const ReportContent &content, const QPageLayout &layout,
             const std::shared_ptr<const ReportPages::Source> &source, PartClaims &parts)
    {
        QBuffer buffer(&bytes);
        {
            auto writer = pdfWriter(buffer, layout, nullptr);
            ReportPages share(content, *writer, source, [&] { return parts.fromBack(); });
            laidOut.set_value(&share);
            const int first = firstPage.get_future().get();
            if (first >= 0 && first < share.pageCount())
                painted = share.paint(first, share.pageCount());
        } // the writer finishes its file when it goes
    }
};

} // namespace

Result<ReportPdf> paintReportPdf(const ReportContent &content, const QPageLayout &layout, const QImage &chart,
                                 const ReportPdfSplit &split)
{
    ReportPdf pdf;
    QBuffer frontBuffer(&pdf.bytes);
    auto front = pdfWriter(frontBuffer, layout, &content);
    const auto source = ReportPages::source(content, *front, chart, split.partChars);
    const qsizetype parts = source->parts.size();
    if (parts < 2) {
        PartClaims claims(parts, -1);
        ReportPages pages(content, *front, source, [&] { return claims.fromFront(); });
        ReportPages::stack({&pages});
        if (auto painted = pages.paint(0, pages.pageCount()); !painted)
            return painted.error();
        pdf.pages = pages.pageCount();
        front.reset(); // finishes the PDF
        return pdf;
    }

    PartClaims claims(parts, split.secondFrom >= parts ? parts - 1 : split.secondFrom);
    BackHalf back;
    std::future<ReportPages *> backLaidOut = back.laidOut.get_future();
    std::unique_ptr<QThread> helper(QThread::create([&] { back.run(content, layout, source, claims); }));
    helper->start();
    Result<int> painted = 0;
    int firstBack = 0;
    {
        ReportPages share(content, *front, source, [&] { return claims.fromFront(); });
        ReportPages *backShare = backLaidOut.get();
        ReportPages::stack({&share, backShare});
        pdf.pages = share.pageCount();
        firstBack = firstPageFrom(share, claims.meeting());
        back.firstPage.set_value(firstBack < pdf.pages ? firstBack : -1);
        painted = share.paint(0, firstBack);
        helper->wait();
    }
    front.reset(); // finishes the first half's PDF
    if (!painted)
        return painted.error();
    if (!back.painted)
        return back.painted.error();
    if (firstBack >= pdf.pages)
        return pdf;
    auto joined = joinPdfs(pdf.bytes, back.bytes);
    if (!joined)
        return joined.error();
    pdf.bytes = std::move(joined).value();
    return pdf;
}

} // namespace st
