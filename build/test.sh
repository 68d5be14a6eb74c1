#!/usr/bin/env bash
# InvestPromo — the whole test run: build, OpenAPI/TS-client drift, then two lanes side by side (the machine has two
# cores and neither lane keeps both busy): the .NET tests (SQLite and a private PostgreSQL); and the browser lane,
# build/test-web.sh (SPA lint/tests/build, browser E2E against the built API, the OpenAPI contract checked by Prism's
# validating proxy with a second generated client, a short spec-driven fuzz of that instance, the benchmark smoke run).
# Its output is printed after the .NET lane's, whole. Run from anywhere:
#
#   build/test.sh
#
# Artifacts (trx files, logs) go to artifacts/. The last line is "tests: <P> passed, <F> failed";
# the exit code is non-zero when anything failed.
set -euo pipefail

# shellcheck source=build/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=build/lib/postgres.sh
source "$REPO_ROOT/build/lib/postgres.sh"
# shellcheck source=build/lib/summary.sh
source "$REPO_ROOT/build/lib/summary.sh"
# shellcheck source=build/lib/fuzz.sh
source "$REPO_ROOT/build/lib/fuzz.sh"
# shellcheck source=build/lib/contract.sh
source "$REPO_ROOT/build/lib/contract.sh"

cd "$REPO_ROOT"
START_SECONDS=$SECONDS

ARTIFACTS="$REPO_ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
LOGS="$ARTIFACTS/logs"
rm -rf "$RESULTS" "$LOGS"
mkdir -p "$RESULTS" "$LOGS"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left behind holding this script's output open after it exits.
export MSBUILDDISABLENODEREUSE=1
export NO_COLOR=1 FORCE_COLOR=0 CI="${CI:-true}"

SUMMARY_PRINTED=0
# Registered first, so it runs last: if the script stops early (a build error, Ctrl-C), still end
# with the closing line, counting the abort as a failure.
# shellcheck disable=SC2317 # invoked from the exit handler
_on_abort() {
  local rc=${IP_EXIT_CODE:-1} where="${_IP_STEP_CURRENT:-start-up}"
  if ((SUMMARY_PRINTED == 0)); then
    ip_step_end
    ip_err "build/test.sh stopped during: $where (exit code $rc)"
    ip_suite_record "(aborted)" 0 1 "during \"$where\", exit code $rc"
    ip_print_summary || true
    echo "wall time: $(ip_fmt_secs $((SECONDS - START_SECONDS)))"
    echo "tests: $IP_TOTAL_PASSED passed, $IP_TOTAL_FAILED failed"
  fi
}
ip_on_exit _on_abort
# Stop the compiler servers the build started (also keeps CI from waiting on them).
ip_on_exit 'dotnet build-server shutdown >/dev/null 2>&1 || true'

# ---------------------------------------------------------------------------------------------
ip_step "Prerequisites"
ip_require_cmd dotnet node npm git curl python3
echo "dotnet $(dotnet --version), node $(node --version), npm $(npm --version)"

MISSING_PKGS=()
[[ -n "$(ip_find_pg_bindir)" ]] || MISSING_PKGS+=(postgresql)
[[ -n "$(ip_find_chromium)" ]] || MISSING_PKGS+=(chromium)
# A Chinese font: without one Chromium draws every Chinese character as an empty box of another width, so the E2E
# layout checks (a header that must fit, cut titles) and the screenshots would measure the wrong page.
[[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] || MISSING_PKGS+=(fonts-wqy-microhei)
ip_ensure_debian_packages "${MISSING_PKGS[@]}"

PG_BINDIR="$(ip_find_pg_bindir)"
[[ -n "$PG_BINDIR" ]] || ip_die "PostgreSQL server binaries still not found after installing"
CHROMIUM_PATH="$(ip_find_chromium)"
[[ -n "$CHROMIUM_PATH" ]] || ip_die "Chromium still not found after installing"
export PG_BINDIR CHROMIUM_PATH
echo "PostgreSQL binaries: $PG_BINDIR"
echo "Chromium: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null || echo 'version unknown'))"

# ---------------------------------------------------------------------------------------------
ip_step "Restore (dotnet tools, NuGet, npm)"
# The two npm installs run beside the NuGet restore (each mostly waits on its registry).
NPM_LOG="$LOGS/npm-ci.log"
# build/tools/s3rver: the S3-compatible server the object-storage tests start (they fail, naming it, when it is missing).
( (cd client && npm ci --no-audit --no-fund --prefer-offline) && (cd build/contract && npm ci --no-audit --no-fund --prefer-offline) \
  && (cd build/tools/s3rver && npm ci --no-audit --no-fund --prefer-offline) ) \
  >"$NPM_LOG" 2>&1 &
NPM_PID=$!
dotnet tool restore
dotnet restore InvestPromo.sln
NPM_RC=0
wait "$NPM_PID" || NPM_RC=$?
cat "$NPM_LOG"
((NPM_RC == 0)) || ip_die "npm ci failed (exit code $NPM_RC)"

# ---------------------------------------------------------------------------------------------
ip_step "Build (Release, warnings are errors)"
dotnet build InvestPromo.sln -c Release --no-restore

# ---------------------------------------------------------------------------------------------
ip_step "OpenAPI document and TypeScript clients are up to date"
# Also rewrites build/contract/src/api.d.ts, the second client's types.
"$REPO_ROOT/build/generate-client.sh" --no-build
if [[ -n "$(git status --porcelain -- client/openapi client/src/api build/contract/src/api.d.ts)" ]]; then
  git status --porcelain -- client/openapi client/src/api build/contract/src/api.d.ts
  git --no-pager diff --stat -- client/openapi client/src/api build/contract/src/api.d.ts
  git --no-pager diff -- client/openapi client/src/api build/contract/src/api.d.ts | head -n 60
  ip_die "the committed OpenAPI document or a TS client is stale: run build/generate-client.sh and commit"
fi
ip_ok "client/openapi/v1.json, client/src/api/client.ts and build/contract/src/api.d.ts match the API"

# ---------------------------------------------------------------------------------------------
# The browser lane starts now, beside the .NET tests; its whole log is printed when both lanes are done.
WEB_LOG="$LOGS/web-lane.log"
WEB_SUITES="$RESULTS/web-lane.suites"
# Each browser step may wait 30 s instead of 15 (client/e2e/lib.mjs): beside the .NET lane a page takes two to three times as
# long as on an idle machine (a step that needs 5 s alone has been seen to pass 15 s here).
E2E_STEP_TIMEOUT_MS="${E2E_STEP_TIMEOUT_MS:-30000}" build/test-web.sh --suites-out "$WEB_SUITES" >"$WEB_LOG" 2>&1 &
WEB_PID=$!
# shellcheck disable=SC2016 # expanded when the handler runs
ip_on_exit '[[ -n "${WEB_PID:-}" ]] && ip_kill_tree "$WEB_PID"'
echo "browser lane (build/test-web.sh) started, pid $WEB_PID, log ${WEB_LOG#"$REPO_ROOT"/}"

# ---------------------------------------------------------------------------------------------
# run_dotnet_tests SUITE-NAME PROJECT TRX-NAME [FILTER] : runs one test project (or the tests FILTER selects), records its counts.
run_dotnet_tests() {
  local name=$1 project=$2 trx=$3 filter=${4:-} rc=0
  local selection=()
  [[ -n "$filter" ]] && selection=(--filter "$filter")
  if [[ ! -d "$project" ]]; then
    ip_err "$project does not exist"
    ip_suite_record "$name" 0 1 "$project not found"
    return 0
  fi
  dotnet test "$project" -c Release --no-build "${selection[@]}" \
    --logger "trx;LogFileName=$trx" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS" \
    --blame-hang-timeout 10m --blame-hang-dump-type none || rc=$?
  ip_suite_from_trx "$name" "$RESULTS/$trx" "$rc"
}

ip_step ".NET tests: domain, architecture, infrastructure"
run_dotnet_tests "Domain.UnitTests" tests/Domain.UnitTests domain-unit.trx
run_dotnet_tests "Architecture.Tests" tests/Architecture.Tests architecture.trx
run_dotnet_tests "Infrastructure.Tests" tests/Infrastructure.Tests infrastructure.trx

# ---------------------------------------------------------------------------------------------
ip_step "Private PostgreSQL cluster"
ip_pg_start

# ---------------------------------------------------------------------------------------------
ip_step "Application integration tests on SQLite"
INVESTPROMO_TEST_PROVIDER=Sqlite run_dotnet_tests "Application.IntegrationTests (SQLite)" tests/Application.IntegrationTests application-sqlite.trx

ip_step "Application integration tests on PostgreSQL"
INVESTPROMO_TEST_PROVIDER=PostgreSql run_dotnet_tests "Application.IntegrationTests (PostgreSQL)" tests/Application.IntegrationTests application-postgresql.trx

# ---------------------------------------------------------------------------------------------
# A class whose outcome does not depend on the run's database runs in one pass only (trait "Providers",
# tests/Api.IntegrationTests/Infrastructure/TestProviders.cs): the authorization matrix on SQLite, the operator errors (child
# processes with their own settings) on PostgreSQL.
ip_step "API integration tests on SQLite"
INVESTPROMO_TEST_PROVIDER=Sqlite run_dotnet_tests "Api.IntegrationTests (SQLite)" tests/Api.IntegrationTests api-sqlite.trx \
  'Providers!=PostgreSqlOnly'

ip_step "API integration tests on PostgreSQL"
INVESTPROMO_TEST_PROVIDER=PostgreSql run_dotnet_tests "Api.IntegrationTests (PostgreSQL)" tests/Api.IntegrationTests api-postgresql.trx \
  'Providers!=SqliteOnly'

ip_step "Stop PostgreSQL"
ip_pg_stop

# ---------------------------------------------------------------------------------------------
# A 60-second smoke of the reliability run (issue 17; the whole run is build/reliability/run.sh, 10 minutes): two instances
# on a PostgreSQL cluster of its own and s3rver, load through both, PostgreSQL restarted, the store stopped, an instance killed;
# then 300 malformed requests per role (seven roles) on both instances.
ip_step "Reliability smoke: two instances, PostgreSQL restart, object store down, SIGKILL (60 s)"
REL_RC=0
build/reliability/run.sh --no-build --seconds 60 --out "$REPO_ROOT/artifacts/reliability" >"$LOGS/reliability.log" 2>&1 || REL_RC=$?
tail -n 20 "$LOGS/reliability.log"
REL_LINE="$(grep -E '^reliability: [0-9]+ passed, [0-9]+ failed' "$LOGS/reliability.log" | tail -1 || true)"
if [[ -n "$REL_LINE" ]]; then
  REL_PASSED="$(sed -E 's/^reliability: ([0-9]+) passed.*/\1/' <<<"$REL_LINE")"
  REL_FAILED="$(sed -E 's/^reliability: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$REL_LINE")"
  ((REL_RC == 0 || REL_FAILED > 0)) || REL_FAILED=1
  ip_suite_record "reliability smoke (60 s)" "$REL_PASSED" "$REL_FAILED" "checks; log artifacts/logs/reliability.log"
else
  tail -n 40 "$LOGS/reliability.log" >&2
  ip_suite_record "reliability smoke (60 s)" 0 1 "did not reach its checks (exit $REL_RC); see artifacts/logs/reliability.log"
fi

# ---------------------------------------------------------------------------------------------
ip_step "Waiting for the browser lane"
WEB_RC=0
wait "$WEB_PID" || WEB_RC=$?
WEB_PID=''
ip_step_end
echo
echo "================ browser lane (build/test-web.sh, ran beside the .NET tests) ================"
cat "$WEB_LOG"
echo "================ end of the browser lane ================"
if [[ -s "$WEB_SUITES" ]]; then
  # shellcheck disable=SC1090 # written by build/test-web.sh: ip_suite_record lines and step timings
  source "$WEB_SUITES"
else
  ip_suite_record "browser lane" 0 1 "no results (exit code $WEB_RC), see ${WEB_LOG#"$REPO_ROOT"/}"
fi

# ---------------------------------------------------------------------------------------------
SUMMARY_PRINTED=1
echo
echo "Step timings:"
for i in "${!IP_STEP_NAMES[@]}"; do
  printf '  %-56s %8s\n' "${IP_STEP_NAMES[$i]}" "$(ip_fmt_secs "${IP_STEP_SECS[$i]}")"
done
OVERALL=0
ip_print_summary || OVERALL=1
echo "artifacts: ${RESULTS#"$REPO_ROOT"/}, ${LOGS#"$REPO_ROOT"/}"
echo "wall time: $(ip_fmt_secs $((SECONDS - START_SECONDS)))"
# Release the compiler servers now so nothing prints after the closing line.
dotnet build-server shutdown >/dev/null 2>&1 || true
echo "tests: $IP_TOTAL_PASSED passed, $IP_TOTAL_FAILED failed"
exit "$OVERALL"
