#!/usr/bin/env bash
# Line and branch coverage of the whole test suite, per layer (core, ui, app) and per file.
#
#   scripts/coverage.sh            build the coverage preset, run the suite, print the figures
#   scripts/coverage.sh --report   print the figures of the last run again, without building
#
# Branches on the paths that only throw (exception unwinding the compiler adds) and branches gcov
# marks unreachable are left out: they are not decisions in our code. The suite runs twice, as in CI:
# without a server, then the tests labelled postgres against a throwaway PostgreSQL cluster. The figures are also written
# to build/coverage/coverage-summary.json. Not part of CI: the instrumented build and run take about
# three times as long as the dev pass.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PACKAGES+=(gcovr)
ensure_packages

build="$ROOT/build/coverage"
if [ "${1:-}" != --report ]; then
    build_preset coverage
    # Counters add up across runs; start from zero so the figures are this run's alone.
    find "$build" -name '*.gcda' -delete
    cd "$ROOT"
    # A failing test still leaves its counters; report them, then fail.
    status=0
    ctest --preset coverage || status=$?
    # The team database's code (the PostgreSQL dialect and schema, roles, the server's audit, a lost
    # connection) runs only against a server: count the tests CI runs there, on a throwaway cluster.
    source "$ROOT/scripts/postgres.sh"
    trap stop_test_cluster EXIT
    start_test_cluster
    ctest --preset coverage-postgres || status=$?
    stop_test_cluster
    trap - EXIT
else
    status=0
fi

# A build made before counters were atomic can hold a negative count, which gcov prints and gcovr
# cannot parse: --gcov-ignore-parse-errors below reads the rest of that file.
# Objects of sources that no longer exist (a file moved or removed since an earlier build) keep their
# notes files; gcov cannot find their sources and gcovr stops. Drop them before reading.
ninja -C "$build" -t cleandead >/dev/null
find "$build" -name '*.gcno' | while read -r notes; do
    [ -e "${notes%.gcno}.o" ] || rm -f "$notes" "${notes%.gcno}.gcda"
done

cd "$ROOT"
gcovr --root "$ROOT" --object-directory "$build" \
    --filter 'core/' --filter 'ui/' --filter 'app/' \
    --exclude-throw-branches --exclude-unreachable-branches \
    --gcov-ignore-parse-errors \
    -j "$(nproc)" \
    --json-summary "$build/coverage-summary.json" --json-summary-pretty >/dev/null
python3 "$ROOT/scripts/coverage_summary.py" "$build/coverage-summary.json"
exit "$status"
