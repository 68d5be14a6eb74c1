#!/usr/bin/env bash
# Adds one EF Core migration for each database provider (SQLite, PostgreSQL, SQL Server), so the three
# sets never drift apart. Tests (Infrastructure.Tests) fail when any provider's migrations lag the model.
#
#   build/add-migration.sh AddFilings
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: build/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  echo "== $provider"
  dotnet ef migrations add "$name" \
    --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}ApplicationDbContext" \
    --output-dir "Persistence/Migrations/$provider" \
    --namespace "InvestPromo.Infrastructure.Persistence.Migrations.$provider"
done
# dotnet-ef places the model snapshot by namespace; keep it beside its migrations.
if [[ -d src/Infrastructure/InvestPromo ]]; then
  for provider in Sqlite PostgreSql SqlServer; do
    find src/Infrastructure/InvestPromo -name "${provider}ApplicationDbContextModelSnapshot.cs" \
      -exec mv {} "src/Infrastructure/Persistence/Migrations/$provider/" \;
  done
  rm -rf src/Infrastructure/InvestPromo
fi
