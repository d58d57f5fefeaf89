#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian `postgresql`), on a free local port, in a temporary folder.
#   eval "$(scripts/test-postgres.sh start)"   starts it; exports PIXELSCRUB_TEST_POSTGRES_URL and PIXELSCRUB_TEST_PGDIR
#   scripts/test-postgres.sh stop DIR          stops it and removes its folder
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user the package creates.
set -euo pipefail
log() { echo "[test-postgres] $*" >&2; }

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { log "PostgreSQL server binaries not found (install Debian postgresql)"; exit 1; }

as_owner() { # run a server binary as the cluster owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  log "no free port in 55432-55532"; exit 1
}

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/pixelscrub-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    port="$(free_port)"
    as_owner "$PGBIN/initdb" -D "$dir/data" -A trust -U pixelscrub -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U pixelscrub pixelscrub_test
    log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    echo "export PIXELSCRUB_TEST_PGDIR='$dir'"
    echo "export PIXELSCRUB_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$port/pixelscrub_test?user=pixelscrub'"
    ;;
  stop)
    dir="${2:?usage: $0 stop DIR}"
    case "$dir" in /tmp/pixelscrub-pg.*) ;; *) log "refusing to remove $dir"; exit 1 ;; esac
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
