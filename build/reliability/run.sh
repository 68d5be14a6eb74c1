#!/usr/bin/env bash
# The reliability run (issue 17): two API instances on one private PostgreSQL cluster, Hangfire on both (the weekly
# publication, the digest, the quarterly scheduling, the evaluation and the totals' check scheduled every minute, so that
# both servers race for each occurrence), attachments in a real S3-compatible store (s3rver, build/tools/s3rver), a sustained
# mixed load through both (build/reliability/load.mjs), and faults:
#   - at 25% of the run PostgreSQL restarts (pg_ctl restart -m fast);
#   - at 40% the object store refuses every request for 30 s (15% of a shorter run): s3rver is stopped, then started again;
#   - at 60% instance B is killed with SIGKILL in the middle of a reward calculation it was asked for, then started again.
# Afterwards build/reliability/check.mjs checks that every acknowledged write is stored (with its audit entries and, for
# attachments, its bytes), that no job's result is duplicated or half-written, that no request hung more than 30 s, that
# 5xx answers and refused connections fall only within the fault windows, and that memory did not grow by more than 20%.
# Then, the faults over and the checks done (its junk data cannot disturb them), the spec-driven fuzz (build/lib/fuzz.sh)
# probes both instances as each of the seven roles (anonymous, admin, reviewer, filer, leader, association and a read-write
# API key): --fuzz-requests malformed requests per role (default 10,000 for a run of 600 s or more, else 5 per second of
# the run: 300 in the 60-second smoke); any 5xx or hang fails the run. It prints a table (build/reliability/table.mjs) and
# exits 1 on any failure.
#
#   build/reliability/run.sh [--seconds 600] [--no-build] [--out artifacts/reliability] [--fuzz-requests N]
#
# Not part of the default test command, which runs a 60-second smoke of it (build/test.sh: --seconds 60).
set -Eeuo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=build/lib/common.sh
source build/lib/common.sh
# shellcheck source=build/lib/postgres.sh
source build/lib/postgres.sh
# shellcheck source=build/lib/fuzz.sh
source build/lib/fuzz.sh

SECONDS_TO_RUN=600
BUILD=1
OUT="$REPO_ROOT/artifacts/reliability"
FUZZ_REQUESTS=''
while (($# > 0)); do
  case "$1" in
    --seconds) SECONDS_TO_RUN=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --fuzz-requests) FUZZ_REQUESTS=$2; shift 2 ;;
    *) ip_die "unknown option $1 (--seconds N, --no-build, --out DIR, --fuzz-requests N)" ;;
  esac
done
((SECONDS_TO_RUN >= 30)) || ip_die "--seconds must be at least 30"
if [[ -z "$FUZZ_REQUESTS" ]]; then
  FUZZ_REQUESTS=10000
  ((SECONDS_TO_RUN >= 600)) || FUZZ_REQUESTS=$((SECONDS_TO_RUN * 5))
fi
[[ "$FUZZ_REQUESTS" =~ ^[0-9]+$ ]] || ip_die "--fuzz-requests must be a number"
ip_require_cmd node curl dotnet
S3RVER="$REPO_ROOT/build/tools/s3rver/node_modules/s3rver/bin/s3rver.js"
[[ -f "$S3RVER" ]] || ip_die "s3rver is not installed: npm ci --prefix build/tools/s3rver (build/test.sh does it)"
rm -rf -- "$OUT"
mkdir -p "$OUT"
API_DIR="$REPO_ROOT/src/Api/bin/Release/net10.0"
if ((BUILD == 1)); then
  dotnet build src/Api/Api.csproj -c Release -nologo -v quiet >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; ip_die "the API did not build"; }
fi
[[ -f "$API_DIR/InvestPromo.Api.dll" ]] || ip_die "$API_DIR/InvestPromo.Api.dll not found (build first, or drop --no-build)"

ip_pg_start >/dev/null
PSQL="$(ip_find_pg_bindir)/psql"
[[ -x "$PSQL" ]] || PSQL="$(command -v psql || true)"
[[ -n "$PSQL" ]] || ip_die "psql not found (apt-get install -y postgresql-client)"
DB=investpromo_reliability
"$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAtc "CREATE DATABASE $DB" >/dev/null
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$DB"
DATA="$(mktemp -d "${TMPDIR:-/tmp}/investpromo-reliability.XXXXXX")"
# shellcheck disable=SC2016 # expanded when the handler runs
ip_on_exit 'rm -rf -- "$DATA"'
mkdir -p "$DATA/a" "$DATA/b" "$DATA/s3"
BUCKET=investpromo-reliability
S3_PORT="$(ip_free_port)"
S3_PID=''
start_s3() {
  node "$S3RVER" -d "$DATA/s3" -a 127.0.0.1 -p "$S3_PORT" -s --configure-bucket "$BUCKET" >>"$OUT/s3rver.log" 2>&1 &
  S3_PID=$!
  local i
  for ((i = 0; i < 60; i++)); do
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$S3_PORT/" && return 0
    sleep 0.5
  done
  ip_die "s3rver did not start on port $S3_PORT (log: $OUT/s3rver.log)"
}
stop_s3() {
  [[ -n "$S3_PID" ]] && ip_kill_tree "$S3_PID"
  S3_PID=''
}
ip_on_exit stop_s3
start_s3
PORT_A="$(ip_free_port)"
PORT_B="$(ip_free_port)"
while [[ "$PORT_B" == "$PORT_A" ]]; do PORT_B="$(ip_free_port)"; done
BASE_A="http://127.0.0.1:$PORT_A"
BASE_B="http://127.0.0.1:$PORT_B"
PID_A=''
PID_B=''

# start_instance NAME PORT : starts an instance in the background; its pid in PID_<NAME>.
start_instance() {
  local name=$1 port=$2 lower
  lower="$(tr '[:upper:]' '[:lower:]' <<<"$name")"
  (
    cd "$API_DIR"
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    App__DataPath="$DATA/$lower" \
    Storage__Provider=S3 \
    Storage__S3__ServiceUrl="http://127.0.0.1:$S3_PORT" \
    Storage__S3__Bucket="$BUCKET" \
    Storage__S3__AccessKey=S3RVER \
    Storage__S3__SecretKey=S3RVER \
    Database__Provider=PostgreSql \
    Seed__Demo=true \
    ConnectionStrings__Default="$CONNECTION" \
    Hangfire__ServerEnabled=true \
    Publication__Cron='* * * * *' \
    Jobs__ReviewDigestCron='* * * * *' \
    Jobs__QuarterlySchedulingCron='* * * * *' \
    Jobs__EvaluationCron='* * * * *' \
    Jobs__RebuildApprovalTotalsCron='* * * * *' \
    RateLimiting__LoginPerMinute=600 \
    RateLimiting__PublicPerMinute=60000 \
    RateLimiting__ReceiptLookupPerMinute=60000 \
    RateLimiting__ObjectionPerMinute=60000 \
    RateLimiting__GlobalPerMinute=1000000 \
    exec env 'Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning' dotnet InvestPromo.Api.dll
  ) >>"$OUT/api-$lower.log" 2>&1 &
  printf -v "PID_$name" '%s' "$!"
  echo "$!" >"$OUT/pid-$lower"
}
stop_instances() {
  [[ -n "$PID_A" ]] && ip_kill_tree "$PID_A"
  [[ -n "$PID_B" ]] && ip_kill_tree "$PID_B"
  return 0
}
ip_on_exit stop_instances
now_ms() { date +%s%3N; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# rss_parts PID BASE: anonymous, file-backed and shared resident kB (the runtime's double-mapped code is "shared"), then the
# managed heap after the last collection and the memory the GC had committed then (bytes, from the instance's /metrics).
rss_parts() {
  local parts heap
  parts="$(awk '/^Rss(Anon|File|Shmem):/ { printf "%s\t", $2 }' "/proc/$1/status" 2>/dev/null)"
  heap="$(curl -s --max-time 2 "$2/metrics" 2>/dev/null | awk '
    /^dotnet_gc_last_collection_heap_size_bytes/ { heap += $NF }
    /^dotnet_gc_last_collection_memory_committed_size_bytes/ { committed = $NF }
    END { printf "%d\t%d", heap, committed }')"
  printf '%s%s' "${parts:-0	0	0	}" "${heap:-0	0}"
}
fault() { printf '{"fault":"%s","from":%s,"to":%s}\n' "$1" "$2" "$3" >>"$OUT/faults.jsonl"; }

# A first (it migrates and seeds the demo data), then B on the migrated database.
start_instance A "$PORT_A"
ip_wait_http "$BASE_A/health/ready" 180 "$PID_A" || { tail -40 "$OUT/api-a.log"; ip_die "instance A did not start"; }
start_instance B "$PORT_B"
ip_wait_http "$BASE_B/health/ready" 180 "$PID_B" || { tail -40 "$OUT/api-b.log"; ip_die "instance B did not start"; }
echo "instances A $BASE_A (pid $PID_A) and B $BASE_B (pid $PID_B) on PostgreSQL port $PG_PORT; load for ${SECONDS_TO_RUN}s"
: >"$OUT/faults.jsonl"

node build/reliability/load.mjs --bases "$BASE_A,$BASE_B" --seconds "$SECONDS_TO_RUN" --out "$OUT" >"$OUT/load.log" 2>&1 &
LOAD_PID=$!
STARTED=$SECONDS

wait_until() { while ((SECONDS - STARTED < $1)); do sleep 0.5; done; }

# Each instance's resident memory every 5 s (ms, A's kB, B's kB; B's is its second process after the kill), for the memory
# check and the note: memory.tsv.
(
  while [[ ! -e "$OUT/load.done" ]]; do
    printf '%s\t%s\t%s\n' "$(now_ms)" "$(rss_kb "$(cat "$OUT/pid-a")")" "$(rss_kb "$(cat "$OUT/pid-b")")" >>"$OUT/memory.tsv"
    # Where A's memory is: anon, file, shmem kB; managed heap and GC-committed bytes.
    printf '%s\t%s\n' "$(now_ms)" "$(rss_parts "$(cat "$OUT/pid-a")" "$BASE_A")" >>"$OUT/memory-a-parts.tsv"
    sleep 5
  done
) &
MEMORY_PID=$!
# shellcheck disable=SC2016 # expanded when the handler runs
ip_on_exit 'kill "$MEMORY_PID" 2>/dev/null || true'

# Memory after warm-up: at 25% of the run, just before the first fault, when every recurring job (each minute here) and
# every path of the load has run more than once (15% was too early: the JIT was still compiling the rarer paths).
wait_until $((SECONDS_TO_RUN * 25 / 100 - 2))
RSS_A_WARM="$(rss_kb "$PID_A")"
RSS_B_WARM="$(rss_kb "$PID_B")"

# Fault 1: PostgreSQL restarts.
wait_until $((SECONDS_TO_RUN * 25 / 100))
from="$(now_ms)"
ip_pg_restart
to="$(now_ms)"
fault "postgres restart" "$from" "$to"
echo "PostgreSQL restarted in $((to - from)) ms"

# Fault 2: the object store refuses every request (stopped), then comes back.
wait_until $((SECONDS_TO_RUN * 40 / 100))
OUTAGE=$((SECONDS_TO_RUN * 15 / 100))
((OUTAGE <= 30)) || OUTAGE=30
from="$(now_ms)"
stop_s3
sleep "$OUTAGE"
start_s3
to="$(now_ms)"
fault "object store down" "$from" "$to"
echo "the object store refused requests for $((to - from)) ms"

# Fault 3: B is killed in the middle of a reward calculation it was asked for, then started again.
wait_until $((SECONDS_TO_RUN * 60 / 100))
JAR="$OUT/admin-b.cookies"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --max-time 10 "$BASE_B/api/auth/antiforgery"
TOKEN="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR" | tail -1)"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --max-time 10 -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $TOKEN" \
  --data '{"userName":"admin","password":"Admin#2026-Demo","rememberMe":false}' "$BASE_B/api/auth/login"
TOKEN="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR" | tail -1)"
CALCULATIONS_BEFORE="$("$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -qAtc 'SELECT count(*) FROM "RewardCalculations"')"
curl -sS -o "$OUT/killed-calculation.json" -w '%{http_code}\n' -b "$JAR" --max-time 30 -H 'Content-Type: application/json' \
  -H "X-XSRF-TOKEN: $TOKEN" --data "{\"year\":$(($(date -u +%Y) - 1))}" "$BASE_B/api/rewards/calculations" >"$OUT/killed-calculation.status" 2>&1 &
sleep 0.15
from="$(now_ms)"
kill -KILL "$PID_B" 2>/dev/null || true
wait "$PID_B" 2>/dev/null || true
echo "instance B killed with SIGKILL during a reward calculation (answer: $(cat "$OUT/killed-calculation.status" 2>/dev/null || echo none))"
start_instance B "$PORT_B"
ip_wait_http "$BASE_B/health/ready" 180 "$PID_B" || { tail -40 "$OUT/api-b.log"; ip_die "instance B did not start again"; }
to="$(now_ms)"
fault "instance B killed and restarted" "$from" "$to"
echo "instance B back after $((to - from)) ms (pid $PID_B)"

LOAD_RC=0
wait "$LOAD_PID" || LOAD_RC=$?
LOAD_ENDED="$(now_ms)"
touch "$OUT/load.done"
wait "$MEMORY_PID" 2>/dev/null || true
RSS_A_END="$(rss_kb "$PID_A")"
tail -3 "$OUT/load.log"

# The checks write their rows (checks.jsonl); the table is printed after the fuzz, with its row.
CHECK_RC=0
node build/reliability/check.mjs --out "$OUT" --base "$BASE_A" --psql "$PSQL" --pg-port "$PG_PORT" --db "$DB" \
  --rss-a-warm "$RSS_A_WARM" --rss-b-warm "$RSS_B_WARM" --rss-a-end "$RSS_A_END" --load-ended "$LOAD_ENDED" --calculations-before "$CALCULATIONS_BEFORE" --load-rc "$LOAD_RC" \
  --seconds "$SECONDS_TO_RUN" || CHECK_RC=$?
if ((CHECK_RC != 0)); then
  ip_err "the checks stopped with exit code $CHECK_RC"
  echo "{\"name\":\"the checks ran to their end\",\"passed\":false,\"detail\":\"check.mjs exit code $CHECK_RC\"}" >>"$OUT/checks.jsonl"
fi

# The spec-driven fuzz as seven roles on both instances. The API key is created by the admin first (its sign-in, like every
# run's, before the anonymous run's failed sign-ins count against the address).
FUZZ_KEY="$(ip_create_api_key "$BASE_A" admin 'Admin#2026-Demo' 2>>"$OUT/fuzz.log")" || FUZZ_KEY=''
FUZZ_IDENTITIES=(anonymous 'admin:Admin#2026-Demo' 'reviewer:Reviewer#2026-Demo' 'filer:Filer#2026-Demo' 'leader:Leader#2026-Demo' 'association:Assoc#2026-Demo')
if [[ -n "$FUZZ_KEY" ]]; then FUZZ_IDENTITIES+=("apikey:$FUZZ_KEY"); else FUZZ_IDENTITIES+=('apikey:'); fi
echo "fuzz: ${#FUZZ_IDENTITIES[@]} roles × $FUZZ_REQUESTS malformed requests over both instances"
ip_fuzz_runs "$BASE_A,$BASE_B" "$OUT/fuzz.log" "$FUZZ_REQUESTS" "${FUZZ_IDENTITIES[@]}" >"$OUT/fuzz-summary.log" 2>&1
[[ -n "$FUZZ_KEY" ]] || FUZZ_NOTES+=("the API key could not be created")
RATE=$((FUZZ_SENT / (FUZZ_ELAPSED > 0 ? FUZZ_ELAPSED : 1)))
FUZZ_DETAIL="$FUZZ_SENT requests, $FUZZ_SERVER_ERRORS server errors or hangs, $FUZZ_ELAPSED s ($RATE requests/s); log fuzz.log"
for note in "${FUZZ_NOTES[@]}"; do FUZZ_DETAIL="$FUZZ_DETAIL; $note"; done
node -e 'const [name, passed, detail] = process.argv.slice(1); console.log(JSON.stringify({ name, passed: passed === "1", detail }))' \
  "fuzz: ${#FUZZ_IDENTITIES[@]} roles × $FUZZ_REQUESTS requests, $FUZZ_SERVER_ERRORS server errors" \
  "$([[ $FUZZ_FAILED == 0 && $FUZZ_PASSED == "${#FUZZ_IDENTITIES[@]}" && -n "$FUZZ_KEY" ]] && echo 1 || echo 0)" "$FUZZ_DETAIL" >>"$OUT/checks.jsonl"
grep -E '^SERVER ERROR' "$OUT/fuzz.log" | head -20 || true

node build/reliability/table.mjs --out "$OUT"
