#!/usr/bin/env bash
# InvestPromo — the browser lane of the test run: the SPA's OpenAPI lint, Vitest and production build, then the E2E run in
# headless Chromium against the built API on SQLite, the OpenAPI contract through Prism with the second client, the fuzz
# probe of that instance, and last the benchmark's smoke run (here to even out the two lanes' lengths). build/test.sh runs
# it beside the .NET suites (after the .NET build); it also runs alone:
#
#   build/test-web.sh                     # needs a Release build of src/Api, npm ci done, Chromium (CHROMIUM_PATH or found)
#   build/test-web.sh --suites-out FILE   # (build/test.sh) also writes the suites and step timings to FILE, as shell
#
# Artifacts go to artifacts/ like the rest of the run; the last line is "tests: <P> passed, <F> failed".
set -euo pipefail

# shellcheck source=build/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=build/lib/summary.sh
source "$REPO_ROOT/build/lib/summary.sh"
# shellcheck source=build/lib/fuzz.sh
source "$REPO_ROOT/build/lib/fuzz.sh"
# shellcheck source=build/lib/contract.sh
source "$REPO_ROOT/build/lib/contract.sh"

SUITES_OUT=''
while (($#)); do
  case "$1" in
    --suites-out) SUITES_OUT="$2"; shift 2 ;;
    *) ip_die "unknown argument: $1 (use --suites-out FILE)" ;;
  esac
done

cd "$REPO_ROOT"
START_SECONDS=$SECONDS
ARTIFACTS="$REPO_ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
LOGS="$ARTIFACTS/logs"
mkdir -p "$RESULTS" "$LOGS"
export NO_COLOR=1 FORCE_COLOR=0 CI="${CI:-true}"
CHROMIUM_PATH="${CHROMIUM_PATH:-$(ip_find_chromium)}"
[[ -n "$CHROMIUM_PATH" ]] || ip_die "Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)"
export CHROMIUM_PATH

FINISHED=0
# Registered first, so it runs last: hands the counts to build/test.sh, or prints them when run alone; a lane that stopped
# early (a failed build, Ctrl-C) counts as one failure.
# shellcheck disable=SC2317 # invoked from the exit handler
_web_lane_done() {
  local rc=${IP_EXIT_CODE:-1} i
  ip_step_end
  if ((FINISHED == 0)); then
    ip_err "build/test-web.sh stopped during: ${_IP_STEP_CURRENT:-start-up} (exit code $rc)"
    ip_suite_record "(browser lane aborted)" 0 1 "exit code $rc, see artifacts/logs/web-lane.log"
  fi
  if [[ -n "$SUITES_OUT" ]]; then
    : >"$SUITES_OUT"
    for i in "${!IP_SUITE_NAMES[@]}"; do
      printf 'ip_suite_record %q %q %q %q\n' "${IP_SUITE_NAMES[$i]}" "${IP_SUITE_PASSED[$i]}" "${IP_SUITE_FAILED[$i]}" "${IP_SUITE_NOTES[$i]}" >>"$SUITES_OUT"
    done
    for i in "${!IP_STEP_NAMES[@]}"; do
      printf 'IP_STEP_NAMES+=(%q); IP_STEP_SECS+=(%q)\n' "[browser] ${IP_STEP_NAMES[$i]}" "${IP_STEP_SECS[$i]}" >>"$SUITES_OUT"
    done
  else
    ip_print_summary || true
    echo "wall time: $(ip_fmt_secs $((SECONDS - START_SECONDS)))"
    echo "tests: $IP_TOTAL_PASSED passed, $IP_TOTAL_FAILED failed"
  fi
}
ip_on_exit _web_lane_done

# ---------------------------------------------------------------------------------------------
ip_step "SPA: lint OpenAPI, unit tests, build"
(cd client && npm run lint:openapi)
VITEST_RC=0
(cd client && npm test -- --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest.json") 2>&1 \
  | tee "$LOGS/vitest.log" || VITEST_RC=$?
ip_suite_from_vitest "client (vitest)" "$RESULTS/vitest.json" "$LOGS/vitest.log" "$VITEST_RC"
(cd client && npm run build)

# ---------------------------------------------------------------------------------------------
ip_step "E2E: built API + SPA in headless Chromium"
API_DIR="$REPO_ROOT/src/Api/bin/Release/net10.0"
[[ -f "$API_DIR/InvestPromo.Api.dll" ]] || ip_die "$API_DIR/InvestPromo.Api.dll not found (did the build succeed?)"
E2E_DATA="$(mktemp -d "${TMPDIR:-/tmp}/investpromo-e2e.XXXXXX")"
# shellcheck disable=SC2016 # expanded when the handler runs
ip_on_exit 'rm -rf -- "$E2E_DATA"'
E2E_PORT="$(ip_free_port)"
BASE_URL="http://127.0.0.1:$E2E_PORT"
API_LOG="$LOGS/api-e2e.log"
# The content root is the output folder, where appsettings*.json are. The public buckets are wide: the fuzz run after the E2E
# sends thousands of requests from this one address (the limits themselves are covered by RateLimitTests).
(
  cd "$API_DIR"
  ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="$BASE_URL" \
  App__DataPath="$E2E_DATA" \
  Spa__RootPath="$REPO_ROOT/client/dist" \
  Database__Provider=Sqlite \
  RateLimiting__LoginPerMinute=120 \
  RateLimiting__PublicPerMinute=6000 \
  RateLimiting__ReceiptLookupPerMinute=6000 \
  RateLimiting__ObjectionPerMinute=6000 \
  exec dotnet InvestPromo.Api.dll
) >"$API_LOG" 2>&1 &
API_PID=$!
stop_api() {
  if [[ -n "${API_PID:-}" ]]; then ip_kill_tree "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=''; fi
}
ip_on_exit stop_api
echo "API pid $API_PID at $BASE_URL (log: ${API_LOG#"$REPO_ROOT"/})"

E2E_RC=0
if ip_wait_http "$BASE_URL/health/ready" 90 "$API_PID"; then
  echo "API ready after $((SECONDS - _IP_STEP_STARTED))s"
  (cd client && BASE_URL="$BASE_URL" CHROMIUM_PATH="$CHROMIUM_PATH" timeout 20m npm run e2e) 2>&1 \
    | tee "$LOGS/e2e.log" || E2E_RC=$?
else
  E2E_RC=1
  echo "e2e: not run, the API did not become ready" >"$LOGS/e2e.log"
fi
ip_suite_from_e2e "client (e2e)" "$LOGS/e2e.log" "$E2E_RC"
if ((E2E_RC != 0)) || ! grep -qE '^e2e: [0-9]+ passed, 0 failed' "$LOGS/e2e.log"; then
  ip_err "E2E failed; last lines of the API log ($API_LOG):"
  tail -n 80 "$API_LOG" >&2 || true
fi

# ---------------------------------------------------------------------------------------------
# An independent validator between realistic callers and the E2E instance: any request or answer that breaks the committed
# OpenAPI document fails, named by operation and property; then an integrator's script on the second generated client.
ip_step "Contract: Prism validating proxy, second client, integrator script"
if kill -0 "$API_PID" 2>/dev/null && curl -fsS -o /dev/null --max-time 5 "$BASE_URL/health/ready"; then
  ip_contract_suite "$BASE_URL" "$LOGS"
else
  ip_suite_record "contract (Prism)" 0 1 "not run: the E2E instance is not answering"
fi

# ---------------------------------------------------------------------------------------------
# After the browser E2E, so its junk data cannot disturb it. Every malformed request must be a 4xx, never a 5xx or a hang.
ip_step "Fuzz: malformed requests against the E2E instance"
FUZZ_REQUESTS="${FUZZ_REQUESTS:-600}"
if kill -0 "$API_PID" 2>/dev/null && curl -fsS -o /dev/null --max-time 5 "$BASE_URL/health/ready"; then
  ip_fuzz_suite "fuzz (5xx probe)" "$BASE_URL" "$LOGS/fuzz.log" "$FUZZ_REQUESTS" \
    anonymous 'admin:Admin#2026-Demo' 'filer:Filer#2026-Demo'
else
  ip_suite_record "fuzz (5xx probe)" 0 1 "not run: the E2E instance is not answering"
fi
if grep -q '^SERVER ERROR' "$LOGS/fuzz.log" 2>/dev/null; then
  ip_err "fuzz found server errors; last lines of the API log ($API_LOG):"
  grep -E '"LogLevel":"Error"|fail:|Unhandled exception' "$API_LOG" | tail -n 20 >&2 || true
fi
stop_api


# ---------------------------------------------------------------------------------------------
# The benchmark itself needs a quiet machine (build/bench/README.md); CI proves it still builds, seeds and measures.
ip_step "Benchmark smoke run (2,000 filings, own PostgreSQL cluster)"
BENCH_RC=0
build/bench/run.sh --no-build --filings 2000 --seconds 3 --out "$ARTIFACTS/bench-smoke" >"$LOGS/bench-smoke.log" 2>&1 || BENCH_RC=$?
tail -n 12 "$LOGS/bench-smoke.log"
if ((BENCH_RC == 0)); then
  ip_suite_record "benchmark smoke" 1 0 "results in artifacts/bench-smoke"
else
  ip_suite_record "benchmark smoke" 0 1 "exit code $BENCH_RC, see ${LOGS#"$REPO_ROOT"/}/bench-smoke.log"
fi

# ---------------------------------------------------------------------------------------------
FINISHED=1
if [[ -z "$SUITES_OUT" ]]; then
  failed=0
  for f in "${IP_SUITE_FAILED[@]}"; do failed=$((failed + f)); done
  ((failed == 0)) || exit 1
fi
