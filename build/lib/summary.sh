# shellcheck shell=bash
# Collects per-suite test counts and prints the closing table.
#
#   ip_suite_from_trx  NAME TRX_FILE EXIT_CODE
#   ip_suite_from_vitest NAME JSON_FILE LOG_FILE EXIT_CODE
#   ip_suite_from_e2e  NAME LOG_FILE EXIT_CODE
#   ip_suite_record    NAME PASSED FAILED NOTE
#   ip_print_summary   -> prints the table; last line "tests: P passed, F failed"; returns 1 if F > 0
#
# A suite whose command failed but whose report shows no failure (a crash, a build error, no
# report at all) counts as one failure, so a broken run can never read as green.

IP_SUITE_NAMES=()
IP_SUITE_PASSED=()
IP_SUITE_FAILED=()
IP_SUITE_NOTES=()

ip_suite_record() {
  IP_SUITE_NAMES+=("$1")
  IP_SUITE_PASSED+=("${2:-0}")
  IP_SUITE_FAILED+=("${3:-0}")
  IP_SUITE_NOTES+=("${4:-}")
}

# Reads one attribute of the <Counters .../> element of a trx file.
_ip_trx_counter() {
  local file=$1 attr=$2
  grep -o '<Counters [^>]*' "$file" | head -1 | grep -o " $attr=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0
}

ip_suite_from_trx() {
  local name=$1 trx=$2 rc=$3 passed=0 failed=0 note=''
  if [[ -f "$trx" ]]; then
    local total executed
    total="$(_ip_trx_counter "$trx" total)"
    executed="$(_ip_trx_counter "$trx" executed)"
    passed="$(_ip_trx_counter "$trx" passed)"
    failed="$(_ip_trx_counter "$trx" failed)"
    local errors timeout aborted
    errors="$(_ip_trx_counter "$trx" error)"
    timeout="$(_ip_trx_counter "$trx" timeout)"
    aborted="$(_ip_trx_counter "$trx" aborted)"
    failed=$((failed + errors + timeout + aborted))
    note="$executed of $total executed"
    if ((total == 0)); then
      note="no tests found"
      ((rc != 0)) || rc=1
    fi
  else
    note="no report (${trx#"$REPO_ROOT"/})"
    ((rc != 0)) || rc=1
  fi
  if ((rc != 0 && failed == 0)); then
    failed=1
    note="$note; exit code $rc"
  fi
  ip_suite_record "$name" "$passed" "$failed" "$note"
}

# Vitest: the JSON reporter when it wrote a file, otherwise the "Tests  N failed | M passed" line.
ip_suite_from_vitest() {
  local name=$1 json=$2 log=$3 rc=$4 passed=0 failed=0 note=''
  if [[ -s "$json" ]]; then
    local counts
    # shellcheck disable=SC2016 # JavaScript, not shell
    counts="$(node -e '
      const r = require(process.argv[1]);
      console.log(`${r.numPassedTests ?? 0} ${(r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)} ${r.numTotalTests ?? 0}`);
    ' "$(cd "$(dirname "$json")" && pwd)/$(basename "$json")" 2>/dev/null || true)"
    if [[ -n "$counts" ]]; then
      read -r passed failed _total <<<"$counts"
      note="$_total tests"
    fi
  fi
  if [[ -z "$note" && -f "$log" ]]; then
    local line
    line="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^[[:space:]]*Tests[[:space:]]' | tail -1 || true)"
    passed="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
    failed="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
    note="${line:+from log}"
  fi
  [[ -n "$note" ]] || note="no report"
  if ((passed + failed == 0 && rc == 0)); then rc=1; note="$note; no tests found"; fi
  if ((rc != 0 && failed == 0)); then failed=1; note="$note; exit code $rc"; fi
  ip_suite_record "$name" "$passed" "$failed" "$note"
}

# E2E: the runner's last line "e2e: N passed, M failed".
ip_suite_from_e2e() {
  local name=$1 log=$2 rc=$3 passed=0 failed=0 note='no "e2e:" line'
  local line
  line="$(sed 's/\x1b\[[0-9;]*m//g' "$log" 2>/dev/null | grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' | tail -1 || true)"
  if [[ -n "$line" ]]; then
    passed="$(sed -E 's/^e2e: ([0-9]+) passed.*/\1/' <<<"$line")"
    failed="$(sed -E 's/^e2e: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")"
    note=''
    if [[ "$line" =~ ([0-9]+)\ flaky ]]; then note="${BASH_REMATCH[1]} flaky (passed on the second attempt; see the log)"; fi
  fi
  if ((passed + failed == 0 && rc == 0)); then rc=1; note="${note:+$note; }no tests ran"; fi
  if ((rc != 0 && failed == 0)); then failed=1; note="${note:+$note; }exit code $rc"; fi
  ip_suite_record "$name" "$passed" "$failed" "$note"
}

ip_print_summary() {
  local i total_p=0 total_f=0 status
  printf '\n%-36s %8s %8s  %s\n' "suite" "passed" "failed" "notes"
  printf '%-36s %8s %8s  %s\n' "------------------------------------" "--------" "--------" "-----"
  for i in "${!IP_SUITE_NAMES[@]}"; do
    printf '%-36s %8d %8d  %s\n' "${IP_SUITE_NAMES[$i]}" "${IP_SUITE_PASSED[$i]}" "${IP_SUITE_FAILED[$i]}" "${IP_SUITE_NOTES[$i]}"
    total_p=$((total_p + IP_SUITE_PASSED[i]))
    total_f=$((total_f + IP_SUITE_FAILED[i]))
  done
  printf '%-36s %8d %8d\n' "total" "$total_p" "$total_f"
  if ((total_f > 0)); then status=1; else status=0; fi
  # shellcheck disable=SC2034 # IP_TOTAL_* are read by the caller
  IP_TOTAL_PASSED=$total_p IP_TOTAL_FAILED=$total_f
  return $status
}
