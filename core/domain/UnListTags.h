#pragma once

#include "domain/UnListRecord.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace st {

// The element names of the UN's XML (sc-sanctions.xsd) that the reader understands. Anything else
// is Tag::Unknown and is kept as a note, never dropped.
enum class Tag : quint8 {
    Unknown,
    ConsolidatedList, Individuals, Entities, Individual, Entity,
    // scalars of a record
    DataId, VersionNum, FirstName, SecondName, ThirdName, FourthName, UnListType, ReferenceNumber, ListedOn,
    NameOriginalScript, Comments1, Gender, SortKey, SortKeyLastMod,
    // groups of VALUE elements
    Title, Designation, Nationality, ListType, LastDayUpdated, Value,
    // structured groups
    IndividualAlias, EntityAlias, IndividualAddress, EntityAddress, IndividualDateOfBirth, EntityDateOfBirth,
    IndividualPlaceOfBirth, EntityPlaceOfBirth, IndividualDocument, EntityDocument,
    // fields of structured groups
    Quality, AliasName, DateOfBirth, CityOfBirth, CountryOfBirth, Note,
    Street, City, StateProvince, ZipCode, Country,
    TypeOfDate, Date, Year, FromYear, ToYear,
    TypeOfDocument, TypeOfDocument2, Number, IssuingCountry, DateOfIssue, CityOfIssue, CountryOfIssue,
    Count
};

Tag tagOf(QStringView elementName);
// The element name; shared, so storing it in every detail row costs no allocation.
const QString &tagName(Tag tag);

bool isScalarTag(Tag tag);
bool isAliasTag(Tag tag);
// TITLE -> Title, DESIGNATION -> Function, ...; nullopt for anything that is not a VALUE group.
std::optional<DetailSection> valueGroupSection(Tag tag);
// INDIVIDUAL_ADDRESS -> Address, ...; nullopt for anything that is not a structured group (or an alias).
std::optional<DetailSection> groupSection(Tag tag);
// Whether `field` belongs inside the structured group `group` (an alias, address, document, ...).
bool isGroupField(Tag group, Tag field);

} // namespace st
