#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace st {

// Import files must be regular files: reading a FIFO with no writer, or a device such as /dev/zero or
// /dev/urandom, would block or never end. An Error names the path and what it is.
Status checkInputFile(const QString &path);

// checkInputFile(), then the whole file.
Result<QByteArray> readInputFile(const QString &path);

} // namespace st
