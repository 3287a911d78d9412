#include "interchange/Csv.h"

#include <QObject>
#include <QRegularExpression>

namespace st {

namespace {

bool needsQuotes(const QString &field)
{
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

bool isPlainNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

QString spreadsheetSafe(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!triggers.contains(cell.front()) || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QByteArray csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        const QString f = spreadsheetSafe(fields[i]);
        if (needsQuotes(f)) {
            QString quoted = f;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            line += f;
        }
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QByteArray csvDocument(const CsvTable &table)
{
    QByteArray out;
    for (const QStringList &row : table)
        out += csvRecord(row);
    return out;
}

Result<CsvTable> parseCsv(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    CsvTable table;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        row << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        table << row;
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return Error{Error::Code::InvalidInput,
                             QObject::tr("Line %1: a double quote inside an unquoted field.").arg(line)};
            quoted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return Error{Error::Code::InvalidInput,
                             QObject::tr("Line %1: text after the closing quote of a field.").arg(line)};
            field += c;
        }
    }
    if (quoted)
        return Error{Error::Code::InvalidInput,
                     QObject::tr("Line %1: a quoted field is never closed.").arg(quoteLine)};
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRecord(); // a last record without its line end
    return table;
}

} // namespace st
