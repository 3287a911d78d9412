#pragma once

#include "common/Result.h"
#include "screening/ScreeningIndex.h"

#include <QObject>

#include <memory>

class QThread;

namespace st {

class Database;

// Prepares the screening index on a worker thread as soon as the Screening panel is shown, so that the
// analyst's first screening does not wait for it: building it normalises every listed name (about
// 4,000 on the real list) and makes ICU build its transliterators from their rules, 0.2–0.4 s in all.
// The designations are read on the GUI thread, which owns the database connection; only the building
// runs on the worker. A screening asked for before the build is done waits for it.
class ScreeningIndexBuilder : public QObject {
    Q_OBJECT
public:
    explicit ScreeningIndexBuilder(const Database &db, QObject *parent = nullptr);
    ~ScreeningIndexBuilder() override; // waits for a build in progress

    // Reads the designations and starts building, unless the index is built or being built.
    void start();
    // The designations changed: the index is built again at the next start() or index().
    void invalidate();
    // The index, after waiting for a build in progress, or built now if none was started.
    [[nodiscard]] Result<const ScreeningIndex *> index();
    [[nodiscard]] bool isReady() const { return m_index != nullptr; }

signals:
    void ready();

private:
    void takeBuilt();

    const Database &m_db;
    std::unique_ptr<ScreeningIndex> m_index;
    // Written by the worker before it finishes, read after QThread::finished or wait().
    std::shared_ptr<std::unique_ptr<ScreeningIndex>> m_built;
    QThread *m_worker = nullptr;
    int m_generation = 0; // a build started before the last invalidate() is thrown away
};

} // namespace st
