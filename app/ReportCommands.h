#pragma once

#include <QCommandLineOption>
#include <QDate>
#include <QString>

class QCommandLineParser;

namespace st {

class Database;

// `--report OUT.pdf|OUT.html [--state CODE] [--from DATE] [--to DATE] [--page-size A4|Letter]`
// (docs/reports.md), checked when the command line is parsed; the state is checked against the
// database when the report is made.
struct ReportRequest {
    QString path;                 // empty: no report
    QString stateCode;            // empty: the database's only state
    QDate from;                   // null: from the first record
    QDate to;                     // null: today
    QString pageSize = QStringLiteral("A4");
    [[nodiscard]] bool isPdf() const { return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); }
};

// The report's options, added to the parser of the whole command line.
struct ReportCliOptions {
    QCommandLineOption report;
    QCommandLineOption state;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption pageSize;
};
ReportCliOptions addReportOptions(QCommandLineParser &parser);
// Fills `request` from a parsed command line; returns the usage error, or an empty string.
QString readReportOptions(const QCommandLineParser &parser, const ReportCliOptions &options, ReportRequest &request);

// Makes the report and writes it, printing what it wrote or what went wrong. Returns an ExitCode.
int runReport(const Database &db, const ReportRequest &request);

} // namespace st
