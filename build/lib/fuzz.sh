# shellcheck shell=bash
# The spec-driven bad-input probe (build/tools/fuzz.py) against a running instance, as a counted suite.
#
#   ip_sign_in_headers BASE USER PASSWORD  -> prints a FUZZ_HEADERS JSON object for a signed-in session (curl:
#                                             GET /api/auth/antiforgery, POST /api/auth/login with X-XSRF-TOKEN); fails if refused
#   ip_fuzz_suite NAME BASE LOG REQUESTS IDENTITY...
#                                          -> one fuzz run per identity ("anonymous" or "user:password"), REQUESTS
#                                             malformed requests each; records one suite: passed = runs without a 5xx or
#                                             hang, failed = runs with one (each offending request is printed and logged)
#
# Requires common.sh and summary.sh to be sourced first.

ip_sign_in_headers() {
  local base=$1 user=$2 password=$3 jar token status
  jar="$(mktemp)"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --max-time 10 "$base/api/auth/antiforgery" || { rm -f "$jar"; return 1; }
  token="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)"
  status="$(python3 -c 'import json,sys; print(json.dumps({"userName": sys.argv[1], "password": sys.argv[2], "rememberMe": False}))' "$user" "$password" \
    | curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --max-time 10 \
      -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $token" --data-binary @- "$base/api/auth/login")"
  if [[ "$status" != 200 ]]; then
    ip_err "signing in as $user for the fuzz run answered $status"
    rm -f "$jar"
    return 1
  fi
  # The session and antiforgery cookies (the jar marks HttpOnly ones with a #HttpOnly_ prefix), and the fresh XSRF token.
  python3 - "$jar" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif line.startswith("#") or not line.strip():
        continue
    fields = line.rstrip("\n").split("\t")
    if len(fields) >= 7:
        cookies[fields[5]] = fields[6]
headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
if "XSRF-TOKEN" in cookies:
    headers["X-XSRF-TOKEN"] = cookies["XSRF-TOKEN"]
print(json.dumps(headers))
PY
  rm -f "$jar"
}

ip_fuzz_suite() {
  local name=$1 base=$2 log=$3 requests=$4
  shift 4
  local passed=0 failed=0 notes=() identity who headers rc line skip
  local -A signed_in=()
  : >"$log"
  # Every identity signs in before any run: a run's public requests share the address's buckets with the next sign-in.
  for identity in "$@"; do
    who="${identity%%:*}"
    if [[ "$identity" != anonymous ]]; then
      signed_in[$who]="$(ip_sign_in_headers "$base" "$who" "${identity#*:}")" || signed_in[$who]=''
    fi
  done
  for identity in "$@"; do
    who="${identity%%:*}"
    headers='{}'
    if [[ "$identity" != anonymous ]]; then
      headers="${signed_in[$who]}"
      if [[ -z "$headers" ]]; then
        failed=$((failed + 1))
        notes+=("$who: sign-in failed")
        continue
      fi
    fi
    rc=0
    echo "== fuzz as $who ($requests requests)" | tee -a "$log"
    # A signed-in run must not sign itself out: its session ends on the server and the rest of the run would be anonymous.
    skip=''
    [[ "$identity" != anonymous ]] && skip='/api/auth/logout,/api/auth/logout-everywhere'
    FUZZ_SKIP_PATHS="$skip" FUZZ_HEADERS="$headers" timeout 300 python3 "$REPO_ROOT/build/tools/fuzz.py" "$base" "$requests" >"$log.part" 2>&1 || rc=$?
    cat "$log.part" >>"$log"
    # The offending requests ("SERVER ERROR METHOD URL STATUS ...") and the summary line.
    grep -E '^(SERVER ERROR|fuzz:|status counts:)' "$log.part" || true
    line="$(grep -E '^fuzz: ' "$log.part" | tail -1 || true)"
    rm -f "$log.part"
    if ((rc == 0)) && [[ "$line" == "fuzz: 0 server errors"* ]]; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      notes+=("$who: ${line:-exit code $rc}")
    fi
  done
  local note="$# identities × $requests requests"
  local extra
  for extra in "${notes[@]}"; do note="$note; $extra"; done
  ip_suite_record "$name" "$passed" "$failed" "$note"
}
