#pragma once

#include "common/Result.h"

#include <QString>

namespace st {

// SQLite replays FILE-wal into FILE when it opens FILE, whatever database the -wal came from: a stale
// -wal of another database copied or left beside ours would overwrite our pages (the issue of a
// database that lost its tables while the app said it "was left unchanged"). Before the real open,
// when a -wal is present, this compares the main file read alone (immutable, the -wal ignored) with
// the database as the -wal would make it (read-only, nothing checkpointed): a different application
// id, an older schema or tables gone mean the -wal belongs to another database. Both files are then
// left exactly as they were and the Error says so. When either view cannot be read, it does not
// judge and lets the normal open decide.
Status checkWalBelongs(const QString &path);

} // namespace st
