#include "common/InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::InputFile) };
} // namespace

Status checkInputFile(const QString &path)
{
    const QFileInfo info(path); // follows symlinks
    if (!info.exists()) {
        if (info.isSymLink())
            return Error{Error::Code::NotFound, Tr::tr("Cannot read %1: it is a link to a file that does not exist.").arg(path)};
        return Error{Error::Code::NotFound, Tr::tr("Cannot read %1: the file does not exist.").arg(path)};
    }
    if (info.isDir())
        return Error{Error::Code::InvalidInput, Tr::tr("Cannot read %1: it is a folder, not a file.").arg(path)};
    if (!info.isFile()) {
        return Error{Error::Code::InvalidInput,
                     Tr::tr("Cannot read %1: it is not a regular file (a pipe, socket or device); save the data to a "
                        "file first.")
                         .arg(path)};
    }
    return {};
}

Result<QByteArray> readInputFile(const QString &path)
{
    if (auto ok = checkInputFile(path); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return bytes;
}

} // namespace st
