#pragma once

// What every fuzz target shares: a QCoreApplication (the SQLite driver is a plugin, found through
// it), Qt's warnings silenced (a refused input is the normal case, and printing it would cost more
// than parsing it), and the fuzzer's bytes as Qt types.
#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstdint>

namespace st::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "st-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        // A fatal message still ends the run, so that libFuzzer records the input.
        if (type == QtFatalMsg) {
            fprintf(stderr, "%s\n", qPrintable(message));
            abort();
        }
    });
}

// The bytes without a copy; valid while libFuzzer's buffer is.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace st::fuzz
