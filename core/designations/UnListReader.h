#pragma once

#include "common/Result.h"
#include "domain/UnListRecord.h"

#include <functional>

class QIODevice;

namespace st {

// Called after each chunk the reader consumes; returning false cancels the read. It runs on the
// reading thread, so a UI passes something thread-safe (an atomic flag, a queued call).
using ReadProgress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

// Takes the records as they are read, a few hundred at a time, on the reading thread, so that they
// can be written while the rest of the file is read. Returning false stops the read.
using RecordSink = std::function<bool(QList<UnListRecord> &&records)>;

// Reads a whole UN Consolidated List (the UN's XML) in chunks, hashing the bytes as they pass: with
// PlainXmlScanner, fast, while the file is the plain XML the UN writes; anything else in a file that can
// be read again from the start is read again with QXmlStreamReader (and a pipe only so), which gives the
// same list, or refuses the file in its words. Anything that is not a complete, well-formed list with a REFERENCE_NUMBER,
// UN_LIST_TYPE, name and real LISTED_ON date on every record is refused with the line and column of
// the first problem. Needs no database, so it may run on a worker thread.
// With a `sink`, the records go to it and the returned list has none, only the counts and the rest.
Result<UnList> readUnList(QIODevice &device, const ReadProgress &progress = {}, const RecordSink &sink = {});
Result<UnList> readUnListFile(const QString &path, const ReadProgress &progress = {}, const RecordSink &sink = {});

// True for the error readUnList() returns when `progress` asked it to stop.
bool isCancellation(const Error &error);

// "2016-03-02", also with the time-zone suffix the UN sometimes writes ("2015-03-27-04:00"); an
// invalid QDate for anything else, including impossible dates such as 2016-13-01.
QDate parseUnDate(QStringView text);

} // namespace st
