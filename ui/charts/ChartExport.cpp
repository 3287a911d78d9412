#include "charts/ChartExport.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSvgGenerator>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ChartExport) };

const char *kFolderKey = "charts/exportFolder";

QRectF chartRect(const QChartView *view) { return view->chart()->sceneBoundingRect(); }

void render(const QChartView *view, QPainter &painter, const QRectF &target)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view->scene()->render(&painter, target, chartRect(view), Qt::KeepAspectRatio);
}

void saveInteractively(QChartView *view, const QString &baseName, const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey), QDir::homePath()).toString();
    const QString filter = suffix == QLatin1String("svg") ? Tr::tr("SVG images (*.svg)") : Tr::tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(view, Tr::tr("Save Chart"),
                                                      QDir(folder).filePath(baseName + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    if (auto done = saveChartImage(view, path); !done)
        QMessageBox::warning(view, Tr::tr("Save Chart"), done.error().message);
}

} // namespace

QImage chartImage(const QChartView *view, qreal scale)
{
    const QSizeF size = chartRect(view).size() * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(view->chart()->backgroundBrush().color());
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    render(view, painter, QRectF(QPointF(0, 0), chartRect(view).size()));
    return image;
}

Status saveChartImage(const QChartView *view, const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        const QSize size = chartRect(view).size().toSize();
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QApplication::applicationDisplayName());
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{Error::Code::Io, Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), {}};
        render(view, painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return Error{Error::Code::Io, Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), {}};
        return {};
    }
    if (!chartImage(view).save(path, "PNG"))
        return Error{Error::Code::Io, Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), {}};
    return {};
}

void copyChartImage(const QChartView *view) { QApplication::clipboard()->setImage(chartImage(view)); }

void addChartExportActions(QMenu *menu, QChartView *view, const QString &baseName)
{
    menu->addAction(Tr::tr("&Copy Image"), view, [view] { copyChartImage(view); });
    menu->addAction(Tr::tr("Save Image as &PNG…"), view, [view, baseName] { saveInteractively(view, baseName, QStringLiteral("png")); });
    menu->addAction(Tr::tr("Save Image as &SVG…"), view, [view, baseName] { saveInteractively(view, baseName, QStringLiteral("svg")); });
}

void installChartExportMenu(QChartView *view, const QString &baseName)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, baseName](const QPoint &pos) {
        QMenu menu(view);
        addChartExportActions(&menu, view, baseName);
        menu.exec(view->mapToGlobal(pos));
    });
}

} // namespace st
