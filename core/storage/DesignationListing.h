#pragma once

#include "common/Result.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace st {

class Database;

// One designation as the Designations view and the CSV export show it: the record with its regime,
// resolution and the names it is searched by.
struct DesignationListing {
    qint64 id = 0;
    QString referenceNumber;
    DesignationKind kind = DesignationKind::Individual;
    QString name;
    QString originalScript;
    QString listType; // UN list, from the regime when the designation did not come from the list
    QString regimeCode;
    QString stateCode;
    QDate listedOn;
    QDate delistedOn;
    QString resolution; // symbol; empty: committee decision
    QStringList aliases; // in the list's order
    QStringList nationalities;
    QString comments;
    qint64 dataId = 0;
    int versionNum = 0;

    [[nodiscard]] bool isDelisted() const { return delistedOn.isValid(); }
};

// Every designation, by reference number.
Result<QList<DesignationListing>> loadDesignationListings(const Database &db);

} // namespace st
