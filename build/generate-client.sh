#!/usr/bin/env bash
# Regenerates the committed OpenAPI document and the TypeScript client from the API:
#   client/openapi/v1.json   Swashbuckle CLI (`dotnet swagger tofile`) on the built API assembly
#   client/src/api/client.ts NSwag (openapi2tsclient) driven by client/nswag.json
#   build/contract/src/api.d.ts  openapi-typescript, the second client's types (needs `npm ci` in build/contract)
#
#   build/generate-client.sh            # builds src/Api (Release) first
#   build/generate-client.sh --no-build # uses the existing Release build
#
# The API skips database work when ASPNETCORE_ENVIRONMENT=OpenApiGeneration.
set -euo pipefail

# shellcheck source=build/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) ip_die "unknown argument: $arg (use --no-build)" ;;
  esac
done

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ip_require_cmd dotnet

NSWAG_VERSION=14.7.1
API_DLL="src/Api/bin/Release/net10.0/InvestPromo.Api.dll"
OPENAPI="client/openapi/v1.json"
TS_CLIENT="client/src/api/client.ts"

if ((BUILD)); then
  echo "building src/Api (Release)"
  dotnet build src/Api -c Release -nologo -v quiet
fi
[[ -f "$API_DLL" ]] || ip_die "$API_DLL not found: build the API first (dotnet build src/Api -c Release)"

dotnet tool restore >/dev/null

mkdir -p "$(dirname "$OPENAPI")" "$(dirname "$TS_CLIENT")"
echo "writing $OPENAPI"
# From the output folder, so the content root holds appsettings*.json as when the API runs.
(
  cd "$(dirname "$API_DLL")"
  ASPNETCORE_ENVIRONMENT=OpenApiGeneration Hangfire__ServerEnabled=false \
    dotnet swagger tofile --output "$REPO_ROOT/$OPENAPI" "$(basename "$API_DLL")" v1
)

# NSwag comes with the NSwag.MSBuild package that src/Api references (restored with it). Pick the
# build for the newest runtime this SDK can run.
PACKAGES="$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')"
PACKAGES="${PACKAGES%/}"
NSWAG_TOOLS="$PACKAGES/nswag.msbuild/$NSWAG_VERSION/tools"
NSWAG_DLL=''
for tfm in Net100 Net90 Net80; do
  if [[ -f "$NSWAG_TOOLS/$tfm/dotnet-nswag.dll" ]]; then NSWAG_DLL="$NSWAG_TOOLS/$tfm/dotnet-nswag.dll"; break; fi
done
[[ -n "$NSWAG_DLL" ]] || ip_die "NSwag $NSWAG_VERSION not found under $NSWAG_TOOLS (run: dotnet restore src/Api)"
if [[ "$NSWAG_DLL" != */Net100/* ]]; then export DOTNET_ROLL_FORWARD=Major; fi

echo "writing $TS_CLIENT (NSwag $NSWAG_VERSION, $(basename "$(dirname "$NSWAG_DLL")"))"
if ! NSWAG_OUT="$(dotnet "$NSWAG_DLL" run client/nswag.json 2>&1)"; then
  printf '%s\n' "$NSWAG_OUT" >&2
  ip_die "NSwag failed"
fi
[[ -s "$TS_CLIENT" ]] || ip_die "NSwag did not write $TS_CLIENT"

# The second, independent client of build/contract (openapi-typescript), from the same document.
CONTRACT_TYPES="build/contract/src/api.d.ts"
if [[ -x build/contract/node_modules/.bin/openapi-typescript ]]; then
  echo "writing $CONTRACT_TYPES (openapi-typescript)"
  (cd build/contract && npm run --silent generate >/dev/null)
else
  ip_err "not writing $CONTRACT_TYPES: run 'npm ci' in build/contract first (CI compares it with the document)"
fi
echo "done: $OPENAPI, $TS_CLIENT, $CONTRACT_TYPES"
