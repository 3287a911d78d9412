#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run the whole test suite.
# Exits non-zero when anything fails. Pass ctest arguments through, e.g. scripts/test.sh -L core
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_packages
build_preset dev
cd "$ROOT"
ctest --preset dev "$@"
