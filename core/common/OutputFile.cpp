#include "common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::OutputFile) };

enum class Target { StandardOutput, ReplaceFile, InPlace, Refused };

struct Destination {
    Target target = Target::Refused;
    QString why; // for Refused
};

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, why)};
}

Destination destinationOf(const QString &path)
{
    if (path == QLatin1String("-"))
        return {Target::StandardOutput, {}};
    // stat() follows symlinks: a link to a regular file is replaced through QSaveFile, which writes to
    // the link's target; a link to a device is a device.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT && !QFileInfo(path).isSymLink()) {
            const QFileInfo info(path);
            if (!info.absoluteDir().exists())
                return {Target::Refused, Tr::tr("the folder %1 does not exist").arg(info.absolutePath())};
            return {Target::ReplaceFile, {}};
        }
        return {Target::Refused, QString::fromLocal8Bit(std::strerror(errno))};
    }
    if (S_ISREG(st.st_mode))
        return {Target::ReplaceFile, {}};
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return {Target::InPlace, {}};
    if (S_ISDIR(st.st_mode))
        return {Target::Refused, Tr::tr("it is a folder; name a file")};
    return {Target::Refused, Tr::tr("it is neither a regular file, a character device nor a pipe")};
}

Status writeAll(QFileDevice &file, const QString &path, const QByteArray &bytes)
{
    // Unbuffered: each write reaches the device, so a device that refuses (ENOSPC) is seen here and not
    // lost in a flush inside close(), which cannot report it.
    if (file.write(bytes) != bytes.size() || !file.flush())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace

Status checkOutputPath(const QString &path)
{
    const Destination d = destinationOf(path);
    if (d.target == Target::Refused)
        return cannotWrite(path, d.why);
    return {};
}

Status writeOutputFile(const QString &path, const QByteArray &bytes)
{
    const Destination d = destinationOf(path);
    switch (d.target) {
    case Target::Refused:
        return cannotWrite(path, d.why);
    case Target::StandardOutput: {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return cannotWrite(Tr::tr("standard output"), out.errorString());
        if (auto done = writeAll(out, Tr::tr("standard output"), bytes); !done)
            return done;
        if (std::fflush(stdout) != 0)
            return cannotWrite(Tr::tr("standard output"), QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    case Target::InPlace: {
        QFile device(path);
        // ExistingOnly: should the device vanish meanwhile, no regular file is created in its place.
        // (The O_TRUNC that Qt adds to WriteOnly does nothing to a device or a pipe.)
        if (!device.open(QIODevice::WriteOnly | QIODevice::ExistingOnly | QIODevice::Unbuffered))
            return cannotWrite(path, device.errorString());
        if (auto done = writeAll(device, path, bytes); !done)
            return done;
        device.close();
        if (device.error() != QFileDevice::NoError)
            return cannotWrite(path, device.errorString());
        return {};
    }
    case Target::ReplaceFile: {
        // QSaveFile writes beside the target and renames on commit: a failed write leaves the old file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(path, file.errorString());
        if (file.write(bytes) != bytes.size()) {
            file.cancelWriting();
            return cannotWrite(path, file.errorString());
        }
        if (!file.commit())
            return cannotWrite(path, file.errorString());
        return {};
    }
    }
    return cannotWrite(path, {});
}

} // namespace st
