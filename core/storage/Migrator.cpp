#include "storage/Migrator.h"

#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QObject>

namespace st {

Result<int> schemaVersion(const QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

namespace {

Result<QString> backUp(const QSqlDatabase &db, const QString &filePath, int version)
{
    if (filePath.isEmpty() || filePath == QLatin1String(":memory:"))
        return QString();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(filePath).arg(version).arg(stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(filePath).arg(version).arg(stamp).arg(n);
    auto done = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {target});
    if (!done) {
        // What stopped the copy (a damaged page, a full disk) is the reader's next step, so it stays
        // in the message; a half-written copy is no backup and goes.
        QFile::remove(target);
        Error e = done.error();
        e.message = QObject::tr("Could not write a backup copy before upgrading the database to %1: %2")
                        .arg(target, e.message);
        return e;
    }
    return target;
}

Status applyStep(const QSqlDatabase &db, const MigrationStep &step)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    for (const QString &statement : step.statements) {
        if (auto done = sql::exec(db, statement); !done) {
            Error e = done.error();
            e.message = QObject::tr("Upgrading the database to schema %1 (%2) failed.")
                            .arg(step.version)
                            .arg(QString::fromUtf8(step.description));
            return e;
        }
    }
    if (step.editsSchemaText) {
        auto cookie = sql::scalar(db, QStringLiteral("PRAGMA schema_version"));
        if (!cookie)
            return cookie.error();
        // PRAGMA takes no bound values; the cookie is SQLite's own integer, not input.
        if (auto done = sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(cookie.value().toLongLong() + 1)); !done)
            return done.error();
    }
    // PRAGMA takes no bound values; the version is our own integer, not input.
    if (auto done = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done)
        return done.error();
    if (auto done = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !done)
        return done.error();
    return tx.commit();
}

} // namespace

Result<MigrationReport> migrate(const QSqlDatabase &db, const QString &filePath, int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;

    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    MigrationReport report{current.value(), current.value(), {}};

    if (report.fromVersion > latest) {
        return Error{Error::Code::NewerSchema,
                     QObject::tr("This database was written by a newer version of Sanctions Tracker "
                                 "(schema %1; this version knows schema %2 at most). Please upgrade the app.")
                         .arg(report.fromVersion)
                         .arg(latest)};
    }
    if (report.fromVersion >= targetVersion)
        return report;

    if (report.fromVersion > 0) {
        auto backup = backUp(db, filePath, report.fromVersion);
        if (!backup)
            return backup.error();
        report.backupPath = backup.value();
    }

    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= report.fromVersion || step.version > targetVersion)
            continue;
        if (auto done = applyStep(db, step); !done)
            return done.error();
        report.toVersion = step.version;
    }
    return report;
}

} // namespace st
