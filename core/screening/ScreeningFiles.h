#pragma once

#include "common/Result.h"
#include "screening/ScreeningIndex.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace st {

// The longest line a name file may have: a name with its year and country is a few hundred bytes,
// so a longer line is a wrong file (a binary, a whole document on one line), refused before decoding.
inline constexpr qsizetype kMaxScreeningLineBytes = 64 * 1024;

// A names file (docs/screening.md): UTF-8 CSV with a header row naming its columns, `name` required,
// `birth_year` and `country` optional, in any order. Refused as a whole, with the line, when empty,
// not UTF-8, a line too long, a column unknown or repeated, a row with the wrong number of fields,
// an empty name or a birth year that is not a year.
Result<QList<ScreeningQuery>> readScreeningCsv(const QByteArray &bytes);

// Names typed or pasted in the Screening panel: one per line, optionally followed by the birth
// year and the country, separated by ';' or a tab ("Ri Jong Won; 1958; DPRK"). Blank lines are
// skipped; a bad birth year is refused with its line.
Result<QList<ScreeningQuery>> parseScreeningText(const QString &text);

// One row of the results: a candidate, or the query alone when nothing reached the threshold.
struct ScreeningRow {
    const ScreeningResult *result = nullptr;
    const ScreeningCandidate *candidate = nullptr; // null: no match
    int rank = 0;                                   // 1 for the best candidate
};
QList<ScreeningRow> screeningRows(const QList<ScreeningResult> &results, double threshold);

// The results as CSV (RFC 4180, UTF-8, header row; columns in docs/screening.md), every query with its
// candidates at or above `threshold`, or one row saying it had none. A cell that a spreadsheet would
// run as a formula (starting with = + - @, a tab or CR) is written with a leading apostrophe.
QByteArray screeningResultsCsv(const QList<ScreeningResult> &results, const QList<ScreeningTarget> &targets,
                               double threshold);
QStringList screeningCsvColumns();

// `text` made safe for spreadsheets (see above).
QString neutralisedCell(const QString &text);

// "0.93"
QString scoreText(double score);

} // namespace st
