#!/usr/bin/env bash
# InvestPromo — build the SPA and run the API (which serves it) on SQLite with demo data.
#
#   build/run.sh                          # http://localhost:5080
#   URLS=http://0.0.0.0:8080 build/run.sh # another address
#
# Data (the SQLite file) goes to ./data; delete that folder to start afresh. Ctrl-C stops it.
set -euo pipefail

# shellcheck source=build/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ip_require_cmd dotnet node npm

URLS="${URLS:-http://localhost:5080}"
FIRST_URL="${URLS%%;*}"
FIRST_URL="${FIRST_URL/0.0.0.0/localhost}"
FIRST_URL="${FIRST_URL/\[::\]/localhost}"
FIRST_URL="${FIRST_URL/\*/localhost}"
FIRST_URL="${FIRST_URL/+/localhost}"

ip_step "SPA dependencies"
# npm ci only when node_modules was not installed from the current package-lock.json.
LOCK_SUM="$(sha256sum client/package-lock.json | cut -d' ' -f1)"
STAMP=client/node_modules/.investpromo-lock.sha256
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$LOCK_SUM" ]]; then
  echo "client/node_modules is up to date with package-lock.json"
else
  (cd client && npm ci --no-audit --no-fund --prefer-offline)
  mkdir -p client/node_modules && echo "$LOCK_SUM" >"$STAMP"
fi

ip_step "SPA build (client/dist)"
(cd client && npm run build)

ip_step "API build (Release)"
dotnet build src/Api -c Release -nologo
ip_step_end

mkdir -p "$REPO_ROOT/data"
cat <<EOF

  InvestPromo is starting (SQLite, demo data, Development):
    app       $FIRST_URL/
    Swagger   $FIRST_URL/swagger
    Hangfire  $FIRST_URL/hangfire (sign in as admin first)
    health    $FIRST_URL/health/ready
    data      $REPO_ROOT/data

  Demo logins:
    role         user          password
    Admin        admin         Admin#2026-Demo
    Reviewer     reviewer      Reviewer#2026-Demo
    Filer        filer         Filer#2026-Demo     (武陵区)
    Filer        filer2        Filer#2026-Demo     (鼎城区)
    Leader       leader        Leader#2026-Demo
    Association  association   Assoc#2026-Demo

  Ctrl-C stops it.

EOF

export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="$URLS"
export Spa__RootPath="$REPO_ROOT/client/dist"
# Swagger UI at /swagger (off by default outside Development: OpenApi:SwaggerUi).
export OpenApi__SwaggerUi=true
export App__DataPath="$REPO_ROOT/data"
export Database__Provider="${Database__Provider:-Sqlite}"
# exec: Ctrl-C goes straight to dotnet, which shuts the host down cleanly.
exec dotnet run --project src/Api -c Release --no-build --no-launch-profile
