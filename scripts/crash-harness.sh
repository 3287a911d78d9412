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
APP="${1:?usage: crash-harness.sh APP_BINARY [RUNS_PER_PATH [CRASH_WRITER]]}"
RUNS="${2:-100}"
WRITER="${3:-}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$ROOT/tests/data/designations/un-consolidated-list-2024-09-26.xml"
WORK="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
failures=0

count() { sqlite3 "$1" "SELECT count(*) FROM $2" 2>/dev/null || echo "?"; }

# The JSON file to import: the bundled dataset as the app exports it.
"$APP" --database "$WORK/source.sqlite" --export "$WORK/dataset.json" 2>/dev/null

# The database each run starts from: an empty one (the default), the bundled dataset, or a copy of
# the schema-1 fixture for the migration path. Set by the caller of run_path.
START=empty
prepare() {
    rm -f "$1"*
    case "$START" in
        empty) "$APP" --database "$1" --empty --export /dev/null 2>/dev/null ;;
        bundled) "$APP" --database "$1" --export /dev/null 2>/dev/null ;;
        schema-1) cp "$ROOT/tests/data/migrations/schema-v1.sqlite" "$1" ;;
    esac
}

# The write itself: the app with --database DB and the path's arguments, or the crash writer. It
# replaces the shell it runs in (exec), so that run it in a subshell or in the background, the PID
# the harness kills is the writer's own.
write() {
    local db="$1"
    shift
    if [ "$1" = form-saves ]; then
        exec "$WRITER" form-saves "$db" "$2"
    else
        exec "$APP" --database "$db" "$@"
    fi
}

# path name, table whose count must be all or nothing, the write's arguments
run_path() {
    local name="$1" table="$2"
    shift 2
    if [ -n "${ST_CRASH_PATHS:-}" ] && [[ " $ST_CRASH_PATHS " != *" $name "* ]]; then
        return 0
    fi
    # A complete run: how long it takes and what "all" is.
    prepare "$WORK/full.sqlite"
    local none all start ms
    none=$(count "$WORK/full.sqlite" "$table")
    start=$(date +%s%N)
    (write "$WORK/full.sqlite" "$@") >/dev/null 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    all=$(count "$WORK/full.sqlite" "$table")
    local run killed=0 failed=0
    for run in $(seq 1 "$RUNS"); do
        local db="$WORK/$name-$run.sqlite"
        prepare "$db"
        local size_before
        size_before=$(stat -c %s "$db")
        write "$db" "$@" >/dev/null 2>&1 &
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
        local whole
        whole=$(all_or_nothing "$db" "$table" "$got" "$none" "$all")
        if [ "$integrity" != "ok" ] || [ -n "$fk" ] || [ -n "$whole" ] \
            || ! "$APP" --database "$db" --export /dev/null 2>/dev/null \
            || [ "$(count "$db" "$table")" != "$got" ]; then
            echo "FAIL $name run $run (killed after ${delay} ms): integrity '$integrity', foreign keys '$fk', $table $got (none $none, all $all) $whole; kept $db"
            failed=$((failed + 1))
            continue
        fi
        rm -f "$db"*
    done
    echo "$name: $RUNS runs (complete run ${ms} ms, $table $none -> $all), $killed killed mid-write, $failed failures"
    failures=$((failures + failed))
}

# Empty when the killed write left all or nothing, else what is wrong. For an import: the table holds
# all its rows or none. For form saves, each save is its own all-or-nothing unit: every harness event
# must stand as the audit log last recorded it, and every insert the log records must be stored. For a
# migration: every fixture row is still there (the next open finishes the migration; checked above).
all_or_nothing() {
    local db="$1" table="$2" got="$3" none="$4" all="$5"
    case "$WRITE_KIND" in
        import)
            [ "$got" = "$none" ] || [ "$got" = "$all" ] || echo "partial import" ;;
        form-saves)
            local astray missing
            astray=$(sqlite3 "$db" "SELECT count(*) FROM trigger_events e WHERE e.description LIKE 'Crash harness%'
                AND e.description IS NOT (SELECT json_extract(a.after, '\$.description') FROM audit_log a
                    WHERE a.table_name = 'trigger_events' AND a.row_id = e.id ORDER BY a.id DESC LIMIT 1)")
            missing=$(sqlite3 "$db" "SELECT count(*) FROM audit_log a WHERE a.table_name = 'trigger_events'
                AND a.operation = 'insert' AND a.row_id NOT IN (SELECT id FROM trigger_events)")
            [ "$astray" = 0 ] && [ "$missing" = 0 ] \
                || echo "saves half done: $astray events unlike their last audit row, $missing audited inserts missing" ;;
        migration)
            [ "$got" = "$none" ] || echo "rows lost in the migration" ;;
    esac
}

WRITE_KIND=import
run_path json-import resolutions --import "$WORK/dataset.json"
run_path un-list-import designations --import-un-list "$LIST"
run_path synthetic-generation resolutions --generate-synthetic 300
if [ -n "$WRITER" ]; then
    "$WRITER" write-un-list "$WORK/list-17500.xml" 17500
    run_path un-list-import-17500 designations --import-un-list "$WORK/list-17500.xml"
    START=bundled WRITE_KIND=form-saves run_path form-saves-undo-redo trigger_events form-saves 40
else
    echo "form saves and the 17,500-record list left out: no crash writer given"
fi
START=schema-1 WRITE_KIND=migration run_path migration-from-schema-1 measures --export /dev/null
[ "$failures" -eq 0 ] && rm -rf "$WORK"
exit $(( failures > 0 ))
