#!/usr/bin/env bash
# Build the libFuzzer targets (fuzz/, in the asan configuration: clang, ASan + UBSan) and run each one.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      default: 60 s each, every target, one after the other
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
status=0
for t in "${targets[@]}"; do
    binary="$out/fuzz/fuzz_$t"
    corpus="$out/corpus/$t"
    findings="$out/findings/$t"
    log="$out/logs/$t.log"
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
        status=1
        continue
    fi
    cp -n "${existing[@]}" "$corpus/" 2>/dev/null || true
    echo "== fuzz_$t: fuzzing for $seconds s"
    if "$binary" "$corpus" -dict="$ROOT/fuzz/dict/$t.dict" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
        runs=$(awk '/^stat::number_of_executed_units/ {print $2}' "$log")
        per_second=$(awk '/^stat::average_exec_per_sec/ {print $2}' "$log")
        echo "fuzz_$t: $runs executions, $per_second per second, $(ls "$corpus" | wc -l) inputs in the corpus, no crash, leak or timeout"
    else
        grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" | head -20
        echo "fuzz_$t: FAILED; the input is in $findings/ (full log: $log)"
        status=1
    fi
done
exit $status
