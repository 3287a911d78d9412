#include "interchange/CsvExport.h"

#include "domain/MeasureTexts.h"
#include "common/OutputFile.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/DesignationListing.h"

#include <QDir>
#include <QLocale>
#include <QObject>

namespace st {

namespace {

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString number(double v) { return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest); }
// Several values in one cell, one per line. The UN list wraps long names onto several lines; inside
// one value such a break becomes a space, so that each line of the cell is exactly one value.
QString lines(const QStringList &items)
{
    QStringList flat;
    flat.reserve(items.size());
    for (const QString &item : items)
        flat << QString(item).replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.join(QLatin1Char('\n'));
}

CsvTable resolutionTable(const QList<Resolution> &resolutions)
{
    CsvTable t{{QStringLiteral("symbol"), QStringLiteral("number"), QStringLiteral("adopted_on"),
                QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("regime"), QStringLiteral("states"),
                QStringLiteral("title"), QStringLiteral("votes_for"), QStringLiteral("votes_against"),
                QStringLiteral("votes_abstain"), QStringLiteral("vetoed_by"), QStringLiteral("chapter_vii"),
                QStringLiteral("summary"), QStringLiteral("sources"), QStringLiteral("note")}};
    for (const Resolution &r : resolutions) {
        t << QStringList{r.symbol,
                         r.number ? QString::number(*r.number) : QString(),
                         date(r.date),
                         toCode(r.status),
                         toCode(r.kind),
                         r.regimeCode,
                         r.states.join(QLatin1Char(';')),
                         r.title,
                         QString::number(r.votes.inFavour),
                         QString::number(r.votes.against),
                         QString::number(r.votes.abstaining),
                         r.vetoedBy.join(QLatin1Char(';')),
                         r.chapterVii ? (*r.chapterVii ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
                         r.summary,
                         lines(r.sources),
                         r.note};
    }
    return t;
}

CsvTable measureTable(const QList<Measure> &measures)
{
    QStringList header{QStringLiteral("resolution"), QStringLiteral("position"), QStringLiteral("state"),
                       QStringLiteral("type"), QStringLiteral("action"), QStringLiteral("description"),
                       QStringLiteral("paragraph")};
    for (const MeasureText &text : measureTexts())
        header << QLatin1String(text.column);
    CsvTable t{header + QStringList{QStringLiteral("cap_value"), QStringLiteral("cap_unit"),
                                    QStringLiteral("cap_period"), QStringLiteral("effective_from"),
                                    QStringLiteral("effective_to"), QStringLiteral("changes_resolution"),
                                    QStringLiteral("changes_type"), QStringLiteral("changes_paragraph"),
                                    QStringLiteral("source"), QStringLiteral("note")}};
    for (const Measure &m : measures) {
        QStringList row{m.resolution, QString::number(m.position + 1), m.stateCode, m.typeCode,
                        toCode(m.action), m.description, m.paragraph};
        for (const MeasureText &text : measureTexts())
            row << m.*(text.member);
        row << (m.cap ? number(m.cap->value) : QString()) << (m.cap ? m.cap->unit : QString())
            << (m.cap ? m.cap->period : QString()) << date(m.effectiveFrom) << date(m.effectiveTo)
            << (m.changes ? m.changes->resolution : QString()) << (m.changes ? m.changes->type : QString())
            << (m.changes ? m.changes->paragraph : QString()) << m.source << m.note;
        t << row;
    }
    return t;
}

CsvTable designationTable(const QList<DesignationListing> &designations)
{
    CsvTable t{{QStringLiteral("reference_number"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("name_original_script"), QStringLiteral("un_list_type"), QStringLiteral("regime"),
                QStringLiteral("state"), QStringLiteral("listed_on"), QStringLiteral("delisted_on"),
                QStringLiteral("listed_by"), QStringLiteral("resolution"), QStringLiteral("aliases"),
                QStringLiteral("nationalities"), QStringLiteral("comments"), QStringLiteral("data_id"),
                QStringLiteral("version")}};
    for (const DesignationListing &d : designations) {
        t << QStringList{d.referenceNumber,
                         toCode(d.kind),
                         d.name,
                         d.originalScript,
                         d.listType,
                         d.regimeCode,
                         d.stateCode,
                         date(d.listedOn),
                         date(d.delistedOn),
                         d.resolution.isEmpty() ? QStringLiteral("committee") : QStringLiteral("resolution"),
                         d.resolution,
                         lines(d.aliases),
                         lines(d.nationalities),
                         d.comments,
                         d.dataId ? QString::number(d.dataId) : QString(),
                         d.versionNum ? QString::number(d.versionNum) : QString()};
    }
    return t;
}

} // namespace

Result<CsvTables> csvTables(const Database &db)
{
    auto resolutions = ResolutionRepository(db).all();
    if (!resolutions)
        return resolutions.error();
    auto measures = MeasureRepository(db).all();
    if (!measures)
        return measures.error();
    auto designations = loadDesignationListings(db);
    if (!designations)
        return designations.error();
    return CsvTables{resolutionTable(resolutions.value()), measureTable(measures.value()),
                     designationTable(designations.value())};
}

Result<CsvExportSummary> exportCsv(const Database &db, const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error{Error::Code::Io, QObject::tr("Cannot create the folder %1.").arg(directory)};
    auto tables = csvTables(db);
    if (!tables)
        return tables.error();
    CsvExportSummary summary;
    const QList<QPair<QString, const CsvTable *>> files{
        {QStringLiteral("resolutions.csv"), &tables.value().resolutions},
        {QStringLiteral("measures.csv"), &tables.value().measures},
        {QStringLiteral("designations.csv"), &tables.value().designations}};
    for (const auto &[name, table] : files) {
        const QString path = dir.absoluteFilePath(name);
        if (auto done = writeOutputFile(path, csvDocument(*table)); !done)
            return done.error();
        summary.files << path;
    }
    summary.resolutions = int(tables.value().resolutions.size()) - 1;
    summary.measures = int(tables.value().measures.size()) - 1;
    summary.designations = int(tables.value().designations.size()) - 1;
    return summary;
}

} // namespace st
