using InvestPromo.Application.Rewards;
using InvestPromo.Domain.Rewards;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvestPromo.Infrastructure.Rewards;

/// <summary>
/// Replaces a calculation's lines: one set-based delete, then the new lines. On PostgreSQL they go in one binary COPY on the
/// context's connection, inside the caller's transaction (136,418 lines: EF's batched inserts cost about 8 s of CPU in the
/// benchmark); elsewhere inserts in chunks with change detection off, each chunk detached once saved.
/// </summary>
internal sealed class RewardLineWriter(ApplicationDbContext db) : IRewardLineWriter
{
    private const int Chunk = 5_000;

    public async Task ReplaceAsync(Guid calculationId, IReadOnlyList<RewardLine> lines, CancellationToken ct)
    {
        await db.RewardLines.Where(l => l.CalculationId == calculationId).ExecuteDeleteAsync(ct);
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await CopyAsync(connection, lines, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < lines.Count; i += Chunk)
            {
                var chunk = lines.Skip(i).Take(Chunk).ToList();
                db.RewardLines.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                foreach (var line in chunk)
                {
                    db.Entry(line).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<RewardLine> lines, CancellationToken ct)
    {
        await using var import = await connection.BeginBinaryImportAsync(
            """COPY "RewardLines" ("Id", "CalculationId", "AssociationId", "AssociationName", "ProjectId", "ProjectName", "Category", "CountedFunds", "CountedFundsFen", "Outcome", "Amount", "AmountFen", "Version") FROM STDIN (FORMAT BINARY)""",
            ct);
        foreach (var line in lines)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(line.Id, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(line.CalculationId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(import, line.AssociationId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(import, line.AssociationName, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(import, line.ProjectId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(import, line.ProjectName, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(import, line.Category?.ToString(), NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(line.CountedFunds, NpgsqlDbType.Numeric, ct);
            await import.WriteAsync(line.CountedFundsFen, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(line.Outcome.ToString(), NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(line.Amount, NpgsqlDbType.Numeric, ct);
            await import.WriteAsync(line.AmountFen, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(line.Version, NpgsqlDbType.Integer, ct);
        }

        await import.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? import.WriteAsync(v, type, ct) : import.WriteNullAsync(ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter import, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? import.WriteNullAsync(ct) : import.WriteAsync(value, type, ct);
}
