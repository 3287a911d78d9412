#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace st {

// A larger page cache for the connection while it writes many rows in one transaction (the UN list
// import), and the usual one again afterwards.
//
// With SQLite's default 2 MiB, the import of a 240 MB list kept running out of cache: each page it let
// go was written to the WAL, read back when changed again and written again; and a page let go during
// a statement is first copied into that statement's journal, which then outgrew its 64 KiB in memory
// and went to a temporary file for the rest of the transaction (BatchInsert.h). For the 100,000-
// designation list, with this cache, one designation per statement and no savepoint of the import's
// own under its write lock: 243 MB written to the WAL instead of 491 MB, 15 MB of temporary files
// instead of 1.15 GB (strace, 7 Dec 2026). Costs up to 16 MiB more memory while the import lasts.
class BulkWriteCache {
public:
    explicit BulkWriteCache(QSqlDatabase db);
    // Puts the connection's setting back (the pages beyond it are freed).
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_usual; // the setting to put back; none when nothing was changed
};

} // namespace st
