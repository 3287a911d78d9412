#pragma once

#include "common/Result.h"
#include "interchange/Csv.h"

namespace st {

class Database;

// The three tables analysts open in a spreadsheet, each with a header row. Lists of codes in one cell
// (states, vetoing members) are joined with ";" (codes never hold one); lists of free text (sources,
// aliases, nationalities) put one value per line, which RFC 4180 quotes. A line break inside one such
// value (the UN wraps long names) is written as a space, so every line is one value.
struct CsvTables {
    CsvTable resolutions;
    CsvTable measures;
    CsvTable designations;
};

Result<CsvTables> csvTables(const Database &db);

struct CsvExportSummary {
    int resolutions = 0;
    int measures = 0;
    int designations = 0;
    QStringList files; // absolute paths written
};

// Writes resolutions.csv, measures.csv and designations.csv into `directory` (created if missing).
// Each file is written beside its target and renamed into place, so a failure leaves the old file.
Result<CsvExportSummary> exportCsv(const Database &db, const QString &directory);

} // namespace st
