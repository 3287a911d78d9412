#include "screening/ScreeningFiles.h"

#include "interchange/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ScreeningFiles) };

Error inputError(int line, const QString &message)
{
    return Error{Error::Code::InvalidInput, Tr::tr("Line %1: %2").arg(line).arg(message)};
}

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

// An empty text is "not given"; anything else must be a plausible year.
Result<int> birthYearFrom(const QString &text, int line)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int year = t.toInt(&ok);
    if (!ok || year < kMinYear || year > kMaxYear)
        return inputError(line, Tr::tr("the birth year must be a year from %1 to %2, or empty (got \"%3\").")
                                    .arg(kMinYear).arg(kMaxYear).arg(t));
    return year;
}

const QStringList &knownColumns()
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("birth_year"), QStringLiteral("country")};
    return columns;
}

struct Line {
    int number = 0;
    QString text;
};

// Splits into lines, checking each one's length and UTF-8 before anything else reads it.
Result<QList<Line>> decodedLines(const QByteArray &bytes)
{
    QList<Line> out;
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a byte-order mark from spreadsheets
    int number = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++number;
        const qsizetype length = end - start;
        if (length > kMaxScreeningLineBytes)
            return inputError(number, Tr::tr("the line is %L1 bytes long; a line of the names file may have at most %L2.")
                                          .arg(length).arg(kMaxScreeningLineBytes));
        QByteArrayView raw(bytes.constData() + start, length);
        if (raw.endsWith('\r'))
            raw.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(raw);
        if (decoder.hasError())
            return inputError(number, Tr::tr("the text is not valid UTF-8; save the file as UTF-8 and try again."));
        out.append({number, std::move(text)});
        start = end + 1;
    }
    return out;
}

Result<QStringList> fieldsOf(const Line &line)
{
    auto table = parseCsv(line.text.toUtf8());
    if (!table)
        return inputError(line.number, table.error().message);
    return table.value().isEmpty() ? QStringList{} : table.value().first();
}

} // namespace

Result<QList<ScreeningQuery>> readScreeningCsv(const QByteArray &bytes)
{
    auto lines = decodedLines(bytes);
    if (!lines)
        return lines.error();
    QList<Line> rows;
    for (const Line &l : std::as_const(lines.value())) {
        if (!l.text.trimmed().isEmpty())
            rows << l;
    }
    if (rows.isEmpty())
        return Error{Error::Code::InvalidInput,
                     Tr::tr("The names file is empty: it needs a header row (name, birth_year, country) and one name per line.")};

    auto header = fieldsOf(rows.first());
    if (!header)
        return header.error();
    QList<int> columnOf(knownColumns().size(), -1);
    for (int i = 0; i < header.value().size(); ++i) {
        const QString column = header.value()[i].trimmed().toLower();
        const qsizetype known = knownColumns().indexOf(column);
        if (known < 0)
            return inputError(rows.first().number, Tr::tr("unknown column \"%1\"; the columns are name, birth_year and country.")
                                                       .arg(header.value()[i]));
        if (columnOf[known] >= 0)
            return inputError(rows.first().number, Tr::tr("the column \"%1\" appears twice.").arg(column));
        columnOf[known] = i;
    }
    if (columnOf[0] < 0)
        return inputError(rows.first().number, Tr::tr("the header row has no \"name\" column; the columns are name, "
                                                  "birth_year and country."));

    QList<ScreeningQuery> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Line &line = rows[r];
        auto fields = fieldsOf(line);
        if (!fields)
            return fields.error();
        if (fields.value().size() != header.value().size())
            return inputError(line.number, Tr::tr("%1 fields, but the header row has %2 columns.")
                                               .arg(fields.value().size()).arg(header.value().size()));
        ScreeningQuery q;
        q.line = line.number;
        q.name = fields.value()[columnOf[0]].trimmed();
        if (q.name.isEmpty())
            return inputError(line.number, Tr::tr("the name is empty."));
        if (columnOf[1] >= 0) {
            auto year = birthYearFrom(fields.value()[columnOf[1]], line.number);
            if (!year)
                return year.error();
            q.birthYear = year.value();
        }
        if (columnOf[2] >= 0)
            q.country = fields.value()[columnOf[2]].trimmed();
        out.append(q);
    }
    if (out.isEmpty())
        return Error{Error::Code::InvalidInput, Tr::tr("The names file has a header row but no names.")};
    return out;
}

Result<QList<ScreeningQuery>> parseScreeningText(const QString &text)
{
    QList<ScreeningQuery> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("[;\\t]")));
        if (parts.size() > 3)
            return inputError(i + 1, Tr::tr("write a name, then optionally a birth year and a country, separated by ';'."));
        ScreeningQuery q;
        q.line = i + 1;
        q.name = parts[0].trimmed();
        if (q.name.isEmpty())
            return inputError(i + 1, Tr::tr("the name is empty."));
        if (parts.size() > 1) {
            auto year = birthYearFrom(parts[1], i + 1);
            if (!year)
                return year.error();
            q.birthYear = year.value();
        }
        if (parts.size() > 2)
            q.country = parts[2].trimmed();
        out.append(q);
    }
    return out;
}

QList<ScreeningRow> screeningRows(const QList<ScreeningResult> &results, double threshold)
{
    QList<ScreeningRow> rows;
    for (const ScreeningResult &r : results) {
        int rank = 0;
        for (const ScreeningCandidate &c : r.candidates) {
            if (c.score >= threshold)
                rows.append({&r, &c, ++rank});
        }
        if (rank == 0)
            rows.append({&r, nullptr, 0});
    }
    return rows;
}

QString neutralisedCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString scoreText(double score)
{
    return QString::number(score, 'f', 2);
}

QStringList screeningCsvColumns()
{
    return {QStringLiteral("query_line"), QStringLiteral("query_name"), QStringLiteral("query_birth_year"),
            QStringLiteral("query_country"), QStringLiteral("rank"), QStringLiteral("score"),
            QStringLiteral("reference_number"), QStringLiteral("listed_name"), QStringLiteral("matched_name"),
            QStringLiteral("list"), QStringLiteral("listed_on"), QStringLiteral("resolution"),
            QStringLiteral("explanation")};
}

QByteArray screeningResultsCsv(const QList<ScreeningResult> &results, const QList<ScreeningTarget> &targets,
                               double threshold)
{
    QByteArray out = csvRecord(screeningCsvColumns());
    for (const ScreeningRow &row : screeningRows(results, threshold)) {
        const ScreeningQuery &q = row.result->query;
        QStringList fields{QString::number(q.line), q.name, q.birthYear > 0 ? QString::number(q.birthYear) : QString(),
                           q.country};
        if (row.candidate) {
            const ScreeningTarget &t = targets[row.candidate->target];
            fields << QString::number(row.rank) << scoreText(row.candidate->score) << t.referenceNumber << t.name
                   << t.names[row.candidate->nameIndex].text << t.listType << t.listedOn.toString(Qt::ISODate)
                   << t.resolution << row.candidate->explanation();
        } else {
            fields << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                   << QString() << Tr::tr("no designation scores %1 or more").arg(scoreText(threshold));
        }
        for (QString &f : fields)
            f = neutralisedCell(f);
        out += csvRecord(fields);
    }
    return out;
}

} // namespace st
