using System.Diagnostics;
using System.Text.Json;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On every save: bumps the <c>Version</c> of each modified entity (the optimistic concurrency token) and
/// writes an <see cref="AuditEntry"/> per change to an <see cref="IAuditable"/> entity, in the same transaction.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    private const string VersionProperty = "Version";

    /// <summary>Never written to the audit trail.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash", "ProtectedSecret", "NormalizedUserName", "NormalizedEmail", VersionProperty,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>The audit entries this interceptor added to the save in progress.</summary>
    private readonly List<AuditEntry> _added = [];

    private void Track(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Entries of an earlier attempt that never reached the database (a failed save, retried by the execution strategy or
        // by its caller) are described again below: the old ones go, or the change would be audited twice.
        foreach (var stale in _added)
        {
            var entry = context.Entry(stale);
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
        }

        _added.Clear();

        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(VersionProperty) is { IsConcurrencyToken: true })
            {
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            if (entry.Entity is IAuditable && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var audit = Describe(entry, now);
                if (audit is not null)
                {
                    entries.Add(audit);
                }
            }
        }

        if (entries.Count > 0)
        {
            context.Set<AuditEntry>().AddRange(entries);
            _added.AddRange(entries);
        }
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Modified,
        };

        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Secret.Contains(name))
            {
                continue;
            }

            var key = JsonNamingPolicy.CamelCase.ConvertName(name);
            switch (entry.State)
            {
                case EntityState.Added:
                    after[key] = property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    before[key] = property.OriginalValue;
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        before[key] = property.OriginalValue;
                        after[key] = property.CurrentValue;
                    }

                    break;
            }
        }

        if (entry.State == EntityState.Modified)
        {
            if (after.Count == 0)
            {
                return null;
            }

            if (entry.Entity is ISoftDeletable && after.TryGetValue("isDeleted", out var deleted) && deleted is true)
            {
                action = AuditAction.Deleted;
            }
        }

        var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
        return AuditEntry.Record(
            now,
            user.UserId,
            user.Name ?? "system",
            entry.Metadata.ClrType.Name,
            id,
            action,
            before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
            after.Count == 0 ? null : JsonSerializer.Serialize(after, Json),
            Activity.Current?.TraceId.ToString());
    }
}
