#pragma once

// Shared by the test executables: fresh databases and file fingerprints.
#include "interchange/BundledDataset.h"
#include "storage/Database.h"
#include "storage/TriggerEventRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace st::test {

// A fresh in-memory database, migrated, with the bundled dataset unless `empty`.
inline std::unique_ptr<Database> openMemory(bool empty = false)
{
    auto db = Database::open(QStringLiteral(":memory:"), OpenOptions{false, QStringLiteral("tester")});
    if (!db)
        qFatal("cannot open :memory: database: %s", qPrintable(db.error().fullText()));
    if (!empty) {
        auto loaded = loadBundledDataset(*db.value());
        if (!loaded)
            qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    }
    return std::move(db).value();
}

inline std::unique_ptr<Database> openFile(const QString &path, bool empty = false)
{
    auto db = Database::open(path, OpenOptions{false, QStringLiteral("tester")});
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().fullText()));
    if (!empty && db.value()->isNew()) {
        auto loaded = loadBundledDataset(*db.value());
        if (!loaded)
            qFatal("cannot load the bundled dataset: %s", qPrintable(loaded.error().fullText()));
    }
    return std::move(db).value();
}

// SHA-256 of a file's bytes; empty when it does not exist.
inline QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The trigger events a resolution is linked to, in order: a save that keeps them passes them back.
inline QList<qint64> triggersOf(const Database &db, qint64 resolutionId)
{
    // Kept in a local: a range-for over a temporary Result's value() would outlive the Result.
    const auto events = TriggerEventRepository(db.connection()).forResolution(resolutionId);
    QList<qint64> ids;
    for (const TriggerEvent &e : events.value())
        ids << e.id;
    return ids;
}

} // namespace st::test
