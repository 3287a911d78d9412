#!/usr/bin/env bash
# The team database's figures (docs/team-database.md): starts a throwaway PostgreSQL cluster on
# 127.0.0.1 (scripts/postgres.sh), runs the load test (bench_team_load) and the 20,000-resolution
# workspace benchmark on SQLite and on the server side by side (bench_workspace), niced, then stops the
# cluster (also on failure). Traffic stays on the loopback address.
#   scripts/bench-team.sh [BENCH_BUILD_DIR]      (default build/bench; the dev build works too)
# ST_BENCH_CLIENTS (20), ST_BENCH_SECONDS (60), ST_PG_TCP_PORT (55432) change the run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/postgres.sh"
BUILD=${1:-$ROOT/build/bench}
export ST_PG_TCP_PORT=${ST_PG_TCP_PORT:-55432}
trap stop_test_cluster EXIT
start_test_cluster
bin=$(pg_bin)
for db in bench_load bench_workspace; do
    "$bin/createdb" -h 127.0.0.1 -p "$ST_PG_TCP_PORT" -U st --locale=C.UTF-8 --template=template0 "$db"
done
base="postgresql://st@127.0.0.1:$ST_PG_TCP_PORT"
echo "== machine: $(nproc) cores; $(uptime)"
echo "== load test"
nice -n 5 "$BUILD/bench/team/bench_team_load" --database "$base/bench_load" \
    --clients "${ST_BENCH_CLIENTS:-20}" --seconds "${ST_BENCH_SECONDS:-60}"
echo "== workspace, SQLite then PostgreSQL ($(uptime))"
sqlite=${ST_BENCH_SQLITE:-${TMPDIR:-/tmp}/sanctions-tracker-bench.sqlite}
nice -n 5 "$BUILD/bench/workspace/bench_workspace" --database "$sqlite" --database "$base/bench_workspace" \
    --runs "${ST_BENCH_RUNS:-5}"
echo "== done ($(uptime))"
