#include "workspace/DetailPane.h"

#include "charts/ChartPalette.h"
#include "common/Log.h"
#include "workspace/ResolutionDetail.h"

#include <QDesktopServices>
#include <QEvent>

namespace st {

DetailPane::DetailPane(const Database &db, QWidget *parent)
    : QTextBrowser(parent)
    , m_db(db)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
    applyPalette();
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
        setHtml(QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(tr("Select a resolution in the timeline or the table to read it here.").toHtmlEscaped()));
        return;
    }
    auto detail = loadResolutionDetail(m_db, id);
    if (!detail) {
        qCWarning(lcStorage) << "cannot read resolution" << id << detail.error().fullText();
        setHtml(QStringLiteral("<p class=\"alert\">%1</p>")
                    .arg(tr("This resolution could not be read: %1").arg(detail.error().message).toHtmlEscaped()));
        return;
    }
    if (!detail.value()) {
        setHtml(QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(tr("This resolution is no longer in the database.").toHtmlEscaped()));
        return;
    }
    setHtml(resolutionDetailHtml(*detail.value()));
}

void DetailPane::applyPalette()
{
    // The chart surfaces' rules: paper shades on a light palette; on a dark one, the accents lightened
    // until they read (WCAG 4.5) and the quiet greys taken from the palette's own text.
    const chartstyle::Surface surface = chartstyle::surfaceFor(palette());
    const auto readable = [&surface](const QColor &accent) { return chartstyle::readableOn(accent, surface).name(); };
    const QString muted = surface.mutedText.name();
    const QString css = QStringLiteral(".muted { color: %1; } .note { color: %1; } .subtitle { color: %2; } "
                                       ".cap { color: %3; } .lineage { color: %4; } .alert { color: %5; } "
                                       "a { color: %6; }")
                            .arg(muted, surface.dark ? surface.text.name() : QStringLiteral("#333333"),
                                 readable(QColor(0x9c, 0x3d, 0x10)), readable(QColor(0x3b, 0x5b, 0x7a)),
                                 readable(QColor(0xaa, 0x33, 0x33)), readable(palette().color(QPalette::Link)));
    document()->setDefaultStyleSheet(css);
}

void DetailPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        showResolution(m_id); // the style sheet applies to what is set after it
    }
}

} // namespace st
