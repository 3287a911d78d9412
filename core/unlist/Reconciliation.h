#pragma once

#include "unlist/ListingLinks.h"
#include "unlist/UnListRecord.h"

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

// Compares by reference number. A stored designation missing from the list is removed unless it was
// delisted already; a delisted one that is back is changed ("relisted").
Reconciliation reconcile(const UnList &incoming, const QList<StoredDesignation> &stored, const ListingLinker &links);

// The change codes between a stored designation and the list's record, in a fixed order: "name",
// "aliases", "address", "resolution", ... Empty when they are the same.
QStringList differences(const StoredDesignation &stored, const UnListRecord &incoming, const ListingLink &link);

// "aliases" -> "aliases", "date_of_birth" -> "dates of birth": what the review dialog shows.
QString changeFieldLabel(const QString &code);

} // namespace st
