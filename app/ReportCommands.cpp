#include "ReportCommands.h"

#include "HeadlessCommands.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPages.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportCommands) };

QString readDate(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &name, QDate &date)
{
    if (!parser.isSet(option))
        return {};
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = parser.value(option);
    date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Tr::tr("%1 needs a real date written YYYY-MM-DD, e.g. 2017-12-22 (got \"%2\").").arg(name, text);
    return {};
}

} // namespace

ReportCliOptions addReportOptions(QCommandLineParser &parser)
{
    ReportCliOptions o{
        {QStringLiteral("report"),
         Tr::tr("Write a summary report to FILE (.pdf, or .html with the chart embedded), then exit. Works without "
            "a display."),
         Tr::tr("FILE")},
        {QStringLiteral("state"), Tr::tr("The state the --report covers, e.g. PRK. Default: the database's only state."),
         Tr::tr("CODE")},
        {QStringLiteral("from"), Tr::tr("Start the --report on DATE (YYYY-MM-DD)."), Tr::tr("DATE")},
        {QStringLiteral("to"), Tr::tr("End the --report on DATE (YYYY-MM-DD): measures in force on that day. Default: today."),
         Tr::tr("DATE")},
        {QStringLiteral("page-size"), Tr::tr("Paper of a PDF --report: A4 (default) or Letter."), Tr::tr("SIZE")},
    };
    parser.addOptions({o.report, o.state, o.from, o.to, o.pageSize});
    return o;
}

QString readReportOptions(const QCommandLineParser &parser, const ReportCliOptions &o, ReportRequest &request)
{
    if (!parser.isSet(o.report)) {
        for (const QCommandLineOption *option : {&o.state, &o.from, &o.to, &o.pageSize}) {
            if (parser.isSet(*option))
                return Tr::tr("--%1 only applies to --report.").arg(option->names().first());
        }
        return {};
    }
    request.path = parser.value(o.report);
    static const QRegularExpression kind(QStringLiteral("\\.(pdf|html?)$"), QRegularExpression::CaseInsensitiveOption);
    if (!kind.match(request.path).hasMatch())
        return Tr::tr("--report writes a PDF or an HTML file: the name must end in .pdf or .html (got \"%1\").").arg(request.path);
    if (parser.isSet(o.state)) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
        request.stateCode = parser.value(o.state);
        if (!code.match(request.stateCode).hasMatch())
            return Tr::tr("--state needs a three-letter state code such as PRK (got \"%1\").").arg(request.stateCode);
        request.stateCode = request.stateCode.toUpper();
    }
    if (QString error = readDate(parser, o.from, QStringLiteral("--from"), request.from); !error.isEmpty())
        return error;
    if (QString error = readDate(parser, o.to, QStringLiteral("--to"), request.to); !error.isEmpty())
        return error;
    if (request.from.isValid() && request.to.isValid() && request.from > request.to) {
        return Tr::tr("--from %1 is after --to %2: the report would end before it starts.")
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    }
    if (parser.isSet(o.pageSize)) {
        const QString size = parser.value(o.pageSize);
        if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            request.pageSize = QStringLiteral("A4");
        else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            request.pageSize = QStringLiteral("Letter");
        else
            return Tr::tr("--page-size must be A4 or Letter (got \"%1\").").arg(size);
    }
    return {};
}

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
        done = Tr::tr("Wrote the report on %1 (%2 resolutions and drafts, %3 pages, %4) to %5")
                   .arg(options.stateCode).arg(content.value().stamp.resolutions).arg(pages.value())
                   .arg(request.pageSize, request.path);
    } else {
        if (auto written = writeReportHtml(content.value(), request.path); !written) {
            printError(written.error().fullText());
            return ExitFailure;
        }
        done = Tr::tr("Wrote the report on %1 (%2 resolutions and drafts) to %3")
                   .arg(options.stateCode).arg(content.value().stamp.resolutions).arg(request.path);
    }
    std::fputs(qPrintable(done + QLatin1Char('\n')), stderr);
    return ExitOk;
}

} // namespace st
