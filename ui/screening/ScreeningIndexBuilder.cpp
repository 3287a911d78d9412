#include "screening/ScreeningIndexBuilder.h"

#include "screening/ScreeningTarget.h"
#include "screening/Transliteration.h"
#include "storage/Database.h"

#include <QThread>

namespace st {

ScreeningIndexBuilder::ScreeningIndexBuilder(const Database &db, QObject *parent) : QObject(parent), m_db(db) {}

ScreeningIndexBuilder::~ScreeningIndexBuilder()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ScreeningIndexBuilder::start()
{
    if (m_index || m_worker)
        return;
    auto targets = loadScreeningTargets(m_db);
    if (!targets)
        return; // index() reads them again and reports the error where the analyst screens
    m_built = std::make_shared<std::unique_ptr<ScreeningIndex>>();
    m_worker = QThread::create([built = m_built, list = std::move(targets).value()]() mutable {
        *built = std::make_unique<ScreeningIndex>(std::move(list));
        prepareCommonTransliterators();
    });
    const int generation = m_generation;
    connect(m_worker, &QThread::finished, this, [this, generation] {
        if (generation == m_generation)
            takeBuilt();
    });
    m_worker->start(QThread::LowPriority);
}

void ScreeningIndexBuilder::takeBuilt()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_index = std::move(*m_built);
    m_built.reset();
    emit ready();
}

void ScreeningIndexBuilder::invalidate()
{
    ++m_generation;
    m_index.reset();
    if (m_worker) {
        // The running build read the old designations: let it finish, then drop what it built.
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
        m_built.reset();
    }
}

Result<const ScreeningIndex *> ScreeningIndexBuilder::index()
{
    if (m_worker)
        takeBuilt();
    if (!m_index) {
        auto targets = loadScreeningTargets(m_db);
        if (!targets)
            return targets.error();
        m_index = std::make_unique<ScreeningIndex>(std::move(targets).value());
    }
    return static_cast<const ScreeningIndex *>(m_index.get());
}

} // namespace st
