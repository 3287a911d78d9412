#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace st {

// A window or chart image as PNG bytes, quickly: zlib's fastest level. Screens of text, lines and flat
// colour compress about as well at level 1 as at the default (the 1280x800 main window: 234 KB against
// 253 KB) for an eighth fewer instructions in the whole `--screenshot` run. nullopt with the encoder's
// reason in `error` when it fails.
std::optional<QByteArray> encodePng(const QImage &image, QString *error = nullptr);

} // namespace st
