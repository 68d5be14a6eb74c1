namespace InvestPromo.Application.Common.Persistence;

/// <summary>
/// Every explicit transaction runs here. On PostgreSQL and SQL Server EF's execution strategy retries a transient failure (a
/// restart, a dropped connection), and it refuses a transaction it did not open: the whole unit is handed to it instead. A retry
/// starts from a clean change tracker, so the work reads the state again and decides again; nothing it did in the failed attempt
/// survives (the transaction was rolled back, after-commit events go with it). The work must therefore do nothing outside the
/// database (files, e-mail, enqueues) but through after-commit events.
/// </summary>
public static class Transactions
{
    public static Task<T> InTransactionAsync<T>(this IApplicationDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var attempts = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                if (attempts++ > 0)
                {
                    db.DiscardChanges();
                }

                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await work(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);
    }
}
