#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace st {

// RFC 4180 CSV in UTF-8: fields separated by commas, records ended by CRLF; a field holding a comma,
// a double quote, CR or LF is quoted, its quotes doubled. No byte-order mark: tools that read UTF-8
// CSV do not need one, and some choke on it.
using CsvTable = QList<QStringList>; // the header row first

// Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula, so a
// designated name such as =HYPERLINK(...) would become a live link or worse ("CSV injection"). Such a
// cell gets a leading apostrophe, which spreadsheets show as text and hide. A cell that is wholly a
// plain number ("-2", "+3.5", "-1e-3") is kept as it is: it can only evaluate to itself, and numeric
// columns (caps, votes) must stay numbers.
QString spreadsheetSafe(const QString &cell);

// One record; every field goes through spreadsheetSafe().
QByteArray csvRecord(const QStringList &fields);
QByteArray csvDocument(const CsvTable &table);

// Reads a document back (CRLF or LF line ends). A quote inside an unquoted field or a quoted field
// that never closes is refused with its line.
Result<CsvTable> parseCsv(const QByteArray &utf8);

} // namespace st
