#include "workspace/DetailPane.h"

#include "common/Log.h"
#include "workspace/ResolutionDetail.h"

#include <QDesktopServices>

namespace st {

DetailPane::DetailPane(const Database &db, QWidget *parent)
    : QTextBrowser(parent)
    , m_db(db)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto id = resolutionIdFromLink(url))
            emit resolutionActivated(*id);
        else if (const auto which = designationsFromLink(url))
            emit designationsRequested(which->listType, which->day);
        else if (url.scheme().startsWith(QLatin1String("http")))
            QDesktopServices::openUrl(url);
    });
    showResolution(0);
}

void DetailPane::showResolution(qint64 id)
{
    m_id = id;
    if (id == 0) {
        setHtml(QStringLiteral("<p style=\"color:#5f6b76\">%1</p>")
                    .arg(tr("Select a resolution in the timeline or the table to read it here.").toHtmlEscaped()));
        return;
    }
    auto detail = loadResolutionDetail(m_db, id);
    if (!detail) {
        qCWarning(lcStorage) << "cannot read resolution" << id << detail.error().fullText();
        setHtml(QStringLiteral("<p style=\"color:#a33\">%1</p>")
                    .arg(tr("This resolution could not be read: %1").arg(detail.error().message).toHtmlEscaped()));
        return;
    }
    if (!detail.value()) {
        setHtml(QStringLiteral("<p style=\"color:#5f6b76\">%1</p>")
                    .arg(tr("This resolution is no longer in the database.").toHtmlEscaped()));
        return;
    }
    setHtml(resolutionDetailHtml(*detail.value()));
}

} // namespace st
