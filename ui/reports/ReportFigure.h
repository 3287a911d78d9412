#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QTextDocument;

namespace st {

// The report's chart as a figure: the size it prints at and how to draw it. On paper (a PDF, a printer,
// the print preview) it is drawn as vectors where the page shows it, so its lines and labels stay sharp
// at any zoom and its words can be searched and copied; the HTML export embeds it as an image.
struct ReportFigure {
    QSize size; // CSS pixels (1/96 inch), the size it prints at
    // Draws the figure scaled into `target`. The timeline is drawn by Qt Charts: on the GUI thread only.
    std::function<void(QPainter &painter, const QRectF &target)> paint;
    [[nodiscard]] bool isNull() const { return size.isEmpty() || !paint; }
};

// The figure as an image of `dpi` pixels per inch on white, with that resolution recorded in it.
QImage figureImage(const ReportFigure &figure, qreal dpi);

// Makes `document` draw `figure` where its HTML has <img src="`name`">, at the size the <img> gives.
// Call on the thread that lays the document out, before it does. The document owns what this installs;
// the figure is drawn only when the document is painted on the GUI thread.
void drawFigureIn(QTextDocument &document, const QString &name, const ReportFigure &figure);

// Where the laid-out `document` shows the image `name` (the line that holds it), in the document's
// coordinates; a null rectangle when it does not show it.
QRectF figureRectIn(const QTextDocument &document, const QString &name);

} // namespace st
