#include "designations/UnListApplication.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnListStore.h"
#include "storage/UnListWriter.h"

#include <QObject>

namespace st {

UnListApplication::UnListApplication(const Database & /*db: start() opens the transaction on it*/, const UnListImport &import)
    : m_import(import)
{
}

UnListApplication::~UnListApplication() = default;

Result<std::unique_ptr<UnListApplication>> UnListApplication::start(const Database &db, const UnListImport &import)
{
    std::unique_ptr<UnListApplication> a(new UnListApplication(db, import));
    a->m_lock = std::make_unique<Transaction>(db, Transaction::ReadModifyWrite);
    if (!a->m_lock->began())
        return a->m_lock->began().error();
    // The review was made before the lock was taken: what the analyst approved must still be what the
    // import does, so it is planned again under the lock and refused if another writer changed it.
    if (auto same = import.stillAsReviewed(db); !same)
        return same.error();
    // A savepoint of its own only inside a caller's transaction (as importUnListFile).
    if (a->m_lock->joinsCallersTransaction()) {
        a->m_tx = std::make_unique<Transaction>(db);
        if (!a->m_tx->began())
            return a->m_tx->began().error();
    }
    const UnListStore store(db);
    if (auto id = store.logImport(logEntryOf(import.list(), import.summary(), db.user(), import.fileName())); !id)
        return id.error();
    a->m_links = import.links();
    if (!import.regimesToCreate().isEmpty()) {
        if (auto done = store.createRegimes(import.regimesToCreate()); !done)
            return done.error();
        auto reloaded = store.linker();
        if (!reloaded)
            return reloaded.error();
        a->m_links = std::move(reloaded).value();
    }
    a->m_writer = std::make_unique<UnListWriter>(db);
    if (auto done = a->m_writer->begin(); !done)
        return done.error();
    return a;
}

qsizetype UnListApplication::total() const
{
    const Reconciliation &r = m_import.reconciliation();
    return r.added.size() + r.changed.size();
}

Status UnListApplication::writeSome(qsizetype records)
{
    const Reconciliation &r = m_import.reconciliation();
    const QList<UnListRecord> &list = m_import.list().records;
    const qsizetype end = std::min(total(), m_written + std::max<qsizetype>(records, 1));
    for (; m_written < end; ++m_written) {
        if (m_written < r.added.size()) {
            const UnListRecord &record = list[r.added[m_written]];
            m_writer->add(record, m_links.linkFor(record));
        } else {
            const DesignationChange &c = r.changed[m_written - r.added.size()];
            const UnListRecord &record = list[c.incoming];
            m_writer->change(c.storedId, record, m_links.linkFor(record));
        }
    }
    return m_writer->flush();
}

Result<UnListImportSummary> UnListApplication::finish()
{
    if (!allWritten()) {
        if (auto done = writeSome(total() - m_written); !done)
            return done.error();
    }
    if (auto done = m_writer->finish(m_import.reconciliation().removed, m_import.delistingDate()); !done)
        return done.error();
    if (m_tx) {
        if (auto done = m_tx->commit(); !done)
            return done.error();
    }
    if (auto done = m_lock->commit(); !done)
        return done.error();
    const UnListImportSummary s = m_import.summary();
    qCInfo(lcImport) << "UN list applied:" << s.text();
    return s;
}

} // namespace st
