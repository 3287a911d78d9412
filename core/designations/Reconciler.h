#pragma once

#include "domain/ListingLinks.h"
#include "domain/Reconciliation.h"
#include "domain/UnListRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace st {

// Decides record by record what an import does, comparing by reference number, so that a list can
// be reconciled whole (for review) or chunk by chunk while it is read (the command line).
class Reconciler {
public:
    enum class Outcome { Added, Changed, Unchanged };
    struct Decision {
        Outcome outcome = Outcome::Added;
        qint64 storedId = 0;
        QStringList fields; // for Changed
    };

    // `stored` must outlive the reconciler.
    explicit Reconciler(const QList<StoredDesignation> &stored);

    Decision classify(const UnListRecord &record, const ListingLink &link);
    // The stored designations no classified record matched and that were not delisted already.
    [[nodiscard]] QList<Delisting> removed() const;

private:
    const QList<StoredDesignation> &m_stored;
    QHash<QString, qsizetype> m_indexOf; // reference number -> index into m_stored
    QList<bool> m_seen;
};

// The whole list at once. A stored designation missing from it is removed unless it was delisted
// already; a delisted one that is back is changed ("relisted").
Reconciliation reconcile(const UnList &incoming, const QList<StoredDesignation> &stored, const ListingLinker &links);

// The change codes between a stored designation and the list's record, in a fixed order: "name",
// "aliases", "address", "resolution", ... Empty when they are the same.
QStringList differences(const StoredDesignation &stored, const UnListRecord &incoming, const ListingLink &link);

// "aliases" -> "aliases", "date_of_birth" -> "dates of birth": what the review dialog shows.
QString changeFieldLabel(const QString &code);

} // namespace st
