// importUnListFile(): the command line's import, which needs no review, so the file is read on one
// thread while another writes the records already read. Reading the XML is a third of the work;
// on two cores it hides behind the writing.
#include "designations/UnListImport.h"

#include "common/InputFile.h"
#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnListStore.h"
#include "storage/UnListWriter.h"

#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <optional>

namespace st {

namespace {

// Chunks of records from the reading thread to the writing one. Bounded, so that a reader ahead
// of the writer cannot fill the memory with a huge list.
class ChunkQueue {
public:
    // Reader: false once the writer has stopped, which stops the reader too.
    bool push(QList<UnListRecord> &&chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.size() >= kMaxChunks && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.wakeAll();
        return true;
    }
    // Reader: no more chunks.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }
    // Writer: the next chunk, or nothing once the reader is done and all was taken.
    std::optional<QList<UnListRecord>> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        if (m_chunks.empty())
            return std::nullopt;
        QList<UnListRecord> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.wakeAll();
        return chunk;
    }
    // Writer: gives up; the reader's next push fails.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_changed.wakeAll();
    }

private:
    static constexpr std::size_t kMaxChunks = 8;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QList<UnListRecord>> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

Result<UnListImportSummary> importUnListFile(const Database &db, const QString &path, const ReadProgress &progress)
{
    // Refused before the lock is taken or a thread started: a FIFO would block the reader forever.
    if (auto ok = checkInputFile(path); !ok)
        return ok.error();
    // The write lock first: the designations read here are the ones the writes reconcile against,
    // so a designation another writer commits meanwhile cannot slip between the read and the write.
    Transaction lock(db, Transaction::ReadModifyWrite);
    if (!lock.began())
        return lock.began().error();
    const UnListStore store(db);
    auto stored = store.storedDesignations();
    if (!stored)
        return stored.error();
    auto linker = store.linker();
    if (!linker)
        return linker.error();
    ListingLinker links = std::move(linker).value();

    ChunkQueue queue;
    std::optional<Result<UnList>> read;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        read = readUnListFile(path, progress, [&queue](QList<UnListRecord> &&chunk) { return queue.push(std::move(chunk)); });
        queue.close();
    }));
    reader->start();
    // However this function ends, the reader stops and is waited for before `queue` and `read` go.
    const auto joinReader = qScopeGuard([&] {
        queue.stop();
        reader->wait();
    });

    // Under our own write lock a failure rolls the whole transaction back. Only inside a caller's
    // transaction does the import need a savepoint of its own, to take back its writes alone: a
    // savepoint held through a large import also sends every statement's journal to a temporary file
    // (BatchInsert.h).
    std::optional<Transaction> own;
    if (lock.joinsCallersTransaction()) {
        own.emplace(db);
        if (!own->began())
            return own->began().error();
    }
    UnListWriter writer(db);
    if (auto done = writer.begin(); !done)
        return done.error();

    Reconciler reconciler(stored.value());
    UnListImportSummary s;
    while (std::optional<QList<UnListRecord>> chunk = queue.pop()) {
        if (const QList<UnListRegime> missing = links.regimesToCreate(*chunk); !missing.isEmpty()) {
            if (auto done = store.createRegimes(missing); !done)
                return done.error();
            auto reloaded = store.linker();
            if (!reloaded)
                return reloaded.error();
            links = std::move(reloaded).value();
        }
        for (const UnListRecord &record : std::as_const(*chunk)) {
            const ListingLink link = links.linkFor(record);
            const Reconciler::Decision d = reconciler.classify(record, link);
            switch (d.outcome) {
            case Reconciler::Outcome::Added:
                writer.add(record, link);
                ++s.added;
                break;
            case Reconciler::Outcome::Changed:
                writer.change(d.storedId, record, link);
                ++s.changed;
                break;
            case Reconciler::Outcome::Unchanged:
                ++s.unchanged;
                break;
            }
        }
        if (auto done = writer.flush(); !done) // before the chunk, which the writer points into, goes
            return done.error();
    }
    reader->wait();
    if (!read || !*read)
        return read ? read->error() : Error{Error::Code::Io, QObject::tr("The list could not be read.")};

    const UnList &list = read->value();
    const QList<Delisting> removed = reconciler.removed();
    s.dateGenerated = list.dateGenerated;
    s.individuals = list.individuals();
    s.entities = list.entities();
    s.removed = int(removed.size());
    s.unknownElements = list.unknownElementCount();
    if (auto done = writer.finish(removed, delistingDateOf(list)); !done)
        return done.error();
    if (auto id = store.logImport(logEntryOf(list, s, db.user(), QFileInfo(path).fileName())); !id)
        return id.error();
    if (own) {
        if (auto done = own->commit(); !done)
            return done.error();
    }
    if (auto done = lock.commit(); !done)
        return done.error();
    qCInfo(lcImport) << "UN list imported:" << s.text();
    return s;
}

} // namespace st
