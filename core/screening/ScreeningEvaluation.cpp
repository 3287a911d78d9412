#include "screening/ScreeningEvaluation.h"

#include "interchange/Csv.h"

#include <QFile>

namespace st {

namespace {

Result<CsvTable> readTable(const QString &path, const QStringList &columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())};
    auto table = parseCsv(file.readAll());
    if (!table)
        return table;
    if (table.value().isEmpty() || table.value().first().mid(0, columns.size()) != columns)
        return Error{Error::Code::InvalidInput, QStringLiteral("%1: the header must start with %2").arg(path, columns.join(QLatin1Char(',')))};
    table.value().removeFirst();
    return table;
}

} // namespace

Result<ScreeningEvaluation> evaluateScreening(const ScreeningIndex &index, const QString &designatedCsv,
                                              const QString &nonDesignatedCsv, double threshold)
{
    auto designated = readTable(designatedCsv, {QStringLiteral("name"), QStringLiteral("perturbation"),
                                                QStringLiteral("expected_reference")});
    if (!designated)
        return designated.error();
    auto others = readTable(nonDesignatedCsv, {QStringLiteral("name")});
    if (!others)
        return others.error();

    QList<ScreeningQuery> queries;
    for (const QStringList &row : std::as_const(designated.value()))
        queries.append({int(queries.size()) + 2, row.value(0), 0, {}});
    const auto found = index.screenAll(queries);
    ScreeningEvaluation out;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString expected = designated.value()[i].value(2);
        RecallCount &kind = out.byPerturbation[designated.value()[i].value(1)];
        int rank = 0;
        bool shown = false;
        for (qsizetype r = 0; r < found[i].candidates.size() && r < 5; ++r) {
            const ScreeningCandidate &c = found[i].candidates[r];
            if (index.targets()[c.target].referenceNumber == expected) {
                rank = int(r) + 1;
                shown = c.score >= threshold;
                break;
            }
        }
        for (RecallCount *count : {&out.overall, &kind}) {
            ++count->queries;
            count->top1 += rank == 1 ? 1 : 0;
            count->top5 += rank >= 1 ? 1 : 0;
            count->top1Shown += rank == 1 && shown ? 1 : 0;
            count->top5Shown += rank >= 1 && shown ? 1 : 0;
        }
        if (rank != 1 || !shown) {
            const auto &candidates = found[i].candidates;
            out.misses << QStringLiteral("%1 -> %2, got %3").arg(found[i].query.name, expected,
                candidates.isEmpty() ? QStringLiteral("nothing")
                                     : QStringLiteral("%1 (%2): %3").arg(index.targets()[candidates.first().target].referenceNumber,
                                                                         QString::number(candidates.first().score, 'f', 2),
                                                                         candidates.first().explanation()));
        }
    }

    QList<ScreeningQuery> negatives;
    for (const QStringList &row : std::as_const(others.value()))
        negatives.append({int(negatives.size()) + 2, row.value(0), 0, {}});
    for (const ScreeningResult &r : index.screenAll(negatives)) {
        ++out.negatives;
        if (!r.candidates.isEmpty() && r.candidates.first().score >= threshold) {
            ++out.falsePositives;
            const ScreeningCandidate &c = r.candidates.first();
            out.falseHits << QStringLiteral("%1 -> %2 (%3): %4").arg(r.query.name, index.targets()[c.target].referenceNumber,
                                                                      QString::number(c.score, 'f', 2), c.explanation());
        }
    }
    return out;
}

} // namespace st
