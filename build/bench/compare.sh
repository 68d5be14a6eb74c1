#!/usr/bin/env bash
# Compare two benchmark runs (issue 16 item 4): each figure of CURRENT as a ratio to BASE, "worse"/"better" at 20% or more.
# No database: reads two results.json files and prints a markdown table (see build/bench/README.md, "Comparing with a saved run").
#
#   build/bench/compare.sh artifacts/bench-main/results.json artifacts/bench/results.json
#
# Builds the benchmark (Release) first when it is missing or older than its sources. Exit 0, or 2 when a file cannot be read.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

if (($# != 2)); then
  echo "usage: build/bench/compare.sh BASE.json CURRENT.json" >&2
  exit 2
fi
# Absolute before anything changes directory.
base="$(realpath -m -- "$1")"
current="$(realpath -m -- "$2")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
project="$REPO_ROOT/build/bench/InvestPromo.Bench"
dll="$project/bin/Release/net10.0/InvestPromo.Bench.dll"
if [[ ! -f "$dll" ]] || [[ -n "$(find "$project" -path "$project/bin" -prune -o -path "$project/obj" -prune -o -newer "$dll" -type f \( -name '*.cs' -o -name '*.csproj' \) -print -quit)" ]]; then
  echo "Building the benchmark (Release)…" >&2
  dotnet build "$project" -c Release -p:WriteOpenApi=false -nologo -v quiet >&2
fi

exec dotnet "$dll" compare "$base" "$current"
