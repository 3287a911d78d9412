#!/usr/bin/env bash
# Sourced by test.sh: a throwaway PostgreSQL cluster for the tests labelled `postgres` (issue 14).
# start_test_cluster makes a cluster in a new temporary folder, listening only on a unix socket in
# that folder (no TCP port, so it meets no other server), and exports ST_TEST_DATABASE_URL for the
# tests; stop_test_cluster stops it and removes the folder. test.sh calls the stop from an EXIT trap,
# so a failing test or an interrupted run does not leave a server behind.
# PostgreSQL refuses to run as root: under root (CI) the cluster runs as the unprivileged `nobody`.
# ST_PG_TCP_PORT=N also listens on 127.0.0.1:N (loopback only), and the address names that port: the
# team benchmarks (scripts/bench-team.sh) measure over TCP, as a colleague's app would connect.

ST_PG_DIR=""
ST_PG_AS=()

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] || { echo "PostgreSQL is not installed (the postgresql package)" >&2; return 1; }
    echo "$bin"
}

start_test_cluster() {
    local bin
    bin=$(pg_bin)
    ST_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/st-postgres.XXXXXX")
    ST_PG_AS=()
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody "$ST_PG_DIR"
        ST_PG_AS=(runuser -u nobody --)
    fi
    chmod 755 "$ST_PG_DIR"
    # Trust on the private socket only; no fsync: the cluster is gone after the run.
    "${ST_PG_AS[@]}" "$bin/initdb" -D "$ST_PG_DIR/data" -U st --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$ST_PG_DIR/initdb.log" 2>&1 || { cat "$ST_PG_DIR/initdb.log" >&2; return 1; }
    # Members of password_required must give a password (tst_connection_loss: reconnecting with the one
    # typed in the Connect dialog); everyone else is trusted. The first matching line decides.
    { printf 'local all +password_required scram-sha-256\nhost all +password_required 127.0.0.1/32 scram-sha-256\n'
      cat "$ST_PG_DIR/data/pg_hba.conf"; } >"$ST_PG_DIR/pg_hba.conf"
    "${ST_PG_AS[@]}" cp "$ST_PG_DIR/pg_hba.conf" "$ST_PG_DIR/data/pg_hba.conf"
    local listen="''" where="?host=$ST_PG_DIR"
    if [ -n "${ST_PG_TCP_PORT:-}" ]; then
        listen="127.0.0.1 -p $ST_PG_TCP_PORT"
        where=""
    fi
    "${ST_PG_AS[@]}" "$bin/pg_ctl" -D "$ST_PG_DIR/data" -l "$ST_PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=$listen -k $ST_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$ST_PG_DIR/server.log" >&2; return 1; }
    if [ -n "${ST_PG_TCP_PORT:-}" ]; then
        export ST_TEST_DATABASE_URL="postgresql://st@127.0.0.1:$ST_PG_TCP_PORT/postgres"
    else
        export ST_TEST_DATABASE_URL="postgresql://st@/postgres$where"
    fi
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') test cluster on $ST_PG_DIR"
}

stop_test_cluster() {
    [ -n "$ST_PG_DIR" ] || return 0
    local bin
    bin=$(pg_bin) || true
    if [ -f "$ST_PG_DIR/data/postmaster.pid" ]; then
        "${ST_PG_AS[@]}" "$bin/pg_ctl" -D "$ST_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$ST_PG_DIR"
    ST_PG_DIR=""
    unset ST_TEST_DATABASE_URL
}
