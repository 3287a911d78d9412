#pragma once

#include "domain/ListingLinks.h"
#include "domain/UnListRecord.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace st {

// What importing a UN list would change, as values: the storage layer reads stored designations into
// them and writes the outcome; designations/Reconciler decides it.

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
    QStringList fields; // change codes, see changeFieldLabel() (designations/Reconciler.h)
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

} // namespace st
