using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InvestPromo.Infrastructure.Persistence;

/// <summary>
/// A save that lost a race to another writer is a stale version (409), whatever statement noticed first. Two reviewers
/// approving one filing at once: the second's batch inserts the tracked project (its id is the filing's) before its
/// versioned UPDATE of the filing runs, so the database refuses the duplicate key, not the version (found by the reliability
/// run, build/reliability). When a save fails and a row it meant to change or delete has moved on since it was read, the
/// failure is answered as <see cref="DbUpdateConcurrencyException"/>; any other failure is rethrown as it was. The save itself
/// is <c>SaveWithRetriesAsync</c> (a transient failure retried as one unit).
/// </summary>
public abstract partial class ApplicationDbContext
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SaveWithRetriesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException && !cancellationToken.IsCancellationRequested)
        {
            if (await StaleEntryAsync(cancellationToken) is { } stale)
            {
                throw new DbUpdateConcurrencyException($"{stale.Metadata.ClrType.Name} was changed by someone else while this save ran.", failure);
            }

            throw;
        }
    }

    /// <summary>The first modified or deleted entry whose concurrency token in the database differs from the one it was read with.</summary>
    private async Task<EntityEntry?> StaleEntryAsync(CancellationToken cancellationToken)
    {
        var versioned = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted && e.Properties.Any(p => p.Metadata.IsConcurrencyToken))
            .ToList();
        if (versioned.Count == 0 || Database.CurrentTransaction is not null)
        {
            // Inside a caller's transaction the failed statement has aborted it (PostgreSQL): nothing more can be read there.
            return null;
        }

        try
        {
            foreach (var entry in versioned)
            {
                var current = await entry.GetDatabaseValuesAsync(cancellationToken);
                if (current is null || entry.Properties.Where(p => p.Metadata.IsConcurrencyToken).Any(p => !Equals(current[p.Metadata], p.OriginalValue)))
                {
                    return entry;
                }
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return null;
        }

        return null;
    }
}
