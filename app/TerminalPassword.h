#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace st {

// A team database's password typed on the terminal, as psql asks for it (issue 14, item 1: "from
// ~/.pgpass or a prompt"). The prompt and the typing use the controlling terminal, never standard
// output, which may be carrying an export; what is typed is not echoed, and the terminal is left as
// it was.

// After opening `address` failed with `refusal`: when the server wants a password, asks for it on the
// terminal and returns it, for one more try. Otherwise returns the refusal to report: unchanged when a
// password would not help or none was typed; saying how to give one (~/.pgpass) when there is no
// terminal to ask on (a script, cron, CI).
Result<QString> passwordToRetry(const QString &address, const Error &refusal);

// Reads one line from the terminal `fd` with echo off, after writing `prompt` to it. Nothing when `fd`
// is not a terminal or the analyst typed nothing (Enter or Ctrl-D). Tests use a pseudo-terminal.
std::optional<QString> readPasswordOn(int fd, const QString &prompt);

} // namespace st
