using System.Diagnostics;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;
using Npgsql;
using NpgsqlTypes;

namespace InvestPromo.Bench;

/// <summary>
/// Fills "Filings" and "FilingHistory" with binary COPY: the secondary indexes and the FK triggers are dropped first and
/// put back afterwards (the usual bulk-load recipe), then VACUUM ANALYZE so the planner and the visibility map are as
/// in a database that has been running for a while.
/// </summary>
internal static class Seeder
{
    private static readonly string[] Tables = ["Filings", "FilingHistory"];

    private const string CopyFilings =
        """
        COPY "Filings" ("Id", "ApprovedOn", "AssociationId", "Category", "ConstructionContent", "ContactName", "ContactPhone", "CreatedAt", "CreatedBy",
          "CreditCode", "DecidedAt", "DecidedBy", "DeletedAt", "DeletedBy", "ForeignInvestor", "IndustryChainId", "InvestorName", "IsDeleted",
          "NormalisedInvestorName", "NormalisedProjectName", "PlannedFixedAssetFen", "PlannedFixedAssetInvestment", "PlannedTotalFen", "PlannedTotalInvestment",
          "ProjectName", "RecommenderContact", "RecommenderName", "ReturnReason", "ReviewDueAt", "ReviewDueOn", "RevokedReason", "ScaleBand",
          "SourceRegionCode", "SourceRegionRollUp", "Stage", "Status", "SubmittedAt", "UnitId", "Version") FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>The share of each status (per mille). Most filings are approved; a meaningful share is under review.</summary>
    private static readonly (FilingStatus Status, int PerMille)[] StatusWeights =
    [
        (FilingStatus.Approved, 780), (FilingStatus.UnderReview, 60), (FilingStatus.Returned, 50), (FilingStatus.Draft, 60),
        (FilingStatus.Withdrawn, 30), (FilingStatus.Revoked, 20),
    ];

    private readonly record struct HistoryFacts(Guid Id, FilingStatus Status, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DecidedAt, string Filer);

    public static async Task<ReferenceRows> ReadReferenceAsync(NpgsqlDataSource data, CancellationToken ct)
    {
        async Task<List<T>> List<T>(string sql)
        {
            var list = new List<T>();
            await using var command = data.CreateCommand(sql);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                list.Add(reader.GetFieldValue<T>(0));
            }

            return list;
        }

        // The center reviews; the counties and parks file.
        var units = await List<Guid>("""SELECT "Id" FROM "Units" WHERE "Kind" <> 'Center' ORDER BY "Code" """);
        var chains = await List<Guid>("""SELECT "Id" FROM "IndustryChains" ORDER BY "SortOrder", "Code" """);
        var regions = await List<string>("""SELECT "Code" FROM "SourceRegions" ORDER BY "SortOrder" """);
        if (units.Count == 0 || chains.Count == 0 || regions.Count == 0)
        {
            throw new InvalidOperationException("The database has no units, industry chains or regions: the demo data (Seed:Demo) must be seeded first.");
        }

        return new ReferenceRows(units, chains, regions);
    }

    public static async Task<(long Filings, long History)> SeedAsync(NpgsqlDataSource data, ReferenceRows reference, int count, int seed, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await data.OpenConnectionAsync(ct);
        var indexes = new List<string>();
        await using (var command = new NpgsqlCommand(
            """SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(@tables) AND indexname NOT LIKE 'PK\_%'""", connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var definition in indexes)
        {
            // "CREATE INDEX "IX_x" ON public."Filings" USING btree (...)" → DROP INDEX "IX_x"
            var name = definition.Split(' ')[definition.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 3 : 2];
            await Execute(connection, $"DROP INDEX {name}", ct);
        }

        foreach (var table in Tables)
        {
            await Execute(connection, $"""ALTER TABLE "{table}" DISABLE TRIGGER ALL""", ct);
        }

        var facts = new HistoryFacts[count];
        var stopwatch = Stopwatch.StartNew();
        var generator = new FilingGenerator(reference, seed, count);
        var random = generator.Random;
        var today = ChinaTime.DateOf(now);
        using (var writer = connection.BeginBinaryImport(CopyFilings))
        {
            for (var i = 0; i < count; i++)
            {
                var fields = generator.Next();
                var status = PickStatus(random);
                DateTime? submittedAt = null;
                DateOnly? dueOn = null;
                DateTime? dueAt = null;
                DateTime? decidedAt = null;
                DateTime createdAt;
                if (status == FilingStatus.UnderReview)
                {
                    // Submitted within the last eight days: deadlines spread around today (overdue, due today, due later).
                    submittedAt = now.UtcDateTime.AddMinutes(-random.Next(8 * 24 * 60));
                    createdAt = submittedAt.Value.AddHours(-random.Next(1, 240));
                    dueOn = ChinaTime.DateOf(submittedAt.Value).AddDays(3 + (random.Next(3) == 0 ? 2 : 0));
                    dueAt = ChinaTime.EndOfDay(dueOn.Value).UtcDateTime;
                }
                else
                {
                    // Three years of history.
                    createdAt = now.UtcDateTime.AddMinutes(-random.Next(60, 3 * 365 * 24 * 60));
                    if (status != FilingStatus.Draft)
                    {
                        submittedAt = createdAt.AddHours(random.Next(1, 72));
                        if (status != FilingStatus.Withdrawn)
                        {
                            decidedAt = submittedAt.Value.AddHours(random.Next(1, 72));
                        }
                    }
                }

                var id = Guid.CreateVersion7(createdAt);
                facts[i] = new HistoryFacts(id, status, createdAt, submittedAt, decidedAt, fields.ContactName);
                var deleted = status == FilingStatus.Draft && random.Next(10) == 0;
                WriteFiling(writer, id, fields, status, createdAt, submittedAt, dueOn, dueAt, decidedAt, deleted);
            }

            writer.Complete();
        }

        Console.WriteLine($"  filings copied in {stopwatch.Elapsed.TotalSeconds:0.0}s (today in China: {today:yyyy-MM-dd})");
        stopwatch.Restart();
        long history = 0;
        using (var writer = connection.BeginBinaryImport(
            """COPY "FilingHistory" ("Id", "Action", "ActorId", "ActorName", "At", "Changes", "FilingId", "Reason") FROM STDIN (FORMAT BINARY)"""))
        {
            void Row(Guid filingId, FilingAction action, DateTime at, string actor, string? reason = null)
            {
                writer.StartRow();
                writer.Write(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                writer.Write(action.ToString(), NpgsqlDbType.Varchar);
                writer.WriteNull();
                writer.Write(actor, NpgsqlDbType.Varchar);
                writer.Write(at, NpgsqlDbType.TimestampTz);
                writer.WriteNull();
                writer.Write(filingId, NpgsqlDbType.Uuid);
                WriteText(writer, reason);
                history++;
            }

            foreach (var fact in facts)
            {
                Row(fact.Id, FilingAction.Created, fact.CreatedAt, fact.Filer);
                if (fact.SubmittedAt is not { } submitted)
                {
                    continue;
                }

                Row(fact.Id, FilingAction.Submitted, submitted, fact.Filer);
                var decided = fact.DecidedAt ?? submitted.AddHours(1);
                switch (fact.Status)
                {
                    case FilingStatus.Approved:
                        Row(fact.Id, FilingAction.Approved, decided, "李审核");
                        break;
                    case FilingStatus.Returned:
                        Row(fact.Id, FilingAction.Returned, decided, "李审核", "请补充项目用地及环评材料。");
                        break;
                    case FilingStatus.Revoked:
                        Row(fact.Id, FilingAction.Approved, decided, "李审核");
                        Row(fact.Id, FilingAction.Revoked, decided.AddDays(30), "李审核", "项目已终止。");
                        break;
                    case FilingStatus.Withdrawn:
                        Row(fact.Id, FilingAction.Withdrawn, decided, fact.Filer);
                        break;
                }
            }

            writer.Complete();
        }

        Console.WriteLine($"  {history:N0} history rows copied in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        stopwatch.Restart();
        foreach (var table in Tables)
        {
            await Execute(connection, $"""ALTER TABLE "{table}" ENABLE TRIGGER ALL""", ct);
        }

        await Execute(connection, "SET maintenance_work_mem = '512MB'", ct);
        foreach (var definition in indexes)
        {
            await Execute(connection, definition, ct);
        }

        Console.WriteLine($"  {indexes.Count} indexes rebuilt in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        stopwatch.Restart();
        await SeedChangeFeedAsync(connection, ct);
        Console.WriteLine($"  change feed entries written in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        stopwatch.Restart();
        await Execute(connection, "VACUUM ANALYZE", ct);
        Console.WriteLine($"  VACUUM ANALYZE in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        return (count, history);
    }

    /// <summary>
    /// Adds <paramref name="count"/> approved filings decided inside the week starting on <paramref name="monday"/> (Monday 00:00
    /// to Sunday 24:00 China time, spread evenly), on top of the seeded table and with its indexes in place, as approvals made
    /// through the week would be. No history rows: publishing reads the filings only.
    /// </summary>
    public static async Task SeedApprovedWeekAsync(NpgsqlDataSource data, FilingGenerator generator, DateOnly monday, int count, CancellationToken ct)
    {
        var random = generator.Random;
        var start = ChinaTime.StartOfDay(monday).UtcDateTime;
        var weekMinutes = 7 * 24 * 60;
        await using var connection = await data.OpenConnectionAsync(ct);
        using var writer = await connection.BeginBinaryImportAsync(CopyFilings, ct);
        for (var i = 0; i < count; i++)
        {
            var fields = generator.Next();
            var decidedAt = start.AddMinutes((double)i * weekMinutes / count).AddSeconds(random.Next(60));
            var submittedAt = decidedAt.AddMinutes(-random.Next(60, 72 * 60));
            var createdAt = submittedAt.AddHours(-random.Next(1, 240));
            WriteFiling(writer, Guid.CreateVersion7(createdAt), fields, FilingStatus.Approved, createdAt, submittedAt, null, null, decidedAt, deleted: false);
        }

        await writer.CompleteAsync(ct);
    }

    /// <summary>VACUUM ANALYZE of the filings after rows were added, as autovacuum would have done by the time they are read.</summary>
    public static async Task VacuumFilingsAsync(NpgsqlDataSource data, CancellationToken ct)
    {
        await using var connection = await data.OpenConnectionAsync(ct);
        await Execute(connection, """VACUUM ANALYZE "Filings" """, ct);
    }

    /// <summary>One row of <see cref="CopyFilings"/>: a filing as the workflow would have left it in that status.</summary>
    private static void WriteFiling(
        NpgsqlBinaryImporter writer, Guid id, GeneratedFields fields, FilingStatus status, DateTime createdAt, DateTime? submittedAt, DateOnly? dueOn, DateTime? dueAt, DateTime? decidedAt, bool deleted)
    {
        var total = Money.FromYuan(fields.PlannedTotal);
        writer.StartRow();
        writer.Write(id, NpgsqlDbType.Uuid);
        // Approve sets ApprovedOn (the China date of the decision); a revocation keeps it.
        WriteDate(writer, status is FilingStatus.Approved or FilingStatus.Revoked ? ChinaTime.DateOf(decidedAt!.Value) : null);
        writer.WriteNull(); // AssociationId
        writer.Write(fields.Category.ToString(), NpgsqlDbType.Varchar);
        writer.Write($"{fields.ProjectName}：新建厂房及配套设施，购置生产设备，建成后年产值约{fields.PlannedTotal / 5_000_000m:0.#}亿元。", NpgsqlDbType.Varchar);
        writer.Write(fields.ContactName, NpgsqlDbType.Varchar);
        writer.Write(fields.ContactPhone, NpgsqlDbType.Varchar);
        writer.Write(createdAt, NpgsqlDbType.TimestampTz);
        writer.WriteNull(); // CreatedBy
        WriteText(writer, fields.Investor.CreditCode);
        WriteTime(writer, decidedAt);
        writer.WriteNull(); // DecidedBy
        WriteTime(writer, deleted ? createdAt.AddDays(1) : null);
        writer.WriteNull(); // DeletedBy
        writer.Write(fields.Investor.Foreign, NpgsqlDbType.Boolean);
        writer.Write(fields.ChainId, NpgsqlDbType.Uuid);
        writer.Write(fields.Investor.Name, NpgsqlDbType.Varchar);
        writer.Write(deleted, NpgsqlDbType.Boolean);
        WriteText(writer, ProjectNameNormaliser.Normalise(fields.Investor.Name));
        WriteText(writer, ProjectNameNormaliser.Normalise(fields.ProjectName));
        writer.Write(Money.FromYuan(fields.PlannedFixedAssets).Fen, NpgsqlDbType.Bigint);
        writer.Write(fields.PlannedFixedAssets, NpgsqlDbType.Numeric);
        writer.Write(total.Fen, NpgsqlDbType.Bigint);
        writer.Write(total.Yuan, NpgsqlDbType.Numeric);
        writer.Write(fields.ProjectName, NpgsqlDbType.Varchar);
        writer.WriteNull(); // RecommenderContact
        writer.WriteNull(); // RecommenderName
        WriteText(writer, status == FilingStatus.Returned ? "请补充项目用地及环评材料。" : null);
        WriteTime(writer, dueAt);
        WriteDate(writer, dueOn);
        WriteText(writer, status == FilingStatus.Revoked ? "项目已终止。" : null);
        writer.Write(ScaleBands.Of(total).ToString(), NpgsqlDbType.Varchar);
        writer.Write(fields.RegionCode, NpgsqlDbType.Varchar);
        WriteText(writer, SourceRegionCodes.RollUp(fields.RegionCode));
        writer.Write(fields.Stage.ToString(), NpgsqlDbType.Varchar);
        writer.Write(status.ToString(), NpgsqlDbType.Varchar);
        WriteTime(writer, submittedAt);
        writer.Write(fields.UnitId, NpgsqlDbType.Uuid);
        writer.Write(status switch { FilingStatus.Draft => 1, FilingStatus.UnderReview => 2, FilingStatus.Revoked => 4, _ => 3 }, NpgsqlDbType.Integer);
    }

    private static FilingStatus PickStatus(Random random)
    {
        var x = random.Next(1000);
        foreach (var (status, perMille) in StatusWeights)
        {
            if (x < perMille)
            {
                return status;
            }

            x -= perMille;
        }

        return FilingStatus.Approved;
    }

    private static void WriteText(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void WriteDate(NpgsqlBinaryImporter writer, DateOnly? value)
    {
        if (value is { } date)
        {
            writer.Write(date, NpgsqlDbType.Date);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteTime(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } time)
        {
            writer.Write(time, NpgsqlDbType.TimestampTz);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>
    /// COPY went behind SaveChanges, so the change feed gets its entries here, set-based, as the migration's back-fill does:
    /// one <c>created</c> entry per seeded filing at its version and status, in creation order, after the demo data's entries;
    /// the counter row (locked first, so no save interleaves) moves past them.
    /// </summary>
    private static async Task SeedChangeFeedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var sql in new[]
        {
            """UPDATE "ChangeFeedCounters" SET "Value" = "Value" WHERE "Id" = 1""",
            """
            INSERT INTO "ChangeFeedEntries" ("Sequence", "Resource", "EntityId", "Kind", "Version", "ChangedAt", "UnitId", "UnitOnly", "Status")
            SELECT (SELECT "Value" FROM "ChangeFeedCounters" WHERE "Id" = 1) + row_number() OVER (ORDER BY f."CreatedAt", f."Id"),
                   'filing', f."Id", 'Created', f."Version", f."CreatedAt", f."UnitId", f."Status" = 'Draft', f."Status"
            FROM "Filings" f
            WHERE NOT f."IsDeleted" AND NOT EXISTS (SELECT 1 FROM "ChangeFeedEntries" e WHERE e."EntityId" = f."Id")
            """,
            """UPDATE "ChangeFeedCounters" SET "Value" = (SELECT COALESCE(max("Sequence"), 0) FROM "ChangeFeedEntries") WHERE "Id" = 1""",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
