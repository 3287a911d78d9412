#pragma once

// A UN Consolidated List of any size for scale and crash tests: the real list's records repeated
// under new reference numbers and DATAIDs until there are `count`, in the real list's proportion of
// individuals to entities. Used by bench_designations and the crash harness's writer.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <utility>

namespace st::test {

// Returns an empty string on success, else what went wrong.
inline QString writeSyntheticUnList(const QString &realPath, const QString &outPath, int count)
{
    QFile in(realPath);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(realPath);
    const QByteArray xml = in.readAll();
    QList<QByteArray> individuals, entities;
    for (const auto &[tag, out] : {std::pair{QByteArray("INDIVIDUAL"), &individuals}, std::pair{QByteArray("ENTITY"), &entities}}) {
        const QByteArray open = "<" + tag + ">", close = "</" + tag + ">";
        for (qsizetype at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
            const qsizetype end = xml.indexOf(close, at);
            out->append(xml.mid(at, end + close.size() - at));
        }
    }
    const qsizetype headEnd = xml.indexOf("<INDIVIDUALS>");
    if (individuals.isEmpty() || entities.isEmpty() || headEnd < 0)
        return QStringLiteral("%1 holds no INDIVIDUALS and ENTITIES to repeat").arg(realPath);
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(outPath);
    out.write(xml.left(headEnd));
    const int total = int(individuals.size() + entities.size());
    auto copies = [&](const QList<QByteArray> &records, const QByteArray &section, int wanted) {
        out.write("<" + section + ">\n");
        for (int i = 0; i < wanted; ++i) {
            QByteArray r = records[i % records.size()];
            const int round = i / int(records.size());
            const qsizetype refEnd = r.indexOf("</REFERENCE_NUMBER>");
            r.insert(refEnd, "-" + QByteArray::number(round)); // "KPi.001-3"
            const qsizetype idAt = r.indexOf("<DATAID>") + 8;
            r.insert(idAt, QByteArray::number(round + 1) + "0"); // unique, still a number
            out.write("        " + r + "\n");
        }
        out.write("    </" + section + ">\n    ");
    };
    const int wantedIndividuals = int(qint64(count) * individuals.size() / total);
    copies(individuals, "INDIVIDUALS", wantedIndividuals);
    copies(entities, "ENTITIES", count - wantedIndividuals);
    out.write("</CONSOLIDATED_LIST>\n");
    if (!out.flush() || out.error() != QFile::NoError)
        return QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString());
    return {};
}

} // namespace st::test
