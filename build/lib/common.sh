# shellcheck shell=bash
# Helpers shared by the build scripts. Source it; it defines functions and a few variables only.
#   REPO_ROOT          absolute path of the repository
#   ip_step NAME       announce a step (header + timing of the previous one)
#   ip_on_exit CMD     run CMD when the script exits (LIFO; also on failure and Ctrl-C)
#   ip_require_cmd ... stop unless each command exists
#   ip_free_port       print a free TCP port on 127.0.0.1

if [[ -n "${_IP_COMMON_SH:-}" ]]; then return 0; fi
_IP_COMMON_SH=1

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

# Colour only on a terminal.
if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  _IP_BOLD=$'\033[1m'; _IP_RED=$'\033[31m'; _IP_GREEN=$'\033[32m'; _IP_DIM=$'\033[2m'; _IP_RESET=$'\033[0m'
else
  _IP_BOLD=''; _IP_RED=''; _IP_GREEN=''; _IP_DIM=''; _IP_RESET=''
fi

ip_info() { printf '%s\n' "$*"; }
ip_ok() { printf '%s%s%s\n' "$_IP_GREEN" "$*" "$_IP_RESET"; }
ip_err() { printf '%s%s%s\n' "$_IP_RED" "$*" "$_IP_RESET" >&2; }
ip_die() { ip_err "error: $*"; exit 1; }

# Human-readable seconds: 75 -> "1m15s".
ip_fmt_secs() {
  local s=$1
  if ((s >= 60)); then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

# ---- steps with timing -------------------------------------------------------------------------
IP_STEP_NAMES=()
IP_STEP_SECS=()
_IP_STEP_CURRENT=''
_IP_STEP_STARTED=0

_ip_step_close() {
  if [[ -n "$_IP_STEP_CURRENT" ]]; then
    local took=$((SECONDS - _IP_STEP_STARTED))
    IP_STEP_NAMES+=("$_IP_STEP_CURRENT")
    IP_STEP_SECS+=("$took")
    printf '%s   (%s took %s)%s\n' "$_IP_DIM" "$_IP_STEP_CURRENT" "$(ip_fmt_secs "$took")" "$_IP_RESET"
    _IP_STEP_CURRENT=''
  fi
}

# ip_step "Build" : closes the previous step (printing its time) and announces the next.
ip_step() {
  _ip_step_close
  _IP_STEP_CURRENT="$1"
  _IP_STEP_STARTED=$SECONDS
  printf '\n%s==> [%s] %s%s\n' "$_IP_BOLD" "$(date +%H:%M:%S)" "$1" "$_IP_RESET"
}

ip_step_end() { _ip_step_close; }

# ---- exit handlers ---------------------------------------------------------------------------
# Handlers run in reverse order of registration, whatever way the script ends. A failing handler
# does not stop the others.
_IP_EXIT_HANDLERS=()
ip_on_exit() { _IP_EXIT_HANDLERS+=("$1"); }

_ip_run_exit_handlers() {
  local rc=$? i
  # shellcheck disable=SC2034 # read by the handlers
  IP_EXIT_CODE=$rc
  trap - EXIT INT TERM HUP
  set +e
  for ((i = ${#_IP_EXIT_HANDLERS[@]} - 1; i >= 0; i--)); do
    eval "${_IP_EXIT_HANDLERS[$i]}" || true
  done
  exit "$rc"
}
trap _ip_run_exit_handlers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---- prerequisites -----------------------------------------------------------------------------
# ip_require_cmd dotnet node npm : stop naming every missing command.
ip_require_cmd() {
  local missing=() c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if ((${#missing[@]})); then
    ip_err "missing: ${missing[*]} (install the .NET 10 SDK and Node.js 20+ with npm)"
    exit 1
  fi
}

# Directory holding initdb/pg_ctl, newest major first, else from PATH. Prints nothing if none.
ip_find_pg_bindir() {
  local d
  if [[ -n "${PG_BINDIR:-}" && -x "${PG_BINDIR}/initdb" && -x "${PG_BINDIR}/pg_ctl" ]]; then
    printf '%s\n' "$PG_BINDIR"; return 0
  fi
  while IFS= read -r d; do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then printf '%s\n' "$d"; return 0; fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k4 -n -r)
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 0
}

ip_find_chromium() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium; do
    if [[ -n "$c" && -x "$c" ]]; then printf '%s\n' "$c"; return 0; fi
  done
  return 0
}

# ip_ensure_debian_packages PKG... : install the given Debian packages when root on Debian,
# otherwise say how to install them and stop.
ip_ensure_debian_packages() {
  (($#)) || return 0
  if [[ $EUID -eq 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1; then
    ip_info "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@"
  else
    local p
    for p in "$@"; do ip_err "missing: Debian package '$p' (apt-get install -y $p)"; done
    exit 1
  fi
}

# ---- ports -------------------------------------------------------------------------------------
_ip_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints a TCP port that nothing listens on at 127.0.0.1.
ip_free_port() {
  local p
  if command -v python3 >/dev/null 2>&1; then
    p="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || true)"
    if [[ -n "$p" ]] && ! _ip_port_in_use "$p"; then printf '%s\n' "$p"; return 0; fi
  fi
  local i
  for ((i = 0; i < 200; i++)); do
    p=$((20000 + RANDOM % 40000))
    if ! _ip_port_in_use "$p"; then printf '%s\n' "$p"; return 0; fi
  done
  ip_die "could not find a free TCP port"
}

# ip_wait_http URL SECONDS [PID] : wait until URL answers 2xx; fail early if PID dies.
ip_wait_http() {
  local url=$1 limit=$2 pid=${3:-} deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      ip_err "the process ($pid) exited before $url answered"
      return 1
    fi
    sleep 1
  done
  ip_err "$url did not answer within ${limit}s"
  return 1
}

# ip_kill_tree PID : stop a background process (TERM, then KILL after 10 s).
ip_kill_tree() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
}
