#include "CopyCommands.h"

#include "HeadlessCommands.h"
#include "TerminalPassword.h"
#include "storage/Database.h"
#include "storage/EngineCopy.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::CopyCommands) };

// A file by its absolute path, a server by its address as shown: two spellings of one place compare equal.
QString placeOf(const QString &where)
{
    if (!isServerAddress(where))
        return QFileInfo(where).absoluteFilePath();
    auto address = parseServerAddress(where);
    return address ? address.value().display() : where;
}

// A team database whose server asks a password ~/.pgpass lacks gets it typed on the terminal.
Result<std::unique_ptr<Database>> openAskingPassword(const QString &place, OpenOptions options)
{
    auto db = Database::open(place, options);
    if (db || !isServerAddress(place))
        return db;
    auto typed = passwordToRetry(place, db.error());
    if (!typed)
        return typed.error();
    options.password = typed.value();
    return Database::open(place, options);
}

void removeNewFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

CopyCliOptions addCopyOptions(QCommandLineParser &parser)
{
    CopyCliOptions o{
        QCommandLineOption(QStringLiteral("copy-to"),
                           Tr::tr("Copy the whole database into PLACE (a file, or a postgresql:// address of an empty "
                                  "team database), then exit."),
                           Tr::tr("PLACE")),
        QCommandLineOption(QStringLiteral("copy-from"),
                           Tr::tr("Copy the whole database at PLACE (a file or a postgresql:// address) into the "
                                  "--database, which must be empty, then exit."),
                           Tr::tr("PLACE")),
        QCommandLineOption(QStringLiteral("overwrite"),
                           Tr::tr("With --copy-to or --copy-from: replace everything the target holds.")),
    };
    parser.addOptions({o.copyTo, o.copyFrom, o.overwrite});
    return o;
}

QString readCopyOptions(const QCommandLineParser &parser, const CopyCliOptions &options, CopyRequest &request)
{
    request.to = parser.value(options.copyTo);
    request.from = parser.value(options.copyFrom);
    request.overwrite = parser.isSet(options.overwrite);
    if (parser.isSet(options.copyTo) && parser.isSet(options.copyFrom))
        return Tr::tr("--copy-to and --copy-from cannot be given together: copy one way at a time.");
    if ((parser.isSet(options.copyTo) || parser.isSet(options.copyFrom)) && !request.any())
        return Tr::tr("--copy-to and --copy-from need a file name or a postgresql:// address.");
    if (request.overwrite && !request.any())
        return Tr::tr("--overwrite only applies to --copy-to and --copy-from.");
    const QString other = request.any() ? (request.to.isEmpty() ? request.from : request.to) : QString();
    if (isServerAddress(other)) {
        if (auto address = parseServerAddress(other); !address)
            return address.error().message;
    }
    return {};
}

int runCopy(const QString &database, const CopyRequest &request)
{
    const bool outward = !request.to.isEmpty();
    const QString source = outward ? database : request.from;
    const QString target = outward ? request.to : database;
    if (placeOf(source) == placeOf(target)) {
        printError(Tr::tr("%1 cannot be copied onto itself.").arg(source));
        return ExitUsage;
    }
    // The source is only read: a missing file is not created, an outdated one not upgraded.
    auto from = openAskingPassword(source, OpenOptions{true, {}, {}});
    if (!from) {
        printError(Tr::tr("cannot read the source: %1").arg(from.error().fullText()));
        return ExitFailure;
    }
    const bool existed = isServerAddress(target) || QFileInfo::exists(target) || QFileInfo(target).isSymLink();
    auto to = openAskingPassword(target, OpenOptions{});
    if (!to) {
        if (!existed)
            removeNewFile(target);
        printError(Tr::tr("cannot open the target: %1").arg(to.error().fullText()));
        return ExitFailure;
    }
    to.value()->setWriteWait(commandLineWriteWait(target));
    auto copied = copyWholeDatabase(*from.value(), *to.value(),
                                    request.overwrite ? ExistingRows::Replace : ExistingRows::Refuse);
    const QString shownTarget = to.value()->path();
    to.value().reset();
    if (!copied) {
        if (!existed)
            removeNewFile(target);
        printError(copied.error().fullText());
        if (copied.error().code == Error::Code::Conflict)
            printError(Tr::tr("give --overwrite to replace what it holds with the copy"));
        else
            printError(Tr::tr("nothing was copied; the target is as it was"));
        return ExitFailure;
    }
    const CopySummary &s = copied.value();
    printMessage(Tr::tr("Copied %1 to %2: %3 rows in %4 tables")
                     .arg(from.value()->path(), shownTarget)
                     .arg(s.rows())
                     .arg(s.tables.size()));
    // One count per line, so a script can pick the one it wants.
    for (const TableCopied &t : s.tables)
        printMessage(QStringLiteral("%1: %2").arg(t.table).arg(t.rows));
    return ExitOk;
}

} // namespace st
