#!/usr/bin/env bash
# Crash safety (issue 12, item 12): kill -9 the app at a random moment while it writes, then check that
# the database passes PRAGMA integrity_check and foreign_key_check, opens, and holds all or none of
# the write. Paths: JSON import, UN list import, synthetic generation.
#
#   scripts/crash-harness.sh APP_BINARY [RUNS_PER_PATH]        (default 100; CTest runs 3)
#
# Prints one line per path: runs, killed mid-write (the database changed size or a -wal existed),
# failures. Exits 1 on any failure, naming the run and keeping its database in the work folder.
set -euo pipefail
APP="${1:?usage: crash-harness.sh APP_BINARY [RUNS_PER_PATH]}"
RUNS="${2:-100}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$ROOT/tests/data/unlist/un-consolidated-list-2024-09-26.xml"
WORK="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
failures=0

count() { sqlite3 "$1" "SELECT count(*) FROM $2" 2>/dev/null || echo "?"; }

# The JSON file to import: the bundled dataset as the app exports it.
"$APP" --database "$WORK/source.sqlite" --export "$WORK/dataset.json" 2>/dev/null

# path name, table whose count must be all or nothing, command after --database DB
run_path() {
    local name="$1" table="$2"
    shift 2
    # A complete run: how long it takes and what "all" is.
    rm -f "$WORK/full.sqlite"*
    "$APP" --database "$WORK/full.sqlite" --empty --export /dev/null 2>/dev/null
    local none all start ms
    none=$(count "$WORK/full.sqlite" "$table")
    start=$(date +%s%N)
    "$APP" --database "$WORK/full.sqlite" "$@" >/dev/null 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    all=$(count "$WORK/full.sqlite" "$table")
    local run killed=0 failed=0
    for run in $(seq 1 "$RUNS"); do
        local db="$WORK/$name-$run.sqlite"
        rm -f "$db"*
        "$APP" --database "$db" --empty --export /dev/null 2>/dev/null
        local size_before
        size_before=$(stat -c %s "$db")
        "$APP" --database "$db" "$@" >/dev/null 2>&1 &
        local pid=$!
        # Anywhere from the start to a little past the end of a complete run.
        local delay=$(( RANDOM * (ms * 12 / 10 + 1) / 32768 ))
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        if [ -s "$db-wal" ] || [ "$(stat -c %s "$db")" != "$size_before" ]; then
            killed=$((killed + 1))
        fi
        local integrity fk got
        integrity=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1 | head -1)
        fk=$(sqlite3 "$db" "PRAGMA foreign_key_check" 2>&1 | head -1)
        got=$(count "$db" "$table")
        if [ "$integrity" != "ok" ] || [ -n "$fk" ] || { [ "$got" != "$none" ] && [ "$got" != "$all" ]; } \
            || ! "$APP" --database "$db" --export /dev/null 2>/dev/null; then
            echo "FAIL $name run $run (killed after ${delay} ms): integrity '$integrity', foreign keys '$fk', $table $got (none $none, all $all); kept $db"
            failed=$((failed + 1))
            continue
        fi
        rm -f "$db"*
    done
    echo "$name: $RUNS runs (complete run ${ms} ms, $table $none -> $all), $killed killed mid-write, $failed failures"
    failures=$((failures + failed))
}

run_path json-import resolutions --import "$WORK/dataset.json"
run_path un-list-import designations --import-un-list "$LIST"
run_path synthetic-generation resolutions --generate-synthetic 300
[ "$failures" -eq 0 ] && rm -rf "$WORK"
exit $(( failures > 0 ))
