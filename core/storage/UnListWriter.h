#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/BatchInsert.h"
#include "storage/BulkInsertAudit.h"
#include "storage/BulkWriteCache.h"
#include "domain/ListingLinks.h"
#include "domain/Reconciliation.h"
#include "domain/UnListRecord.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace st {

// Writes a reconciled list into the database, in as many chunks as the caller likes: the review
// dialog writes the whole list at once, the command line chunk by chunk while the file is still
// being read. It opens no transaction; the caller holds one (and the write lock, see UnListImport).
class UnListWriter {
public:
    UnListWriter(QSqlDatabase db, const QString &user);
    // Audits its rows under the database's user.
    explicit UnListWriter(const Database &db) : UnListWriter(db.connection(), db.user()) {}

    // Finds the first free designation id, enlarges the connection's page cache (BulkWriteCache)
    // and sets the audit trail's per-row insert trigger aside.
    Status begin();
    // Queue a new designation, or the new content of a stored one. The record must live until the
    // next flush().
    void add(const UnListRecord &record, const ListingLink &link);
    void change(qint64 storedId, const UnListRecord &record, const ListingLink &link);
    // Writes the queued designations and takes their aliases and details (a changed designation's
    // replace its stored ones), which are written as they fill a statement of many rows, and the rest
    // by finish(). The records may go after it.
    Status flush();
    // Flushes, audits the added designations, and gives the removed ones their end date.
    Status finish(const QList<Delisting> &removed, const QDate &delistedOn);

    [[nodiscard]] int added() const { return int(m_nextId - m_firstId); }

private:
    struct Pending {
        qint64 id = 0;
        const UnListRecord *record = nullptr;
        ListingLink link;
    };
    Status queueChildren();
    Status flushChildren();

    QSqlDatabase m_db;
    std::optional<BulkWriteCache> m_cache; // from begin() to the writer's end
    BulkInsertAudit m_audit;
    qint64 m_firstId = 0;
    qint64 m_nextId = 0;
    QList<Pending> m_added;
    QList<Pending> m_changed;
    // Across flushes (begin() makes them): one statement of many rows serves several chunks.
    std::unique_ptr<BatchInsert> m_newDesignations;
    std::unique_ptr<BatchInsert> m_aliases;
    std::unique_ptr<BatchInsert> m_details;
};

} // namespace st
