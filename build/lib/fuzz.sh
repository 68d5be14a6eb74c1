# shellcheck shell=bash
# The spec-driven bad-input probe (build/tools/fuzz.py) against running instances, as a counted suite.
#
#   ip_sign_in_headers BASE USER PASSWORD  -> prints a FUZZ_HEADERS JSON object for a signed-in session (curl:
#                                             GET /api/auth/antiforgery, POST /api/auth/login with X-XSRF-TOKEN); fails if refused
#   ip_create_api_key BASE USER PASSWORD   -> signs in as USER (an admin), creates a ReadWrite API key (POST /api/api-keys)
#                                             and prints its secret (ipk_…); fails if refused
#   ip_fuzz_runs BASES LOG REQUESTS IDENTITY...
#                                          -> one fuzz run per identity: "anonymous", "user:password" or "apikey:SECRET"
#                                             (sent as X-Api-Key). BASES is one base URL or several, comma-separated: each
#                                             identity's REQUESTS are split over them, probed at once (one fuzz.py each, its own
#                                             seed). Sets FUZZ_PASSED and FUZZ_FAILED (identities with / without a 5xx or hang),
#                                             FUZZ_SERVER_ERRORS (their sum), FUZZ_SENT, FUZZ_ELAPSED (s) and FUZZ_NOTES.
#   ip_fuzz_suite NAME BASES LOG REQUESTS IDENTITY...
#                                          -> ip_fuzz_runs recorded as one suite: passed = runs without a 5xx or hang,
#                                             failed = runs with one (each offending request is printed and logged)
#
# Each fuzz.py run may take 300 s plus a quarter second per request (timeout): 10,000 requests, 45 minutes at most.
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

ip_create_api_key() {
  local base=$1 user=$2 password=$3 headers
  headers="$(ip_sign_in_headers "$base" "$user" "$password")" || return 1
  python3 - "$base" "$headers" <<'PY'
import json, sys, time, urllib.request
base, headers = sys.argv[1], json.loads(sys.argv[2])
body = json.dumps({"name": f"fuzz {time.strftime('%Y%m%d%H%M%S')}", "scope": "ReadWrite", "expiresAt": None}).encode()
request = urllib.request.Request(base + "/api/api-keys", data=body, method="POST", headers={**headers, "Content-Type": "application/json"})
try:
    with urllib.request.urlopen(request, timeout=15) as answer:
        print(json.load(answer)["secret"])
except Exception as e:  # an HTTP error or no answer
    sys.exit(f"creating the fuzz run's API key answered {e}")
PY
}

ip_fuzz_runs() {
  local bases=$1 log=$2 requests=$3
  shift 3
  local identity who headers rc line skip key base i n share started pids=() parts=() b
  local -a base_list
  IFS=',' read -r -a base_list <<<"$bases"
  n=${#base_list[@]}
  local -A signed_in=()
  FUZZ_PASSED=0 FUZZ_FAILED=0 FUZZ_SERVER_ERRORS=0 FUZZ_SENT=0 FUZZ_NOTES=()
  started=$SECONDS
  : >"$log"
  # Every identity signs in on every instance before any run: a run's public requests share the address's buckets with
  # the next sign-in, and the anonymous run's failed sign-ins count against the address.
  for identity in "$@"; do
    who="${identity%%:*}"
    for ((i = 0; i < n; i++)); do
      key="$who|$i"
      case "$identity" in
        anonymous) signed_in[$key]='{}' ;;
        apikey:*) signed_in[$key]="$(python3 -c 'import json,sys; print(json.dumps({"X-Api-Key": sys.argv[1]}))' "${identity#apikey:}")" ;;
        *) signed_in[$key]="$(ip_sign_in_headers "${base_list[$i]}" "$who" "${identity#*:}")" || signed_in[$key]='' ;;
      esac
    done
  done
  for identity in "$@"; do
    who="${identity%%:*}"
    if [[ -z "${signed_in[$who|0]}" ]] || { ((n > 1)) && [[ -z "${signed_in[$who|1]}" ]]; }; then
      FUZZ_FAILED=$((FUZZ_FAILED + 1))
      FUZZ_NOTES+=("$who: sign-in failed")
      continue
    fi
    echo "== fuzz as $who ($requests requests over $n instance(s))" | tee -a "$log"
    # A signed-in run must not sign itself out: its session ends on the server and the rest of the run would be anonymous.
    skip=''
    [[ "$identity" != anonymous && "$identity" != apikey:* ]] && skip='/api/auth/logout,/api/auth/logout-everywhere'
    pids=() parts=()
    for ((i = 0; i < n; i++)); do
      base="${base_list[$i]}"
      share=$((requests / n + (i < requests % n ? 1 : 0)))
      headers="${signed_in[$who|$i]}"
      parts+=("$log.part$i")
      FUZZ_SKIP_PATHS="$skip" FUZZ_HEADERS="$headers" timeout $((300 + share / 4)) \
        python3 "$REPO_ROOT/build/tools/fuzz.py" "$base" "$share" $((7 + i)) >"$log.part$i" 2>&1 &
      pids+=("$!")
    done
    rc=0
    for ((i = 0; i < n; i++)); do
      wait "${pids[$i]}" || rc=$?
      cat "${parts[$i]}" >>"$log"
      # The offending requests ("SERVER ERROR METHOD URL STATUS ...") and the summary line.
      grep -E '^(SERVER ERROR|fuzz:|status counts:)' "${parts[$i]}" || true
    done
    local errors=0 sent=0 ok=1
    for b in "${parts[@]}"; do
      line="$(grep -E '^fuzz: ' "$b" | tail -1 || true)"
      if [[ "$line" =~ ^fuzz:\ ([0-9]+)\ server\ errors\ or\ hangs\ in\ ([0-9]+)\  ]]; then
        errors=$((errors + BASH_REMATCH[1]))
        sent=$((sent + BASH_REMATCH[2]))
      else
        ok=0
      fi
    done
    rm -f "${parts[@]}"
    FUZZ_SERVER_ERRORS=$((FUZZ_SERVER_ERRORS + errors))
    FUZZ_SENT=$((FUZZ_SENT + sent))
    if ((rc == 0 && ok == 1 && errors == 0)); then
      FUZZ_PASSED=$((FUZZ_PASSED + 1))
    else
      FUZZ_FAILED=$((FUZZ_FAILED + 1))
      if ((ok == 1)); then FUZZ_NOTES+=("$who: $errors server errors or hangs"); else FUZZ_NOTES+=("$who: no summary (exit code $rc)"); fi
    fi
  done
  FUZZ_ELAPSED=$((SECONDS - started))
}

ip_fuzz_suite() {
  local name=$1 bases=$2 log=$3 requests=$4
  shift 4
  ip_fuzz_runs "$bases" "$log" "$requests" "$@"
  local note="$# identities × $requests requests" extra
  for extra in "${FUZZ_NOTES[@]}"; do note="$note; $extra"; done
  ip_suite_record "$name" "$FUZZ_PASSED" "$FUZZ_FAILED" "$note"
}
