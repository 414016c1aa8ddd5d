#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the storage tests and prints its DATABASE_URL on stdout
# (everything else goes to stderr). Installs Debian's postgresql with apt-get when missing
# (needs root). The cluster listens on 127.0.0.1 only, on a free port, with trust auth for
# the local test user; it lives in a temporary directory and is not meant to outlive CI.
#
#   export DATABASE_URL="$(scripts/ci-postgres.sh)"
#   npm test
#   scripts/ci-postgres.sh --stop [DATA_DIR]   # optional: stop it again (the data directory
#                                              # is printed on stderr when it starts)
set -euo pipefail

log() { echo "ci-postgres: $*" >&2; }

find_bin() {
  local name=$1 dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
  done
  command -v "$name" 2>/dev/null || return 1
}

if [ "${1:-}" = "--stop" ]; then
  dir_file="/tmp/closer-ci-postgres.dir"
  data=${2:-}
  if [ -z "$data" ] && [ -f "$dir_file" ]; then data=$(cat "$dir_file"); fi
  [ -n "$data" ] && [ -d "$data" ] || { log "nothing to stop"; exit 0; }
  pg_ctl=$(find_bin pg_ctl)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$data" stop -m fast >&2 || true
  else "$pg_ctl" -D "$data" stop -m fast >&2 || true; fi
  rm -rf "$data" "$dir_file"
  exit 0
fi

if ! find_bin initdb >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL is not installed and this is not root: install Debian's postgresql (apt-get install postgresql)"
    exit 1
  fi
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
fi
initdb=$(find_bin initdb)
pg_ctl=$(find_bin pg_ctl)

# PostgreSQL refuses to run as root: run the cluster as the postgres system user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data=$(mktemp -d /tmp/closer-ci-postgres.XXXXXX)
if [ "$(id -u)" = 0 ]; then chown postgres: "$data"; fi
chmod 700 "$data"

log "initdb in $data"
as_owner "$initdb" -D "$data" -U closer --auth=trust --encoding=UTF8 --no-locale >&2
log "starting on 127.0.0.1:$port"
as_owner "$pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >&2
as_owner "$(dirname "$initdb")/createdb" -h 127.0.0.1 -p "$port" -U closer closer_test >&2
echo "$data" > /tmp/closer-ci-postgres.dir
log "running; stop with: scripts/ci-postgres.sh --stop $data"

echo "postgresql://closer@127.0.0.1:$port/closer_test"
