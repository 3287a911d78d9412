#include "designations/Reconciler.h"

#include <QHash>
#include <QObject>

#include <array>

namespace st {

namespace {

// Details grouped by section without copying them: one pass over each record.
using Sections = std::array<QList<const UnListDetail *>, kDetailSectionCount>;

Sections bySection(const QList<UnListDetail> &details)
{
    Sections out;
    for (const UnListDetail &d : details)
        out[std::size_t(d.section)].append(&d);
    return out;
}

bool sameDetails(const QList<const UnListDetail *> &a, const QList<const UnListDetail *> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(*a[i] == *b[i]))
            return false;
    }
    return true;
}

} // namespace

QStringList differences(const StoredDesignation &stored, const UnListRecord &incoming, const ListingLink &link)
{
    const UnListRecord &s = stored.record;
    QStringList out;
    auto check = [&](bool same, const char *code) {
        if (!same)
            out << QString::fromLatin1(code);
    };
    check(s.kind == incoming.kind, "kind");
    check(s.firstName == incoming.firstName && s.secondName == incoming.secondName
              && s.thirdName == incoming.thirdName && s.fourthName == incoming.fourthName,
          "name");
    check(s.originalScript == incoming.originalScript, "original_script");
    check(s.listType == incoming.listType, "un_list_type");
    check(s.listedOn == incoming.listedOn, "listed_on");
    check(s.comments == incoming.comments, "comments");
    check(s.gender == incoming.gender, "gender");
    check(s.dataId == incoming.dataId, "data_id");
    check(s.versionNum == incoming.versionNum, "version");
    check(s.aliases == incoming.aliases, "aliases");
    if (s.details != incoming.details) {
        const Sections a = bySection(s.details);
        const Sections b = bySection(incoming.details);
        for (int i = 0; i < kDetailSectionCount; ++i) {
            if (!sameDetails(a[std::size_t(i)], b[std::size_t(i)]))
                out << toCode(DetailSection(i));
        }
    }
    check(stored.regimeCode == link.regimeCode, "regime");
    check(stored.resolution == link.resolution, "resolution");
    check(!stored.delistedOn.isValid(), "relisted");
    return out;
}

Reconciler::Reconciler(const QList<StoredDesignation> &stored)
    : m_stored(stored)
    , m_seen(stored.size(), false)
{
    m_indexOf.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        m_indexOf.insert(stored[i].record.referenceNumber, i);
}

Reconciler::Decision Reconciler::classify(const UnListRecord &record, const ListingLink &link)
{
    const auto it = m_indexOf.constFind(record.referenceNumber);
    if (it == m_indexOf.cend())
        return {};
    m_seen[*it] = true;
    const StoredDesignation &s = m_stored[*it];
    QStringList fields = differences(s, record, link);
    return {fields.isEmpty() ? Outcome::Unchanged : Outcome::Changed, s.id, std::move(fields)};
}

QList<Delisting> Reconciler::removed() const
{
    QList<Delisting> out;
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        const StoredDesignation &s = m_stored[i];
        if (!m_seen[i] && !s.delistedOn.isValid())
            out.append({s.id, s.record.referenceNumber, s.name, s.record.listType});
    }
    return out;
}

Reconciliation reconcile(const UnList &incoming, const QList<StoredDesignation> &stored, const ListingLinker &links)
{
    Reconciler reconciler(stored);
    Reconciliation r;
    for (qsizetype i = 0; i < incoming.records.size(); ++i) {
        const UnListRecord &record = incoming.records[i];
        Reconciler::Decision d = reconciler.classify(record, links.linkFor(record));
        switch (d.outcome) {
        case Reconciler::Outcome::Added:
            r.added.append(i);
            break;
        case Reconciler::Outcome::Changed:
            r.changed.append({i, d.storedId, std::move(d.fields)});
            break;
        case Reconciler::Outcome::Unchanged:
            ++r.unchanged;
            break;
        }
    }
    r.removed = reconciler.removed();
    return r;
}

QString changeFieldLabel(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("QObject", "individual or entity")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("QObject", "name")},
        {QStringLiteral("original_script"), QT_TRANSLATE_NOOP("QObject", "name in original script")},
        {QStringLiteral("un_list_type"), QT_TRANSLATE_NOOP("QObject", "UN list")},
        {QStringLiteral("listed_on"), QT_TRANSLATE_NOOP("QObject", "listed on")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("QObject", "comments")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("QObject", "gender")},
        {QStringLiteral("data_id"), QT_TRANSLATE_NOOP("QObject", "DATAID")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("QObject", "version")},
        {QStringLiteral("aliases"), QT_TRANSLATE_NOOP("QObject", "aliases")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("QObject", "titles")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("QObject", "functions")},
        {QStringLiteral("nationality"), QT_TRANSLATE_NOOP("QObject", "nationalities")},
        {QStringLiteral("list_type"), QT_TRANSLATE_NOOP("QObject", "list type")},
        {QStringLiteral("last_updated"), QT_TRANSLATE_NOOP("QObject", "last updated")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("QObject", "addresses")},
        {QStringLiteral("date_of_birth"), QT_TRANSLATE_NOOP("QObject", "dates of birth")},
        {QStringLiteral("place_of_birth"), QT_TRANSLATE_NOOP("QObject", "places of birth")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("QObject", "documents")},
        {QStringLiteral("sort_key"), QT_TRANSLATE_NOOP("QObject", "sort key")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("QObject", "notes")},
        {QStringLiteral("regime"), QT_TRANSLATE_NOOP("QObject", "regime")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("QObject", "resolution")},
        {QStringLiteral("relisted"), QT_TRANSLATE_NOOP("QObject", "back on the list")},
    };
    const char *label = labels.value(code, nullptr);
    return label ? QObject::tr(label) : code;
}

} // namespace st
