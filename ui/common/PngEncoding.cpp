#include "common/PngEncoding.h"

#include <QBuffer>
#include <QImageWriter>

namespace st {

std::optional<QByteArray> encodePng(const QImage &image, QString *error)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt maps PNG quality q to zlib level (100 - q) * 9 / 91: 80 gives level 1.
    writer.setQuality(80);
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return std::nullopt;
    }
    return png;
}

} // namespace st
