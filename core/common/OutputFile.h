#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace st {

// The one way every command writes what it produced (JSON export, CSV, HTML and PDF reports, PNG
// screenshots) to a path the user named:
//  - "-" is standard output;
//  - a new path or a regular file (or a symlink to one) is written beside it and renamed into place
//    (QSaveFile), so a failure leaves the old file whole;
//  - a character device or a FIFO (/dev/stdout, /dev/null, a named pipe) is written in place: renaming a
//    file over it would replace the device with a regular file;
//  - anything else (a folder, a socket, a block device) is refused.
// Every write, flush and commit is checked; a full disk (/dev/full) or a closed pipe is an Error whose
// message names the path.
Status writeOutputFile(const QString &path, const QByteArray &bytes);

// What writeOutputFile() would do with `path`, without writing: an Error for a path it refuses.
// Lets a command refuse before it spends time producing the bytes.
Status checkOutputPath(const QString &path);

} // namespace st
