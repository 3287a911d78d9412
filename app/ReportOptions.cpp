// The --report options, parsed apart from the report they ask for, so that the command-line parser
// (and its fuzz target, fuzz/fuzz_cli.cpp) needs none of the report's pages.
#include "ReportCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace st
