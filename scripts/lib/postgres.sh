# Starts a throw-away PostgreSQL server for the tests: a new cluster in a temporary directory, listening on a
# free loopback port only, with fsync off (its data is thrown away). Sourced by scripts/test.
# After start_test_postgres, RUNLIFT_TEST_POSTGRES holds a connection string to it; stop_test_postgres stops it
# and removes its directory. A developer's own server can be used instead by setting RUNLIFT_TEST_POSTGRES.

test_postgres_dir=""
test_postgres_bin=""

find_postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres_user() {
  # PostgreSQL refuses to run as root; Debian's package creates the 'postgres' user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  if [ -n "${RUNLIFT_TEST_POSTGRES:-}" ]; then
    echo "scripts/test: using the PostgreSQL server in RUNLIFT_TEST_POSTGRES."
    return 0
  fi

  test_postgres_bin=$(find_postgres_bin)
  if [ -z "$test_postgres_bin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "scripts/test: installing PostgreSQL (Debian package postgresql)..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; } || true
    test_postgres_bin=$(find_postgres_bin)
  fi
  if [ -z "$test_postgres_bin" ]; then
    echo "scripts/test: PostgreSQL is not installed (apt-get install postgresql); its tests will be skipped." >&2
    return 0
  fi

  test_postgres_dir=$(mktemp -d /tmp/runlift-postgres.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$test_postgres_dir"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)

  as_postgres_user "$test_postgres_bin/initdb" -D "$test_postgres_dir/data" -U runlift --auth=trust -E UTF8 --locale=C.UTF-8 >"$test_postgres_dir/initdb.log" 2>&1 ||
    { cat "$test_postgres_dir/initdb.log" >&2; return 1; }
  as_postgres_user "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -l "$test_postgres_dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $test_postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$test_postgres_dir/server.log" >&2; return 1; }

  export RUNLIFT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=runlift;Database=postgres"
  echo "scripts/test: PostgreSQL $(basename "$(dirname "$test_postgres_bin")") started on 127.0.0.1:$port."
}

stop_test_postgres() {
  if [ -n "$test_postgres_dir" ] && [ -d "$test_postgres_dir/data" ]; then
    as_postgres_user "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$test_postgres_dir"
  fi
}
