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

QByteArray csvRecord(const QStringList &fields);
QByteArray csvDocument(const CsvTable &table);

// Reads a document back (CRLF or LF line ends). A quote inside an unquoted field or a quoted field
// that never closes is refused with its line.
Result<CsvTable> parseCsv(const QByteArray &utf8);

} // namespace st
