#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run the whole test suite in each pass.
# Exits non-zero when anything fails. Pass ctest arguments through, e.g. scripts/test.sh -L core
#
# The passes (ST_TEST_PRESETS, in order; default "dev asan fuzz", what CI runs):
#   dev   the optimised build (-O2 -g1) with assertions on: the code as users get it; then the tests
#         labelled postgres (CTest preset `postgres`) against a throwaway PostgreSQL cluster that
#         scripts/postgres.sh starts in a temporary folder and stops on exit, also on failure
#   asan  clang at -O1 under AddressSanitizer and UBSan, assertions on; both stop at the first error
#         (halt_on_error=1) so that no report scrolls by unnoticed, and leaks fail the test. The same
#         build carries libFuzzer's coverage hooks and the fuzz targets, so the fuzz pass builds nothing
#         (one instrumented build instead of two: minutes of CI), and the suite meets a second compiler
#   fuzz  the libFuzzer targets (scripts/fuzz.sh): every regression input and seed, then
#         ST_FUZZ_SECONDS of fuzzing per target (default 30, to keep CI within 40 minutes on 2 cores;
#         scripts/fuzz.sh runs them for as long as asked)
# e.g. ST_TEST_PRESETS=dev scripts/test.sh for the quick pass alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
trap stop_test_cluster EXIT
ensure_packages
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
passes=(${ST_TEST_PRESETS:-dev asan fuzz})
summary=()
n=0
for preset in "${passes[@]}"; do
    n=$((n + 1))
    start=$SECONDS
    echo
    echo "==== pass $n of ${#passes[@]}: $preset ===="
    if [ "$preset" = fuzz ]; then
        "$ROOT/scripts/fuzz.sh" "${ST_FUZZ_SECONDS:-30}"
        summary+=("pass $n, fuzz: build and fuzzing $((SECONDS - start)) s")
    else
        build_preset "$preset"
        built=$SECONDS
        echo "==== pass $n of ${#passes[@]}: $preset built in $((built - start)) s; running the suite ===="
        cd "$ROOT"
        ctest --preset "$preset" "$@"
        summary+=("pass $n, $preset: build $((built - start)) s, tests $((SECONDS - built)) s")
        if [ "$preset" = dev ]; then
            server=$SECONDS
            echo "==== pass $n of ${#passes[@]}: $preset against PostgreSQL ===="
            start_test_cluster
            ctest --preset postgres "$@"
            stop_test_cluster
            summary+=("pass $n, $preset against PostgreSQL: $((SECONDS - server)) s")
        fi
    fi
done
echo
printf '%s\n' "${summary[@]}"
echo "all ${#passes[@]} passes green in $SECONDS s"
