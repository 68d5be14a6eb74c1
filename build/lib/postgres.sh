# shellcheck shell=bash
# A private, throw-away PostgreSQL cluster for the integration tests.
#
#   source build/lib/common.sh; source build/lib/postgres.sh
#   ip_pg_start            # sets PG_PORT, PG_DIR and exports INVESTPROMO_TEST_POSTGRES
#   ...                    # the cluster is stopped and its folder deleted when the script exits
#
# The cluster lives in a mktemp folder, listens on 127.0.0.1 only at a free port (its socket in its
# own folder), trusts local connections and trades durability for speed (fsync off). IP_PG_EXTRA_OPTS adds
# server options (e.g. "-c shared_buffers=1GB" for the benchmark). When the
# script runs as root the server runs as the 'postgres' system user (initdb refuses root).

# shellcheck source=build/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_DIR=''
PG_PORT=''
_IP_PG_BINDIR=''
_IP_PG_USER=''

# Runs a command as the cluster's owner, from / (the postgres user may not read the cwd).
_ip_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u "$_IP_PG_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

ip_pg_stop() {
  [[ -n "$PG_DIR" ]] || return 0
  if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
    _ip_pg_as_owner "$_IP_PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    # Belt and braces: if pg_ctl could not stop it, kill the postmaster by its recorded pid.
    local pid
    pid="$(head -1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -rf -- "$PG_DIR"
  echo "PostgreSQL cluster on port ${PG_PORT:-?} stopped and $PG_DIR removed"
  PG_DIR=''
}

# Restarts the cluster (fast shutdown: open connections are cut) with the options it was started with (postmaster.opts).
ip_pg_restart() {
  [[ -n "$PG_DIR" ]] || ip_die "no PostgreSQL cluster to restart"
  _ip_pg_as_owner "$_IP_PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -m fast -w -t 60 restart >/dev/null
}

ip_pg_start() {
  _IP_PG_BINDIR="$(ip_find_pg_bindir)"
  [[ -n "$_IP_PG_BINDIR" ]] || ip_die "PostgreSQL server binaries (initdb, pg_ctl) not found"

  if [[ $EUID -eq 0 ]]; then
    _IP_PG_USER=postgres
    id -u "$_IP_PG_USER" >/dev/null 2>&1 \
      || ip_die "running as root but there is no 'postgres' system user to run the server (apt-get install -y postgresql creates it)"
  else
    _IP_PG_USER="$(id -un)"
  fi

  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/investpromo-pg.XXXXXX")"
  ip_on_exit ip_pg_stop
  chmod 700 "$PG_DIR"
  if [[ $EUID -eq 0 ]]; then chown "$_IP_PG_USER:" "$PG_DIR"; fi

  if ! _ip_pg_as_owner "$_IP_PG_BINDIR/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-locale -E UTF8 \
      >"$PG_DIR/initdb.log" 2>&1; then
    cat "$PG_DIR/initdb.log" >&2
    ip_die "initdb failed"
  fi

  local attempt
  for attempt in 1 2 3; do
    PG_PORT="$(ip_free_port)"
    if _ip_pg_as_owner "$_IP_PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${IP_PG_EXTRA_OPTS:-}" \
        start >/dev/null; then
      break
    fi
    ip_err "PostgreSQL did not start on port $PG_PORT (attempt $attempt):"
    tail -n 20 "$PG_DIR/server.log" >&2 || true
    if ((attempt == 3)); then ip_die "could not start PostgreSQL"; fi
  done

  export INVESTPROMO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$_IP_PG_BINDIR/postgres" -V | awk '{print $3}') running on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
  echo "INVESTPROMO_TEST_POSTGRES=$INVESTPROMO_TEST_POSTGRES"
}
