#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace st {

// The UN Security Council Consolidated List as it is read from the UN's XML, before it meets the
// database. Field names follow the XML so that an analyst can find every value in the source file.

// The repeated groups of a record; the code is designation_details.section in the database.
enum class DetailSection {
    Title,        // TITLE/VALUE
    Function,     // DESIGNATION/VALUE: the person's position ("Minister of Finance"), not our Designation
    Nationality,  // NATIONALITY/VALUE
    ListType,     // LIST_TYPE/VALUE ("UN List")
    LastUpdated,  // LAST_DAY_UPDATED/VALUE
    Address,      // INDIVIDUAL_ADDRESS, ENTITY_ADDRESS
    DateOfBirth,  // INDIVIDUAL_DATE_OF_BIRTH
    PlaceOfBirth, // INDIVIDUAL_PLACE_OF_BIRTH
    Document,     // INDIVIDUAL_DOCUMENT
    SortKey,      // SORT_KEY, SORT_KEY_LAST_MOD (empty in every list seen so far)
    Note,         // an element this importer does not know, kept under its path
};

QString toCode(DetailSection section);
std::optional<DetailSection> detailSectionFromCode(const QString &code);
constexpr int kDetailSectionCount = int(DetailSection::Note) + 1;

struct UnListAlias {
    QString quality; // "Good", "Low", "a.k.a.", "f.k.a." or empty
    QString name;
    QString dateOfBirth; // free text in the list ("1969-01-01", "1960", "1965 - 1969")
    QString cityOfBirth;
    QString countryOfBirth;
    QString note;
    friend bool operator==(const UnListAlias &, const UnListAlias &) = default;
};

// One field of one group: ("address", item 1, "CITY", "Pyongyang") is the second address's city.
struct UnListDetail {
    DetailSection section = DetailSection::Note;
    int item = 0;  // which group of its section, from 0
    QString field; // the UN element name; for a note, the element's path inside the record
    QString value;
    friend bool operator==(const UnListDetail &, const UnListDetail &) = default;
};

struct UnListRecord {
    DesignationKind kind = DesignationKind::Individual;
    QString referenceNumber; // "KPi.001"
    qint64 dataId = 0;       // DATAID: the UN's own record id
    int versionNum = 0;      // VERSIONNUM
    QString firstName;
    QString secondName;
    QString thirdName;
    QString fourthName;
    QString originalScript; // NAME_ORIGINAL_SCRIPT
    QString listType;       // UN_LIST_TYPE: "DPRK", "Al-Qaida", ...
    QDate listedOn;
    QString comments; // COMMENTS1
    QString gender;
    QList<UnListAlias> aliases;
    QList<UnListDetail> details; // in file order

    // The name analysts read: the name parts joined, as the UN prints them.
    [[nodiscard]] QString primaryName() const;
    [[nodiscard]] QList<UnListDetail> detailsOf(DetailSection section) const;
    friend bool operator==(const UnListRecord &, const UnListRecord &) = default;
};

// A whole list as read from one file.
struct UnList {
    QString dateGenerated;  // the root's dateGenerated attribute, as written
    QDateTime generatedAt;  // the same, parsed (UTC)
    QByteArray sha256;      // of the file's bytes, lower-case hex
    qint64 sizeBytes = 0;
    QList<UnListRecord> records; // in file order (empty when they were handed to a RecordSink)
    int individualCount = 0;
    int entityCount = 0;
    // Elements this importer does not know, by path ("INDIVIDUAL/NEW_FIELD") and how often they occur.
    // Inside a record they are also kept as notes of that record; outside, in `listNotes`.
    QMap<QString, int> unknownElements;
    QStringList listNotes; // "PATH: text" of unknown elements outside any record

    [[nodiscard]] int individuals() const;
    [[nodiscard]] int entities() const;
    [[nodiscard]] int unknownElementCount() const;
    // "3 × INDIVIDUAL/NEW_FIELD, 1 × ENTITY_ADDRESS/GPS" for summaries and the import log.
    [[nodiscard]] QString unknownElementsText() const;
};

} // namespace st
