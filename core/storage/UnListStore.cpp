#include "storage/UnListStore.h"

#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "domain/UnListTags.h"

#include <QObject>
#include <QSet>

namespace st {

namespace {

// Field names read back from the database are interned, so a loaded list costs no more memory
// than a parsed one.
QString internedField(const QString &field)
{
    const Tag tag = tagOf(field);
    return tag == Tag::Unknown ? field : tagName(tag);
}

} // namespace

Result<QList<StoredDesignation>> UnListStore::storedDesignations() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT d.id, d.reference_number, d.kind, d.name, d.listed_on, d.un_list_type, d.data_id, d.version_num, "
        " d.first_name, d.second_name, d.third_name, d.fourth_name, d.name_original_script, d.comments, d.gender, "
        " d.delisted_on, g.code, r.symbol "
        "FROM designations d LEFT JOIN regimes g ON g.id = d.regime_id "
        " LEFT JOIN resolutions r ON r.id = d.resolution_id ORDER BY d.id"));
    if (!q)
        return q.error();
    QList<StoredDesignation> out;
    QHash<qint64, qsizetype> indexOfId;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        StoredDesignation s;
        s.id = row.value(0).toLongLong();
        UnListRecord &r = s.record;
        r.referenceNumber = row.value(1).toString();
        r.kind = fromCode<DesignationKind>(row.value(2).toString()).value_or(DesignationKind::Individual);
        s.name = row.value(3).toString();
        r.listedOn = sql::dateFrom(row.value(4));
        r.listType = row.value(5).toString();
        r.dataId = row.value(6).toLongLong();
        r.versionNum = row.value(7).toInt();
        r.firstName = row.value(8).toString();
        r.secondName = row.value(9).toString();
        r.thirdName = row.value(10).toString();
        r.fourthName = row.value(11).toString();
        r.originalScript = row.value(12).toString();
        r.comments = row.value(13).toString();
        r.gender = row.value(14).toString();
        s.delistedOn = sql::dateFrom(row.value(15));
        s.regimeCode = row.value(16).toString();
        s.resolution = row.value(17).toString();
        indexOfId.insert(s.id, out.size());
        out.append(std::move(s));
    }
    if (auto done = loadAliases(out, indexOfId); !done)
        return done.error();
    if (auto done = loadDetails(out, indexOfId); !done)
        return done.error();
    return out;
}

Status UnListStore::loadAliases(QList<StoredDesignation> &out, const QHash<qint64, qsizetype> &indexOfId) const
{
    return sql::forEachRow(m_db, QStringLiteral(
        "SELECT designation_id, quality, name, date_of_birth, city_of_birth, country_of_birth, note "
        "FROM designation_aliases ORDER BY designation_id, position"), {}, [&](const QSqlQuery &row) {
        if (const qsizetype i = indexOfId.value(row.value(0).toLongLong(), -1); i >= 0) {
            out[i].record.aliases.append({row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                          row.value(4).toString(), row.value(5).toString(), row.value(6).toString()});
        }
    });
}

Status UnListStore::loadDetails(QList<StoredDesignation> &out, const QHash<qint64, qsizetype> &indexOfId) const
{
    return sql::forEachRow(m_db, QStringLiteral(
        "SELECT designation_id, section, item, field, value FROM designation_details ORDER BY designation_id, seq"), {},
        [&](const QSqlQuery &row) {
            if (const qsizetype i = indexOfId.value(row.value(0).toLongLong(), -1); i >= 0) {
                const auto section = detailSectionFromCode(row.value(1).toString());
                out[i].record.details.append({section.value_or(DetailSection::Note), row.value(2).toInt(),
                                              internedField(row.value(3).toString()), row.value(4).toString()});
            }
        });
}

Result<ListingLinker> UnListStore::linker() const
{
    ListingLinker links;
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT g.id, g.code, coalesce(g.un_list_type, ''), g.state_id, s.code "
        "FROM regimes g JOIN states s ON s.id = g.state_id ORDER BY g.id"));
    if (!q)
        return q.error();
    // A regime is found by its UN list type; one entered without it, by the committee's code.
    QList<QPair<QString, ListingLinker::StoredRegime>> byCode;
    QSet<QString> mapped;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const ListingLinker::StoredRegime regime{row.value(0).toLongLong(), row.value(1).toString(),
                                                 row.value(3).toLongLong(), row.value(4).toString()};
        const QString listType = row.value(2).toString();
        if (!listType.isEmpty()) {
            links.addRegime(listType, regime);
            mapped.insert(listType);
        } else {
            byCode.append({regime.code, regime});
        }
    }
    for (const auto &[code, regime] : byCode) {
        for (const UnListRegime &known : knownUnListRegimes()) {
            if (known.regimeCode == code && !mapped.contains(known.listType)) {
                links.addRegime(known.listType, regime);
                mapped.insert(known.listType);
            }
        }
    }

    q = sql::run(m_db, QStringLiteral(
        "SELECT regime_id, adopted_on, id, symbol FROM resolutions "
        "WHERE status = 'adopted' AND regime_id IS NOT NULL ORDER BY adopted_on, number"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        links.addResolution(row.value(0).toLongLong(), sql::dateFrom(row.value(1)), row.value(2).toLongLong(),
                            row.value(3).toString());
    }
    return links;
}

Result<QList<UnListImportLogEntry>> UnListStore::importLog() const
{
    return sql::collect(m_db, QStringLiteral(
        "SELECT id, imported_at, \"user\", file_name, file_sha256, date_generated, individuals, entities, added, "
        " changed, removed, unknown_elements, notes FROM un_list_imports ORDER BY id DESC"), {}, [](const QSqlQuery &r) {
        return UnListImportLogEntry{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                    r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                                    r.value(6).toInt(), r.value(7).toInt(), r.value(8).toInt(), r.value(9).toInt(),
                                    r.value(10).toInt(), r.value(11).toInt(), r.value(12).toString()};
    });
}

Status UnListStore::createRegimes(const QList<UnListRegime> &regimes) const
{
    const StateRepository states(m_db);
    const RegimeRepository regimeRepository(m_db);
    for (const UnListRegime &g : regimes) {
        // An analyst's own state row (its name) is left as it is.
        auto stateId = states.idOf(g.stateCode);
        if (!stateId && stateId.error().code != Error::Code::NotFound)
            return stateId.error();
        if (!stateId) {
            if (auto id = states.upsert({0, g.stateCode, g.stateName}); !id)
                return id.error();
        }
        if (auto id = regimeRepository.upsert({0, g.regimeCode, g.regimeName, g.stateCode, {}, g.listType, g.source});
            !id)
            return id.error();
    }
    return {};
}

Result<qint64> UnListStore::logImport(const UnListImportLogEntry &e) const
{
    return sql::returningId(m_db, QStringLiteral(
        "INSERT INTO un_list_imports(\"user\", file_name, file_sha256, date_generated, individuals, entities, added, "
        " changed, removed, unknown_elements, notes) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                                       .arg(dialectOf(m_db).accountOr()),
        {sql::text(e.user), sql::text(e.fileName), e.sha256, sql::text(e.dateGenerated), e.individuals, e.entities,
         e.added, e.changed, e.removed, e.unknownElements, sql::text(e.notes)});
}

} // namespace st
