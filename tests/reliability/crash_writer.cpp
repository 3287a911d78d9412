// The crash harness's writer (scripts/crash-harness.sh): the writing paths that have no command-line
// option of their own, run in a loop so that a kill -9 can land anywhere inside them.
//
//   crash_writer form-saves DB N        N rounds of the trigger-event form's Save: create an event,
//                                       save an edit of it, undo the edit, redo it (RecordEdits, the
//                                       same calls the forms and Edit > Undo make)
//   crash_writer write-un-list OUT N    write a UN list of N records (the real list repeated) to OUT
#include "SyntheticUnList.h"
#include "editing/RecordEdits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace st;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(what));
    return 1;
}

int formSaves(const QString &path, int rounds)
{
    auto opened = Database::open(path, OpenOptions{false, QStringLiteral("crash-harness")});
    if (!opened)
        return fail(opened.error().fullText());
    const RecordEdits edits(*opened.value());
    for (int round = 1; round <= rounds; ++round) {
        TriggerEvent event;
        event.stateCode = QStringLiteral("PRK");
        event.date = QDate(2030, 1, 1).addDays(round);
        event.kind = EventKind::Other;
        event.description = QStringLiteral("Crash harness event %1").arg(round);
        event.source = QStringLiteral("https://example.org/crash-harness");
        auto created = edits.createEvent(event);
        if (!created)
            return fail(created.error().fullText());
        event.description += QStringLiteral(" (edited)");
        auto edited = edits.updateEvent(created.value().after.id, event);
        if (!edited)
            return fail(edited.error().fullText());
        if (Status undone = edits.undo(edited.value()); !undone)
            return fail(undone.error().fullText());
        if (Status redone = edits.redo(edited.value()); !redone)
            return fail(redone.error().fullText());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool counted = false;
    const int n = args.size() == 4 ? args.at(3).toInt(&counted) : 0;
    if (!counted || n < 1)
        return fail(QStringLiteral("usage: crash_writer form-saves DB N | write-un-list OUT.xml N"));
    if (args.at(1) == QLatin1String("form-saves"))
        return formSaves(args.at(2), n);
    if (args.at(1) == QLatin1String("write-un-list")) {
        const QString failed = test::writeSyntheticUnList(QStringLiteral(ST_REAL_UN_LIST), args.at(2), n);
        return failed.isEmpty() ? 0 : fail(failed);
    }
    return fail(QStringLiteral("unknown mode %1").arg(args.at(1)));
}
