# shellcheck shell=bash
# The OpenAPI contract checked from outside (build/contract/, its own package.json): Stoplight Prism's validating proxy in
# front of a running instance, realistic traffic through it, and an integrator's script on a second, independent client
# (openapi-typescript + openapi-fetch). Any request or response that breaks client/openapi/v1.json fails, named by
# operation and property.
#
#   ip_contract_suite BASE LOG_DIR   -> type-checks and builds the scripts, checks that Prism can compile every body schema
#                                       (one that does not compile would pass unchecked), starts Prism in front of BASE, runs
#                                       build/contract/dist/traffic.js then integrator.js (with the API key the traffic's admin
#                                       created) through it; records the suites "contract (Prism)" and "integrator client"
#
# Requires common.sh and summary.sh to be sourced first, and `npm ci` done in build/contract. build/generate-client.sh
# regenerates the second client's types (build/contract/src/api.d.ts); test.sh's drift check compares them.

IP_CONTRACT_DIR="$REPO_ROOT/build/contract"

ip_contract_suite() {
  local base=$1 logs=$2 rc=0 prism_pid='' prism_port prism key_file checked
  # No usage reports from Prism's dependencies (there is no network anyway).
  export SCARF_ANALYTICS=false
  if ! (cd "$IP_CONTRACT_DIR" && npx tsc -p . >"$logs/contract-tsc.log" 2>&1); then
    cat "$logs/contract-tsc.log"
    ip_suite_record "contract (Prism)" 0 1 "build/contract does not type-check against the generated client"
    ip_suite_record "integrator client" 0 1 "not run"
    return 0
  fi
  if ! (cd "$IP_CONTRACT_DIR" && node dist/validator-coverage.js) 2>&1 | tee "$logs/contract-coverage.log"; then
    ip_suite_record "contract (Prism)" 0 1 "some body schemas do not compile for Prism, so it would not check them"
    ip_suite_record "integrator client" 0 1 "not run"
    return 0
  fi

  prism_port="$(ip_free_port)"
  prism="http://127.0.0.1:$prism_port"
  (cd "$IP_CONTRACT_DIR" && exec node_modules/.bin/prism proxy "$REPO_ROOT/client/openapi/v1.json" "$base" \
    --host 127.0.0.1 --port "$prism_port" --errors) >"$logs/prism.log" 2>&1 &
  prism_pid=$!
  if ! ip_wait_http "$prism/api/auth/antiforgery" 60 "$prism_pid"; then
    tail -n 20 "$logs/prism.log"
    ip_kill_tree "$prism_pid"
    ip_suite_record "contract (Prism)" 0 1 "Prism did not start (see ${logs#"$REPO_ROOT"/}/prism.log)"
    ip_suite_record "integrator client" 0 1 "not run"
    return 0
  fi
  echo "Prism $(cd "$IP_CONTRACT_DIR" && node_modules/.bin/prism --version) validating at $prism in front of $base"

  key_file="$(mktemp)"
  (cd "$IP_CONTRACT_DIR" && BASE_URL="$prism" API_KEY_FILE="$key_file" timeout 300 node dist/traffic.js) 2>&1 \
    | tee "$logs/contract-traffic.log" || rc=$?
  checked="$(grep -oE '^traffic: [0-9]+' "$logs/contract-traffic.log" | grep -oE '[0-9]+' || echo 0)"
  # Prism marks each answer it refused with ✖ in its log: none may slip past the scripts' own checks.
  if ((rc == 0)) && ! grep -q 'CONTRACT VIOLATION\|UNEXPECTED ANSWER\|^FAIL' "$logs/contract-traffic.log" && ! grep -q '✖' "$logs/prism.log"; then
    ip_suite_record "contract (Prism)" "$checked" 0 "$checked answers through Prism, no violation"
  else
    ip_suite_record "contract (Prism)" "$checked" 1 \
      "$(grep -c 'CONTRACT VIOLATION' "$logs/contract-traffic.log" || true) violation(s), see ${logs#"$REPO_ROOT"/}/contract-traffic.log"
  fi

  rc=0
  if [[ -s "$key_file" ]]; then
    (cd "$IP_CONTRACT_DIR" && BASE_URL="$prism" API_KEY="$(cat "$key_file")" timeout 300 node dist/integrator.js) 2>&1 \
      | tee "$logs/contract-integrator.log" || rc=$?
  else
    rc=1
    echo "integrator: not run, the traffic created no API key" >"$logs/contract-integrator.log"
  fi
  rm -f "$key_file"
  if ((rc == 0)) && grep -q '^integrator: passed' "$logs/contract-integrator.log"; then
    ip_suite_record "integrator client" 1 0 "week's approvals, one filing, the whole review queue, through Prism"
  else
    ip_suite_record "integrator client" 0 1 "see ${logs#"$REPO_ROOT"/}/contract-integrator.log"
  fi

  ip_kill_tree "$prism_pid"
  wait "$prism_pid" 2>/dev/null || true
  if grep -q '✖' "$logs/prism.log"; then
    ip_err "Prism refused requests or answers:"
    grep '✖' "$logs/prism.log" | head -n 20 >&2
  fi
}
