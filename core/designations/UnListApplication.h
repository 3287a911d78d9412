#pragma once

#include "common/Result.h"
#include "designations/UnListImport.h"

#include <memory>

namespace st {

class Database;
class Transaction;
class UnListWriter;

// Writes a reviewed import a chunk of records at a time, so that a window can show how far it has got
// and offer Cancel between chunks (UnListImportDialog); UnListImport::apply() runs it to the end at
// once. From start() until finish() commits it holds the write lock and one transaction: destroyed
// before that (Cancel, a failed chunk), it rolls back, and the database is exactly as it was.
// Runs on the database connection's thread; `db` and `import` must outlive it.
class UnListApplication {
public:
    // Takes the write lock, checks that the database is still what the analyst reviewed (refused
    // with a Conflict otherwise), logs the import and creates the new regimes.
    static Result<std::unique_ptr<UnListApplication>> start(const Database &db, const UnListImport &import);
    ~UnListApplication();
    UnListApplication(const UnListApplication &) = delete;
    UnListApplication &operator=(const UnListApplication &) = delete;

    // Writes up to `records` more records: the added ones first, then the changed ones, in the order
    // the review listed them.
    Status writeSome(qsizetype records);
    [[nodiscard]] qsizetype written() const { return m_written; }
    // Records to write: added plus changed.
    [[nodiscard]] qsizetype total() const;
    [[nodiscard]] bool allWritten() const { return m_written >= total(); }
    // Writes what is left, audits the added designations, marks the removed ones delisted and commits.
    Result<UnListImportSummary> finish();

private:
    UnListApplication(const Database &db, const UnListImport &import);

    const UnListImport &m_import;
    // Declared in this order so that they are destroyed writer first, then the transaction, then the
    // lock: an unfinished application rolls back from the inside out.
    std::unique_ptr<Transaction> m_lock;
    std::unique_ptr<Transaction> m_tx; // only inside a caller's transaction
    ListingLinker m_links;
    std::unique_ptr<UnListWriter> m_writer;
    qsizetype m_written = 0;
};

} // namespace st
