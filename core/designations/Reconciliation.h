#pragma once

#include "designations/ListingLinks.h"
#include "designations/UnListRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace st {

// A designation as the database holds it, in the list's own terms, for comparison with a new list.
struct StoredDesignation {
    qint64 id = 0;
    QString name; // the stored primary name (designations entered without name parts still have one)
    UnListRecord record;
    QString regimeCode;
    QString resolution; // symbol; empty: committee decision
    QDate delistedOn;
};

struct DesignationChange {
    qsizetype incoming = 0; // index into UnList::records
    qint64 storedId = 0;
    QStringList fields; // change codes, see changeFieldLabel()
};

struct Delisting {
    qint64 storedId = 0;
    QString referenceNumber;
    QString name;
    QString listType;
};

// What importing a list would do, computed before anything is written, for the analyst to review.
struct Reconciliation {
    QList<qsizetype> added; // indices into UnList::records, in file order
    QList<DesignationChange> changed;
    QList<Delisting> removed; // on the list before, not on this one: they get an end date
    int unchanged = 0;

    [[nodiscard]] bool changesNothing() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

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
