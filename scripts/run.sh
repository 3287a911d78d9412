#!/usr/bin/env bash
# Install what is missing, build, and start Sanctions Tracker on its default database.
# Extra arguments go to the app, e.g. scripts/run.sh --database /tmp/test.sqlite
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_packages
build_preset release
exec "$ROOT/build/release/app/sanctions-tracker" "$@"
