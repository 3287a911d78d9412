#include "domain/UnListTags.h"

#include <QHash>

#include <array>
#include <initializer_list>

namespace st {

namespace {

constexpr std::array<const char *, std::size_t(Tag::Count)> kNames{
    "",
    "CONSOLIDATED_LIST", "INDIVIDUALS", "ENTITIES", "INDIVIDUAL", "ENTITY",
    "DATAID", "VERSIONNUM", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME", "UN_LIST_TYPE",
    "REFERENCE_NUMBER", "LISTED_ON", "NAME_ORIGINAL_SCRIPT", "COMMENTS1", "GENDER", "SORT_KEY", "SORT_KEY_LAST_MOD",
    "TITLE", "DESIGNATION", "NATIONALITY", "LIST_TYPE", "LAST_DAY_UPDATED", "VALUE",
    "INDIVIDUAL_ALIAS", "ENTITY_ALIAS", "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS", "INDIVIDUAL_DATE_OF_BIRTH",
    "ENTITY_DATE_OF_BIRTH", "INDIVIDUAL_PLACE_OF_BIRTH", "ENTITY_PLACE_OF_BIRTH", "INDIVIDUAL_DOCUMENT",
    "ENTITY_DOCUMENT",
    "QUALITY", "ALIAS_NAME", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH", "NOTE",
    "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY",
    "TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR",
    "TYPE_OF_DOCUMENT", "TYPE_OF_DOCUMENT2", "NUMBER", "ISSUING_COUNTRY", "DATE_OF_ISSUE", "CITY_OF_ISSUE",
    "COUNTRY_OF_ISSUE",
};

struct TagTable {
    std::array<QString, std::size_t(Tag::Count)> names;
    QHash<QStringView, Tag> byName; // views into `names`, which live as long as the table
};

const TagTable &table()
{
    static const TagTable t = [] {
        TagTable built;
        for (std::size_t i = 1; i < kNames.size(); ++i) {
            built.names[i] = QString::fromLatin1(kNames[i]);
            built.byName.insert(QStringView(built.names[i]), Tag(i));
        }
        return built;
    }();
    return t;
}

bool among(Tag tag, std::initializer_list<Tag> tags)
{
    for (Tag t : tags) {
        if (t == tag)
            return true;
    }
    return false;
}

} // namespace

Tag tagOf(QStringView elementName) { return table().byName.value(elementName, Tag::Unknown); }

const QString &tagName(Tag tag) { return table().names[std::size_t(tag)]; }

bool isScalarTag(Tag tag) { return tag >= Tag::DataId && tag <= Tag::SortKeyLastMod; }

bool isAliasTag(Tag tag) { return tag == Tag::IndividualAlias || tag == Tag::EntityAlias; }

std::optional<DetailSection> valueGroupSection(Tag tag)
{
    switch (tag) {
    case Tag::Title: return DetailSection::Title;
    case Tag::Designation: return DetailSection::Function;
    case Tag::Nationality: return DetailSection::Nationality;
    case Tag::ListType: return DetailSection::ListType;
    case Tag::LastDayUpdated: return DetailSection::LastUpdated;
    default: return std::nullopt;
    }
}

std::optional<DetailSection> groupSection(Tag tag)
{
    switch (tag) {
    case Tag::IndividualAddress:
    case Tag::EntityAddress: return DetailSection::Address;
    case Tag::IndividualDateOfBirth:
    case Tag::EntityDateOfBirth: return DetailSection::DateOfBirth;
    case Tag::IndividualPlaceOfBirth:
    case Tag::EntityPlaceOfBirth: return DetailSection::PlaceOfBirth;
    case Tag::IndividualDocument:
    case Tag::EntityDocument: return DetailSection::Document;
    default: return std::nullopt;
    }
}

bool isGroupField(Tag group, Tag field)
{
    if (isAliasTag(group))
        return among(field, {Tag::Quality, Tag::AliasName, Tag::DateOfBirth, Tag::CityOfBirth, Tag::CountryOfBirth,
                             Tag::Note});
    switch (groupSection(group).value_or(DetailSection::Note)) {
    case DetailSection::Address:
        return among(field, {Tag::Street, Tag::City, Tag::StateProvince, Tag::ZipCode, Tag::Country, Tag::Note});
    case DetailSection::DateOfBirth:
        return among(field, {Tag::TypeOfDate, Tag::Date, Tag::Year, Tag::FromYear, Tag::ToYear, Tag::Note});
    case DetailSection::PlaceOfBirth:
        return among(field, {Tag::Street, Tag::City, Tag::StateProvince, Tag::ZipCode, Tag::Country, Tag::Note});
    case DetailSection::Document:
        return among(field, {Tag::TypeOfDocument, Tag::TypeOfDocument2, Tag::Number, Tag::IssuingCountry,
                             Tag::DateOfIssue, Tag::CityOfIssue, Tag::CountryOfIssue, Tag::Note});
    default:
        return false;
    }
}

} // namespace st
