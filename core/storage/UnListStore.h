#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/ListingLinks.h"
#include "domain/Reconciliation.h"
#include "domain/UnListRecord.h"

#include <QSqlDatabase>

namespace st {

// One row of un_list_imports: which file was imported, when, by whom, and what it did.
struct UnListImportLogEntry {
    qint64 id = 0;
    QString importedAt; // UTC, ISO 8601
    QString user;
    QString fileName;
    QString sha256;
    QString dateGenerated;
    int individuals = 0;
    int entities = 0;
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unknownElements = 0;
    QString notes;
};

// The UN list import's reading side of the database: the stored designations in the list's terms,
// the regimes and resolutions to link to, the import log; and the few writes around the designations
// (new regimes, the log row). UnListWriter writes the designations themselves.
class UnListStore {
public:
    explicit UnListStore(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit UnListStore(const Database &db) : UnListStore(db.connection()) {}

    Result<QList<StoredDesignation>> storedDesignations() const;
    Result<ListingLinker> linker() const;
    Result<QList<UnListImportLogEntry>> importLog() const; // newest first

    Status createRegimes(const QList<UnListRegime> &regimes) const;
    Result<qint64> logImport(const UnListImportLogEntry &entry) const;

private:
    Status loadAliases(QList<StoredDesignation> &out, const QHash<qint64, qsizetype> &indexOfId) const;
    Status loadDetails(QList<StoredDesignation> &out, const QHash<qint64, qsizetype> &indexOfId) const;

    QSqlDatabase m_db;
};

} // namespace st
