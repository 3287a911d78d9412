#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run the whole test suite.
# Exits non-zero when anything fails. Pass ctest arguments through, e.g. scripts/test.sh -L core
#
# ST_TEST_PRESETS names the presets to build and test, in order (default: dev, the optimised build
# with assertions on). ST_TEST_PRESETS="dev asan" also runs the suite under AddressSanitizer and
# UBSan, which stop at the first error (halt_on_error=1) so that no report scrolls by unnoticed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_packages
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
for preset in ${ST_TEST_PRESETS:-dev}; do
    start=$SECONDS
    build_preset "$preset"
    built=$SECONDS
    cd "$ROOT"
    ctest --preset "$preset" "$@"
    echo "preset $preset: build $((built - start)) s, tests $((SECONDS - built)) s"
done
