#!/usr/bin/env bash
# The benchmark (issue 3 item 9): a private PostgreSQL cluster, the API in-process on Kestrel, N seeded filings,
# then the review queue (API vs the same SQL through Npgsql) and submissions. Results in artifacts/bench/.
#
#   build/bench/run.sh                               # 1,000,000 filings, 16 clients, 20 s per queue run
#   build/bench/run.sh --filings 2000 --seconds 3    # smoke mode (< 1 minute once built)
#   build/bench/run.sh --no-build ...                # skip the Release build
#   build/bench/run.sh --compare base.json ...       # then each figure's ratio to a saved results.json (compare.md)
#
# Every other option goes to the benchmark: --filings N, --seconds S, --warmup S, --concurrency C,
# --submissions N, --submit-concurrency C, --modes queue,floor,analysis,reserve,feed,projects,import,rewards,portal,submit,publish, --analysis-seconds S,
# --analysis-warmup S, --analysis-concurrency C, --publish-approvals N, --publish-weeks W, --projects N, --reports N,
# --import-rows N, --import-runs N, --out DIR, --seed N, --compare FILE
# (see build/bench/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/../lib/postgres.sh"

build=1
args=()
smoke=0
previous=''
for arg in "$@"; do
  # --compare FILE is relative to the caller's directory, not to where the benchmark runs: made absolute here.
  if [[ "$previous" == --compare ]]; then arg="$(realpath -m -- "$arg")"; fi
  case "$arg" in
    --no-build) build=0 ;;
    *) args+=("$arg") ;;
  esac
  previous="$arg"
done
# A small run gets a small submission batch and a short warm-up unless told otherwise.
if [[ " ${args[*]:-} " =~ " --filings "([0-9]+)" " ]] && ((BASH_REMATCH[1] < 100000)); then smoke=1; fi
if ((smoke)); then
  [[ " ${args[*]} " == *" --submissions "* ]] || args+=(--submissions 200)
  [[ " ${args[*]} " == *" --warmup "* ]] || args+=(--warmup 1)
  [[ " ${args[*]} " == *" --analysis-seconds "* ]] || args+=(--analysis-seconds 1)
  [[ " ${args[*]} " == *" --analysis-warmup "* ]] || args+=(--analysis-warmup 0)
  [[ " ${args[*]} " == *" --publish-approvals "* ]] || args+=(--publish-approvals 500)
  [[ " ${args[*]} " == *" --publish-weeks "* ]] || args+=(--publish-weeks 2)
  [[ " ${args[*]} " == *" --import-runs "* ]] || args+=(--import-runs 2)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
project="$REPO_ROOT/build/bench/InvestPromo.Bench"
out="$REPO_ROOT/artifacts/bench"
mkdir -p "$out"

if ((build)); then
  ip_step "Build the benchmark (Release)"
  dotnet build "$project" -c Release -p:WriteOpenApi=false -nologo -v quiet
fi

ip_step "Start a private PostgreSQL cluster"
# Production-like memory settings for a 1M-row table; durability is still traded for speed (see postgres.sh).
# pg_stat_statements (with planning time) gives the per-statement PostgreSQL figures of the submissions and publishing.
export IP_PG_EXTRA_OPTS="${IP_PG_EXTRA_OPTS:--c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB -c max_wal_size=8GB -c checkpoint_timeout=30min -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on}"
ip_pg_start
createdb_conn="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
"$(ip_find_pg_bindir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc 'CREATE DATABASE investpromo_bench' >/dev/null
conn="${createdb_conn/Database=postgres/Database=investpromo_bench};Maximum Pool Size=100"

ip_step "Benchmark"
dotnet "$project/bin/Release/net10.0/InvestPromo.Bench.dll" --connection "$conn" --out "$out" "${args[@]}"
ip_step_end
