#!/usr/bin/env bash
# Build the libFuzzer targets (fuzz/, in the asan configuration: clang, ASan + UBSan) and run each one.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      default: 60 s each, every target, one per core at a time
#   ST_FUZZ_RUNS=N scripts/fuzz.sh [SECONDS]   stop each target after N executions or SECONDS, whichever
#                                              comes first (the issue's goal: 10,000,000 executions each)
#   ST_FUZZ_MAX_LEN=BYTES scripts/fuzz.sh ...  a smaller longest input for long runs: the formats' seeds are
#                                              up to 256 KB, which holds the JSON, XML, CSV and database
#                                              targets to tens or hundreds of executions per second
#
# First each target runs every committed regression input (fuzz/regressions/TARGET/: inputs that once
# crashed, kept so the crash stays fixed) and every seed; any failure stops the script. Then it
# fuzzes for SECONDS from a corpus assembled in build/asan/corpus/TARGET: its seeds (fuzz/seeds/ and
# the test fixtures listed below) plus what earlier runs on this machine found. A crash, leak or
# timeout writes the input to build/asan/findings/TARGET/ and fails the script: copy the input into
# fuzz/regressions/TARGET/ and fix the bug. Each run ends with its executions and executions per second.
set -euo pipefail
shopt -s nullglob # an empty regressions folder is no input
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json designations csv cli database)

# What seeds each target besides fuzz/seeds/TARGET (the fixtures of the test suite).
seed_sources() {
    case "$1" in
        json) echo "$ROOT/tests/data/bad/json" ;;
        designations) echo "$ROOT/tests/data/bad/xml $ROOT/tests/data/designations/un-list-small.xml $ROOT/tests/data/designations/un-list-small-newer.xml" ;;
        csv) echo "$ROOT/tests/data/screening/designated-queries.csv $ROOT/tests/data/screening/non-designated.csv" ;;
        cli) echo "$ROOT/tests/data/bad/cli" ;;
        database) echo "$ROOT/tests/data/bad/database $ROOT/tests/data/schema-v1.sqlite" ;;
    esac
}

# The longest input libFuzzer makes: large enough for the biggest seed of each format.
max_len() {
    case "$1" in
        database) echo 262144 ;;
        cli) echo 4096 ;;
        *) echo 131072 ;;
    esac
}

ensure_packages
echo "== fuzz: building the fuzz targets of the asan configuration (clang, libFuzzer, ASan + UBSan)"
build_preset fuzz asan # after scripts/test.sh's asan pass: already built

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp"
out="$ROOT/build/asan"

# One target: its known inputs, then SECONDS of fuzzing. Prints what it did; non-zero on any finding.
fuzz_target() {
    local t="$1"
    local binary="$out/fuzz/fuzz_$t"
    local corpus="$out/corpus/$t" findings="$out/findings/$t" log="$out/logs/$t.log"
    local regressions seeds fixtures existing runs per_second f
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    regressions=("$ROOT/fuzz/regressions/$t"/*)
    seeds=("$ROOT/fuzz/seeds/$t"/*)
    # shellcheck disable=SC2046
    fixtures=($(find $(seed_sources "$t") -type f ! -name '*.md' ! -name '*.py' ! -name '*.tsv' | sort))
    echo "== fuzz_$t: ${#regressions[@]} regression inputs, ${#seeds[@]} seeds and ${#fixtures[@]} fixtures, each run once"
    existing=()
    for f in "${regressions[@]}" "${seeds[@]}" "${fixtures[@]}"; do [ -f "$f" ] && existing+=("$f"); done
    if ! "$binary" -rss_limit_mb=2048 -timeout=10 "${existing[@]}" >"$log.replay" 2>&1; then
        tail -40 "$log.replay"
        echo "fuzz_$t: FAILED on a known input (full log: $log.replay)"
        return 1
    fi
    cp -n "${existing[@]}" "$corpus/" 2>/dev/null || true
    echo "== fuzz_$t: fuzzing for $seconds s"
    if "$binary" "$corpus" -dict="$ROOT/fuzz/dict/$t.dict" -max_total_time="$seconds" -runs="${ST_FUZZ_RUNS:--1}" -max_len="${ST_FUZZ_MAX_LEN:-$(max_len "$t")}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
        runs=$(awk '/^stat::number_of_executed_units/ {print $2}' "$log")
        per_second=$(awk '/^stat::average_exec_per_sec/ {print $2}' "$log")
        echo "fuzz_$t: $runs executions, $per_second per second, $(ls "$corpus" | wc -l) inputs in the corpus, no crash, leak or timeout"
    else
        grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" | head -20
        echo "fuzz_$t: FAILED; the input is in $findings/ (full log: $log)"
        return 1
    fi
}

# Each target is one process on one core: run as many at once as there are cores (ST_FUZZ_JOBS), so
# every target still gets its SECONDS and CI waits a fraction of the sum. Each prints when all are done.
parallel="${ST_FUZZ_JOBS:-$(nproc)}"
for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
    mkdir -p "$out/logs"
    { if fuzz_target "$t"; then rc=0; else rc=1; fi; echo "$rc" >"$out/logs/$t.status"; } >"$out/logs/$t.summary" 2>&1 &
done
wait
status=0
for t in "${targets[@]}"; do
    cat "$out/logs/$t.summary"
    [ "$(cat "$out/logs/$t.status" 2>/dev/null)" = 0 ] || status=1
done
exit $status
