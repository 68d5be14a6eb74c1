using System.Data.Common;
using System.Globalization;
using System.Text;
using InvestPromo.Application.Changes;
using InvestPromo.Domain.Changes;
using InvestPromo.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes the change feed (<see cref="ChangeFeedEntry"/>) for every save of a resource in <see cref="ChangeFeedResources"/>, in
/// the save's transaction. When the save starts it notes each changed resource (after auditing has bumped its <c>Version</c>)
/// and opens a transaction around the save if none is open; when EF has written the rows, and before the commit, it takes
/// the entries' sequence numbers, <c>UPDATE ChangeFeedCounters SET Value = Value + n … RETURNING Value</c>, and inserts the
/// entries numbered from it in the same batch (one round trip), and commits.
/// <para>
/// Why a counter row and not an identity column or a database sequence: those hand out numbers in the order transactions
/// <em>ask</em>, not the order they <em>commit</em>. A takes 5, B takes 6, B commits first: a reader that has read up to 6
/// never sees 5. The counter row's lock is held from the increment to the commit, so a second writer's increment waits until
/// the first has committed and then reads its value: sequence order is commit order, and a reader that sees sequence n has
/// every sequence below it already committed. It is correct on SQLite (one writer at a time anyway), PostgreSQL (an UPDATE
/// waits for the row's lock and re-reads the committed row under READ COMMITTED) and SQL Server (exclusive row lock to the
/// commit, with or without read-committed snapshot), with no provider-specific visibility trick (pg_snapshot_xmin and the like).
/// The lock serialises only the tail of each save (the batch of increment and inserts, then the commit): EF's own statements run
/// before it, concurrently. Inside a transaction the caller opened, the lock is held until the caller commits.
/// </para>
/// Registered after <see cref="AuditingInterceptor"/> (versions bumped) and before <see cref="ApprovalTotalsWriter"/> (so the
/// transaction it opens is the one the totals join). Saves that bypass SaveChanges (set-based loads such as the benchmark's
/// COPY) write their entries themselves, set-based, and move the counter past them.
/// </summary>
public sealed class ChangeFeedWriter(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Rows per INSERT: 9 parameters each stays under SQL Server's 2,100.</summary>
    private const int RowsPerInsert = 200;

    private static readonly Dictionary<Type, ChangeFeedResource> Resources = ChangeFeedResources.All.ToDictionary(r => r.EntityType);

    private readonly List<Staged> staged = [];
    private IDbContextTransaction? ownTransaction;

    private sealed record Staged(ChangeFeedResource Resource, Guid Id, ChangeKind Kind, int Version, ChangeFeedFacts Facts);

    /// <summary>The feed's statements are asynchronous; a synchronous save of a feed resource is refused.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries().Any(e => Resources.ContainsKey(e.Metadata.ClrType) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) == true)
        {
            throw new InvalidOperationException("Resources of the change feed must be saved with SaveChangesAsync.");
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        staged.Clear();
        if (eventData.Context is { } context)
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (Resources.TryGetValue(entry.Metadata.ClrType, out var resource) && Describe(resource, entry) is { } change)
                {
                    staged.Add(change);
                }
            }

            if (ownTransaction is not null && !ReferenceEquals(ownTransaction, context.Database.CurrentTransaction))
            {
                ownTransaction = null; // an attempt that failed before EF's failure callback; ApplicationDbContext dropped it
            }

            if (staged.Count > 0 && context.Database.CurrentTransaction is null)
            {
                ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (staged.Count > 0 && eventData.Context is { } context)
        {
            var changes = staged.ToList();
            staged.Clear();
            try
            {
                await WriteAsync(context, changes, clock.GetUtcNow().ToUniversalTime(), cancellationToken);
            }
            catch
            {
                await RollBackAsync();
                throw;
            }
        }

        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        await RollBackAsync();
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        await RollBackAsync();
        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    /// <summary>The kind of change an entity's save is: created; deleted (softly, or a row removed); its status moved (revoked, or any other move); else updated.</summary>
    private static Staged? Describe(ChangeFeedResource resource, EntityEntry entry)
    {
        var entity = (Entity)entry.Entity;
        ChangeKind kind;
        switch (entry.State)
        {
            case EntityState.Added:
                kind = ChangeKind.Created;
                break;
            case EntityState.Deleted:
                kind = ChangeKind.Deleted;
                break;
            case EntityState.Modified:
                var status = entry.Property(resource.StatusProperty);
                if (entity is AuditableEntity { IsDeleted: true } && entry.Property(nameof(AuditableEntity.IsDeleted)).OriginalValue is false)
                {
                    kind = ChangeKind.Deleted;
                }
                else if (!Equals(status.OriginalValue, status.CurrentValue))
                {
                    kind = resource.IsRevoked(status.CurrentValue) ? ChangeKind.Revoked : ChangeKind.StatusChanged;
                }
                else
                {
                    kind = ChangeKind.Updated;
                }

                break;
            default:
                return null;
        }

        return new Staged(resource, entity.Id, kind, entity.Version, resource.Describe(entity));
    }

    /// <summary>
    /// The counter's increment and the entries' inserts go in one batch (one round trip; each entry's sequence read from the
    /// counter row in SQL), so the row is locked for that round trip and the commit only (issue 16: with three round trips
    /// under the lock, 16 concurrent submissions queued 20 ms each on it). No counter row: nothing is inserted, the row is
    /// created race-free and the batch sent again.
    /// </summary>
    private static async Task WriteAsync(DbContext context, List<Staged> changes, DateTimeOffset now, CancellationToken ct)
    {
        var database = context.Database;
        var connection = database.GetDbConnection();
        var transaction = database.CurrentTransaction?.GetDbTransaction();
        var sql = context.GetService<ISqlGenerationHelper>();
        var sqlServer = database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer";
        string Q(string name) => sql.DelimitIdentifier(name);

        var model = context.Model.FindEntityType(typeof(ChangeFeedEntry))!;
        var table = sql.DelimitIdentifier(model.GetTableName()!, model.GetSchema());
        var store = StoreObjectIdentifier.Table(model.GetTableName()!, model.GetSchema());
        string[] names =
        [
            nameof(ChangeFeedEntry.Sequence), nameof(ChangeFeedEntry.Resource), nameof(ChangeFeedEntry.EntityId), nameof(ChangeFeedEntry.Kind),
            nameof(ChangeFeedEntry.Version), nameof(ChangeFeedEntry.ChangedAt), nameof(ChangeFeedEntry.UnitId), nameof(ChangeFeedEntry.UnitOnly),
            nameof(ChangeFeedEntry.Status),
        ];
        var properties = names.Select(n => model.FindProperty(n)!).ToArray();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        var counter = Q("ChangeFeedCounters");

        for (var offset = 0; offset < changes.Count; offset += RowsPerInsert)
        {
            // Each chunk takes its own numbers: the increment, then its rows numbered below the counter's new value.
            var chunk = changes.Skip(offset).Take(RowsPerInsert).ToList();
            for (var attempt = 0; ; attempt++)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var n = command.CreateParameter();
                n.ParameterName = "@n";
                n.Value = (long)chunk.Count;
                command.Parameters.Add(n);
                var text = new StringBuilder(sqlServer
                    ? $"UPDATE {counter} SET {Q("Value")} = {Q("Value")} + @n OUTPUT inserted.{Q("Value")} WHERE {Q("Id")} = 1;\n"
                    : $"UPDATE {counter} SET {Q("Value")} = {Q("Value")} + @n WHERE {Q("Id")} = 1 RETURNING {Q("Value")};\n");
                text.Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({columns}) ");
                for (var row = 0; row < chunk.Count; row++)
                {
                    var change = chunk[row];
                    object?[] values =
                    [
                        null, change.Resource.Name, change.Id, change.Kind, change.Version, now, change.Facts.UnitId, change.Facts.UnitOnly, change.Facts.Status,
                    ];
                    text.Append(row == 0 ? "SELECT " : " UNION ALL SELECT ");
                    text.Append(CultureInfo.InvariantCulture, $"c.{Q("Value")} - @n + {row + 1}");
                    for (var column = 1; column < properties.Length; column++)
                    {
                        var name = sql.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}"));
                        var mapping = (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)properties[column].GetRelationalTypeMapping();
                        command.Parameters.Add(mapping.CreateParameter(command, name, values[column], properties[column].IsNullable));
                        text.Append(", ").Append(name);
                    }

                    text.Append(CultureInfo.InvariantCulture, $" FROM {counter} c WHERE c.{Q("Id")} = 1");
                }

                command.CommandText = text.ToString();
                var counted = false;
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    counted = await reader.ReadAsync(ct) && !reader.IsDBNull(0);
                    while (await reader.NextResultAsync(ct))
                    {
                        // the inserts answer no rows; reading to the end surfaces any error of theirs here
                    }
                }

                if (counted)
                {
                    break;
                }

                if (attempt > 0)
                {
                    throw new InvalidOperationException("The change feed's counter row could not be created.");
                }

                await CreateCounterAsync(connection, transaction, sqlServer, Q, ct);
            }
        }
    }

    /// <summary>No counter row (an emptied database): creates it at the highest sequence written, race-free.</summary>
    private static async Task CreateCounterAsync(DbConnection connection, DbTransaction? transaction, bool sqlServer, Func<string, string> q, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var table = q("ChangeFeedCounters");
        var entries = q("ChangeFeedEntries");
        command.CommandText = sqlServer
            ? $"INSERT INTO {table} ({q("Id")}, {q("Value")}) SELECT 1, COALESCE((SELECT MAX({q("Sequence")}) FROM {entries}), 0) "
              + $"WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {q("Id")} = 1)"
            : $"INSERT INTO {table} ({q("Id")}, {q("Value")}) SELECT 1, COALESCE((SELECT MAX({q("Sequence")}) FROM {entries}), 0) WHERE 1 = 1 ON CONFLICT DO NOTHING";
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task RollBackAsync()
    {
        staged.Clear();
        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await DatabaseFaults.ForgetAsync(transaction);
        }
    }
}
