#include "designations/RecordBuilder.h"

#include "designations/UnListReader.h"

#include <QObject>

namespace st {

void RecordBuilder::start(DesignationKind kind, qint64 line)
{
    m_record = UnListRecord{};
    m_line = line;
    m_record.kind = kind;
    m_items.fill(0);
}

QString RecordBuilder::setScalar(Tag tag, QString text)
{
    UnListRecord &r = m_record;
    auto setOnce = [&](QString &target) {
        // A repeated scalar would overwrite the first value; the second one is kept as a note instead.
        if (!target.isEmpty() && !text.isEmpty() && target != text)
            r.details.append({DetailSection::Note, nextItem(DetailSection::Note), tagName(tag), text});
        else if (!text.isEmpty())
            target = std::move(text);
        return QString();
    };
    switch (tag) {
    case Tag::DataId:
    case Tag::VersionNum: {
        if (text.isEmpty())
            return {};
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < 0)
            return QObject::tr("%1 of %2 is \"%3\", which is not a whole number.").arg(tagName(tag), label(), text);
        if (tag == Tag::DataId)
            r.dataId = n;
        else
            r.versionNum = int(n);
        return {};
    }
    case Tag::FirstName: return setOnce(r.firstName);
    case Tag::SecondName: return setOnce(r.secondName);
    case Tag::ThirdName: return setOnce(r.thirdName);
    case Tag::FourthName: return setOnce(r.fourthName);
    case Tag::NameOriginalScript: return setOnce(r.originalScript);
    case Tag::UnListType: return setOnce(r.listType);
    case Tag::ReferenceNumber: return setOnce(r.referenceNumber);
    case Tag::Comments1: return setOnce(r.comments);
    case Tag::Gender: return setOnce(r.gender);
    case Tag::ListedOn: {
        if (text.isEmpty())
            return {};
        const QDate date = parseUnDate(text);
        if (!date.isValid())
            return QObject::tr("LISTED_ON of %1 is \"%2\", which is not a real date (YYYY-MM-DD).").arg(label(), text);
        r.listedOn = date;
        return {};
    }
    case Tag::SortKey:
    case Tag::SortKeyLastMod:
        if (!text.isEmpty())
            r.details.append({DetailSection::SortKey, 0, tagName(tag), std::move(text)});
        return {};
    default:
        return {};
    }
}

void RecordBuilder::addValue(DetailSection section, QString text)
{
    if (!text.isEmpty())
        m_record.details.append({section, nextItem(section), tagName(Tag::Value), std::move(text)});
}

void RecordBuilder::startGroup(Tag group)
{
    m_groupIsAlias = isAliasTag(group);
    m_groupSection = groupSection(group).value_or(DetailSection::Note);
}

void RecordBuilder::addGroupField(Tag field, QString text)
{
    if (text.isEmpty())
        return; // the UN writes empty placeholders (<COUNTRY/>, <QUALITY/>) that say nothing
    if (!m_groupIsAlias) {
        m_groupFields.append({field, std::move(text)});
        return;
    }
    switch (field) {
    case Tag::Quality: m_alias.quality = std::move(text); break;
    case Tag::AliasName: m_alias.name = std::move(text); break;
    case Tag::DateOfBirth: m_alias.dateOfBirth = std::move(text); break;
    case Tag::CityOfBirth: m_alias.cityOfBirth = std::move(text); break;
    case Tag::CountryOfBirth: m_alias.countryOfBirth = std::move(text); break;
    case Tag::Note: m_alias.note = std::move(text); break;
    default: break;
    }
}

void RecordBuilder::finishGroup()
{
    if (m_groupIsAlias) {
        if (m_alias != UnListAlias{})
            m_record.aliases.append(m_alias);
        m_alias = {};
        return;
    }
    if (!m_groupFields.isEmpty()) {
        const int item = nextItem(m_groupSection);
        for (auto &[tag, value] : m_groupFields)
            m_record.details.append({m_groupSection, item, tagName(tag), std::move(value)});
        m_groupFields.clear();
    }
}

void RecordBuilder::addNote(const QString &path, QString text)
{
    m_record.details.append({DetailSection::Note, nextItem(DetailSection::Note), path, std::move(text)});
}

QString RecordBuilder::problem(const QString &element) const
{
    const UnListRecord &r = m_record;
    if (r.referenceNumber.isEmpty()) {
        const QString hint = r.dataId ? QObject::tr(" (DATAID %1)").arg(r.dataId) : QString();
        return QObject::tr("this %1 record%2 has no REFERENCE_NUMBER; every record of the list needs one.")
            .arg(element, hint);
    }
    if (r.listType.isEmpty())
        return QObject::tr("%1 has no UN_LIST_TYPE, so its sanctions regime is unknown.").arg(r.referenceNumber);
    if (!r.listedOn.isValid())
        return QObject::tr("%1 has no LISTED_ON date.").arg(r.referenceNumber);
    if (r.primaryName().isEmpty())
        return QObject::tr("%1 has no name (FIRST_NAME is empty).").arg(r.referenceNumber);
    return {};
}

QString RecordBuilder::label() const
{
    if (!m_record.referenceNumber.isEmpty())
        return m_record.referenceNumber;
    return QObject::tr("the record starting at line %1").arg(m_line);
}

UnListRecord RecordBuilder::take()
{
    UnListRecord out = std::move(m_record);
    m_record = UnListRecord{};
    return out;
}

} // namespace st
