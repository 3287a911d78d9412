#include "reports/ReportFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QThread>

namespace st {

namespace {

constexpr qreal kCssDpi = 96;

// Stands in for Qt's image handler in a report's documents: the report's only image is its figure, which
// it sizes as Qt sizes an image for a printer (CSS pixels scaled to the device's resolution) and draws as
// vectors instead of placing a bitmap.
class FigureObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureObject(QString name, ReportFigure figure, QObject *parent)
        : QObject(parent)
        , m_name(std::move(name))
        , m_figure(std::move(figure))
    {
    }

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        QSizeF size(image.width(), image.height());
        if (const QPaintDevice *device = document->documentLayout()->paintDevice())
            size *= device->logicalDpiY() / kCssDpi;
        return size;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        // Qt Charts draws on the GUI thread only; ReportPdf leaves the pages that show the figure to it.
        if (format.toImageFormat().name() != m_name || QThread::currentThread() != QCoreApplication::instance()->thread())
            return;
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        m_figure.paint(*painter, rect);
        painter->restore();
    }

private:
    const QString m_name;
    const ReportFigure m_figure;
};

} // namespace

QImage figureImage(const ReportFigure &figure, qreal dpi)
{
    if (figure.isNull())
        return {};
    QImage image((QSizeF(figure.size) * (dpi / kCssDpi)).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        figure.paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    const int dotsPerMetre = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

void drawFigureIn(QTextDocument &document, const QString &name, const ReportFigure &figure)
{
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, new FigureObject(name, figure, &document));
}

QRectF figureRectIn(const QTextDocument &document, const QString &name)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat() || fragment.charFormat().toImageFormat().name() != name)
                continue;
            const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
            const QTextLine line = block.layout()->lineForTextPosition(fragment.position() - block.position());
            if (!line.isValid())
                return blockRect;
            return {blockRect.left(), blockRect.top() + line.y(), blockRect.width(), line.height()};
        }
    }
    return {};
}

} // namespace st

#include "ReportFigure.moc"
