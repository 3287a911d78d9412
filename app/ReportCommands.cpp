#include "ReportCommands.h"

#include "HeadlessCommands.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPages.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportCommands) };

// "1 resolution or draft", "27 resolutions and drafts".
QString resolutionsAndDrafts(int count) { return Tr::tr("%n resolution(s) and draft(s)", nullptr, count); }

} // namespace

int runReport(const Database &db, const ReportRequest &request)
{
    ReportOptions options;
    options.stateCode = request.stateCode;
    options.from = request.from;
    options.to = request.to;
    if (options.stateCode.isEmpty()) {
        auto states = reportStates(db);
        if (!states) {
            printError(Tr::tr("cannot make the report: %1").arg(states.error().fullText()));
            return ExitFailure;
        }
        if (states.value().size() != 1) {
            QStringList codes;
            for (const SanctionedState &s : states.value())
                codes << s.code;
            printError(codes.isEmpty() ? Tr::tr("cannot make the report: the database holds no state")
                                       : Tr::tr("the database holds several states (%1): choose one with --state")
                                             .arg(codes.join(QStringLiteral(", "))));
            return ExitFailure;
        }
        options.stateCode = states.value().first().code;
    }
    auto content = buildReport(db, options);
    if (!content) {
        printError(Tr::tr("cannot make the report: %1").arg(content.error().fullText()));
        return ExitFailure;
    }
    QString done;
    if (request.isPdf()) {
        const QPageSize size(request.pageSize == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4);
        auto pages = writeReportPdf(content.value(), request.path, ReportPages::defaultPageLayout(size));
        if (!pages) {
            printError(pages.error().fullText());
            return ExitFailure;
        }
        done = Tr::tr("Wrote the report on %1 (%2, %3, %4) to %5")
                   .arg(options.stateCode, resolutionsAndDrafts(content.value().stamp.resolutions),
                        Tr::tr("%n page(s)", nullptr, pages.value()), request.pageSize, request.path);
    } else {
        if (auto written = writeReportHtml(content.value(), request.path); !written) {
            printError(written.error().fullText());
            return ExitFailure;
        }
        done = Tr::tr("Wrote the report on %1 (%2) to %3")
                   .arg(options.stateCode, resolutionsAndDrafts(content.value().stamp.resolutions), request.path);
    }
    std::fputs(qPrintable(done + QLatin1Char('\n')), stderr);
    return ExitOk;
}

} // namespace st
