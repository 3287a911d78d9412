// The command-line parser (app/CommandLine): the input is one argument per line (the format of the
// bad-input catalogue's tests/data/bad/cli/*.args, which seed it), after the program's name, parsed
// without the help text, as main() does before it decides on a GUI.
#include "CommandLine.h"
#include "FuzzSupport.h"

#include <QStringList>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("sanctions-tracker")};
    QList<QByteArray> lines = st::fuzz::bytesOf(data, size).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the file's last newline ends the last argument
    for (const QByteArray &line : lines)
        arguments << QString::fromUtf8(line);
    const st::CommandLineResult parsed = st::parseCommandLine(arguments, false);
    // Either a command line or a usage error that says what is wrong, never both, never neither.
    if (parsed.commandLine.has_value() == !parsed.error.isEmpty())
        abort();
    (void)st::wantsWindow(parsed);
    return 0;
}
