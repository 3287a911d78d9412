#include "storage/UnListWriter.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/BatchInsert.h"

namespace st {

namespace {

const QStringList &designationColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),           QStringLiteral("reference_number"),     QStringLiteral("kind"),
        QStringLiteral("name"),         QStringLiteral("listed_on"),            QStringLiteral("regime_id"),
        QStringLiteral("state_id"),     QStringLiteral("resolution_id"),        QStringLiteral("un_list_type"),
        QStringLiteral("data_id"),      QStringLiteral("version_num"),          QStringLiteral("first_name"),
        QStringLiteral("second_name"),  QStringLiteral("third_name"),           QStringLiteral("fourth_name"),
        QStringLiteral("name_original_script"), QStringLiteral("gender"),       QStringLiteral("comments"),
        QStringLiteral("delisted_on")};
    return columns;
}

// A designation goes into four indexes at places far apart (its reference number, regime, resolution
// and list type with dates), so a statement of many of them changes pages all over each index, and
// SQLite keeps a copy of each in the statement's journal (BatchInsert.h): one per statement needs none.
constexpr int kDesignationsPerStatement = 1;

// A changed designation is rewritten in place, keeping its id and so its links; the audit trail's
// update trigger logs it with its before and after.
QString upsertClause(const QSqlDatabase &db)
{
    QStringList updated;
    for (const QString &c : designationColumns()) {
        if (c != QLatin1String("id") && c != QLatin1String("reference_number"))
            updated << c;
    }
    return dialectOf(db).upsertTail({QStringLiteral("id")}, updated);
}

// One designation's row, in designationColumns() order.
Status addDesignation(BatchInsert &rows, qint64 id, const UnListRecord &r, const ListingLink &link)
{
    rows.beginRow();
    rows.integer(id);
    rows.text(r.referenceNumber);
    rows.text(toCode(r.kind));
    rows.text(r.primaryName());
    rows.text(sql::dateText(r.listedOn));
    rows.integerOrNull(link.regimeId);
    rows.integerOrNull(link.stateId);
    rows.integerOrNull(link.resolutionId);
    rows.text(r.listType);
    rows.integerOrNull(r.dataId);
    rows.integerOrNull(r.versionNum);
    rows.textOrNull(r.firstName);
    rows.textOrNull(r.secondName);
    rows.textOrNull(r.thirdName);
    rows.textOrNull(r.fourthName);
    rows.textOrNull(r.originalScript);
    rows.textOrNull(r.gender);
    rows.textOrNull(r.comments);
    rows.null(); // on the list, so not delisted (a relisted designation loses its end date)
    return rows.endRow();
}

// designation_details.section codes, made once: a list has a million detail rows.
const QString &sectionCode(DetailSection section)
{
    static const auto codes = [] {
        std::array<QString, kDetailSectionCount> out;
        for (int i = 0; i < kDetailSectionCount; ++i)
            out[std::size_t(i)] = toCode(DetailSection(i));
        return out;
    }();
    return codes[std::size_t(section)];
}

} // namespace

UnListWriter::UnListWriter(QSqlDatabase db, const QString &user)
    : m_db(std::move(db))
    , m_audit(m_db, QStringLiteral("designations"), user)
{
}

Status UnListWriter::begin()
{
    // Under the import's write lock (BEGIN IMMEDIATE) no other writer can take these ids.
    auto maxId = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM designations"));
    if (!maxId)
        return maxId.error();
    m_firstId = m_nextId = maxId.value().toLongLong() + 1;
    m_cache.emplace(m_db);
    m_newDesignations = std::make_unique<BatchInsert>(m_db, QStringLiteral("designations"), designationColumns(),
                                                      QString(), kDesignationsPerStatement);
    m_aliases = std::make_unique<BatchInsert>(
        m_db, QStringLiteral("designation_aliases"),
        QStringList{QStringLiteral("designation_id"), QStringLiteral("position"), QStringLiteral("quality"),
                    QStringLiteral("name"), QStringLiteral("date_of_birth"), QStringLiteral("city_of_birth"),
                    QStringLiteral("country_of_birth"), QStringLiteral("note")});
    m_details = std::make_unique<BatchInsert>(
        m_db, QStringLiteral("designation_details"),
        QStringList{QStringLiteral("designation_id"), QStringLiteral("seq"), QStringLiteral("section"),
                    QStringLiteral("item"), QStringLiteral("field"), QStringLiteral("value")});
    return m_audit.begin();
}

void UnListWriter::add(const UnListRecord &record, const ListingLink &link)
{
    m_added.append({m_nextId++, &record, link});
}

void UnListWriter::change(qint64 storedId, const UnListRecord &record, const ListingLink &link)
{
    m_changed.append({storedId, &record, link});
}

Status UnListWriter::flush()
{
    Q_ASSERT(m_newDesignations); // begin() came first
    if (!m_added.isEmpty()) {
        for (const Pending &p : std::as_const(m_added)) {
            if (auto done = addDesignation(*m_newDesignations, p.id, *p.record, p.link); !done)
                return done;
        }
        // Written now, before any of their aliases and details that refer to them.
        if (auto done = m_newDesignations->flush(); !done)
            return done;
    }
    if (!m_changed.isEmpty()) {
        BatchInsert rows(m_db, QStringLiteral("designations"), designationColumns(), upsertClause(m_db),
                         kDesignationsPerStatement);
        QList<qint64> ids;
        for (const Pending &p : std::as_const(m_changed)) {
            ids.append(p.id);
            if (auto done = addDesignation(rows, p.id, *p.record, p.link); !done)
                return done;
        }
        if (auto done = rows.flush(); !done)
            return done;
        if (auto done = flushChildren(); !done) // so that the deletes below find all there is
            return done;
        for (const char *table : {"designation_aliases", "designation_details"}) {
            const QString statement = QStringLiteral(
                "DELETE FROM %1 WHERE designation_id IN (%2)").arg(QLatin1String(table), dialectOf(m_db).jsonArrayIds());
            if (auto done = sql::exec(m_db, statement, {sql::idsJson(ids)}); !done)
                return done;
        }
    }
    Status done = queueChildren();
    m_added.clear();
    m_changed.clear();
    return done;
}

Status UnListWriter::queueChildren()
{
    BatchInsert &aliases = *m_aliases;
    BatchInsert &details = *m_details;
    for (const QList<Pending> *pending : {&m_added, &m_changed}) {
        for (const Pending &p : *pending) {
            const UnListRecord &r = *p.record;
            for (qsizetype i = 0; i < r.aliases.size(); ++i) {
                const UnListAlias &a = r.aliases[i];
                aliases.beginRow();
                aliases.integer(p.id);
                aliases.integer(i);
                aliases.text(a.quality);
                aliases.text(a.name);
                aliases.textOrNull(a.dateOfBirth);
                aliases.textOrNull(a.cityOfBirth);
                aliases.textOrNull(a.countryOfBirth);
                aliases.textOrNull(a.note);
                if (auto done = aliases.endRow(); !done)
                    return done;
            }
            for (qsizetype i = 0; i < r.details.size(); ++i) {
                const UnListDetail &d = r.details[i];
                details.beginRow();
                details.integer(p.id);
                details.integer(i);
                details.text(sectionCode(d.section));
                details.integer(d.item);
                details.text(d.field);
                details.text(d.value);
                if (auto done = details.endRow(); !done)
                    return done;
            }
        }
    }
    return {};
}

Status UnListWriter::flushChildren()
{
    if (auto done = m_aliases->flush(); !done)
        return done;
    return m_details->flush();
}

Status UnListWriter::finish(const QList<Delisting> &removed, const QDate &delistedOn)
{
    if (auto done = flush(); !done)
        return done;
    if (auto done = flushChildren(); !done)
        return done;
    if (auto done = m_audit.finish(m_firstId, m_nextId - 1); !done)
        return done;
    if (const QString next = dialectOf(m_db).followExplicitIds(QStringLiteral("designations")); !next.isEmpty() && m_nextId > m_firstId) {
        if (auto done = sql::run(m_db, next); !done)
            return done.error();
    }
    if (removed.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Delisting &d : removed)
        ids.append(d.storedId);
    return sql::exec(m_db, QStringLiteral("UPDATE designations SET delisted_on = ? WHERE delisted_on IS NULL AND id IN (%1)")
                               .arg(dialectOf(m_db).jsonArrayIds()),
                     {sql::dateText(delistedOn), sql::idsJson(ids)});
}

} // namespace st
