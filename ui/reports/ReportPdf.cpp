#include "reports/ReportPdf.h"

#include "reports/PdfJoin.h"
#include "reports/ReportHtml.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QThread>

#include <future>
#include <memory>
#include <mutex>
#include <utility>

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

// Hands out the indexes [0, count) to two threads: the first takes them from the start, the second
// from the end, until they meet. Parts and pages cost unequal time (a part of the resolutions table
// takes a third longer to lay out than one of the measures in force, whose pages take twice as long to
// paint), so a split made in advance would leave one thread waiting for the other. With `split` given,
// the first takes the indexes before it and the second the others: for tests, which must know.
// The indexes below `reservedForFirst` are the first's whatever happens: the second never takes them.
class FromBothEnds {
public:
    explicit FromBothEnds(qsizetype count, qsizetype split = -1, qsizetype reservedForFirst = 0)
        : m_back(count - 1)
        , m_split(split < 0 ? -1 : std::max(split, reservedForFirst))
        , m_reservedForFirst(reservedForFirst)
    {
    }
    qsizetype fromFront()
    {
        const std::lock_guard lock(m_mutex);
        return m_front <= m_back && (m_split < 0 || m_front < m_split) ? m_front++ : -1;
    }
    qsizetype fromBack()
    {
        const std::lock_guard lock(m_mutex);
        return m_front <= m_back && m_back >= m_reservedForFirst && (m_split < 0 || m_back >= m_split) ? m_back-- : -1;
    }
    // Once both are done: the first index the second thread took.
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
    const qsizetype m_reservedForFirst;
};

// The first page that starts in part `part` or later; at least 1.
int firstPageFrom(const ReportPages &pages, qsizetype part)
{
    if (part >= pages.partCount())
        return pages.pageCount();
    const qreal top = pages.partTop(int(part));
    for (int i = 1; i < pages.pageCount(); ++i) {
        if (pages.slices()[i].top >= top - 0.01)
            return i;
    }
    return pages.pageCount();
}

// The second thread: lays out the parts it is handed with a writer of its own, then paints the pages it
// is handed, last first, once the pages are known.
struct SecondThread {
    std::promise<ReportPages *> laidOut;
    std::promise<FromBothEnds *> pages;
    Result<int> painted = 0;
    int partsLaidOutAgain = 0;
    QByteArray bytes;

    void run(const ReportContent &content, const QPageLayout &layout,
             const std::shared_ptr<const ReportPages::Source> &source, FromBothEnds &parts)
    {
        QBuffer buffer(&bytes);
        {
            auto writer = pdfWriter(buffer, layout, nullptr);
            ReportPages share(content, *writer, source, [&] { return parts.fromBack(); });
            laidOut.set_value(&share);
            FromBothEnds *claims = pages.get_future().get();
            painted = share.paint([&] { return int(claims->fromBack()); });
            partsLaidOutAgain = share.partsLaidOutAgain();
        } // the writer finishes its file when it goes (nothing at all when it painted nothing)
    }
};

} // namespace

Result<ReportPdf> paintReportPdf(const ReportContent &content, const QPageLayout &layout, const ReportFigure &chart,
                                 const ReportPdfSplit &split)
{
    ReportPdf pdf;
    QBuffer frontBuffer(&pdf.bytes);
    auto front = pdfWriter(frontBuffer, layout, &content);
    const auto source = ReportPages::source(content, *front, chart, split.partChars);
    const qsizetype parts = source->parts.size();
    if (parts < 2) {
        FromBothEnds claims(parts);
        ReportPages pages(content, *front, source, [&] { return claims.fromFront(); });
        ReportPages::stack({&pages});
        if (auto painted = pages.paint(0, pages.pageCount()); !painted)
            return painted.error();
        pdf.pages = pages.pageCount();
        front.reset(); // finishes the PDF
        return pdf;
    }

    FromBothEnds partClaims(parts, split.secondFrom >= parts ? parts - 1 : split.secondFrom);
    SecondThread second;
    std::future<ReportPages *> secondLaidOut = second.laidOut.get_future();
    std::unique_ptr<QThread> helper(QThread::create([&] { second.run(content, layout, source, partClaims); }));
    helper->start();
    Result<int> painted = 0;
    {
        ReportPages share(content, *front, source, [&] { return partClaims.fromFront(); });
        ReportPages::stack({&share, secondLaidOut.get()});
        pdf.pages = share.pageCount();
        // Page 1 is this thread's whatever happens (its file has the title, and the join keeps it), and so
        // are the pages that show the chart, which only this (the GUI) thread can draw.
        FromBothEnds pageClaims(pdf.pages, split.secondFrom < 0 ? -1 : firstPageFrom(share, partClaims.meeting()),
                                std::max(1, share.lastFigurePage() + 1));
        second.pages.set_value(&pageClaims);
        painted = share.paint([&] { return int(pageClaims.fromFront()); });
        helper->wait();
        pdf.partsLaidOutAgain = share.partsLaidOutAgain() + second.partsLaidOutAgain;
    }
    front.reset(); // finishes the first thread's PDF
    if (!painted)
        return painted.error();
    if (!second.painted)
        return second.painted.error();
    if (second.painted.value() == 0)
        return pdf;
    auto joined = joinPdfs(pdf.bytes, second.bytes, BackPages::LastFirst);
    if (!joined)
        return joined.error();
    pdf.bytes = std::move(joined).value();
    return pdf;
}

} // namespace st
