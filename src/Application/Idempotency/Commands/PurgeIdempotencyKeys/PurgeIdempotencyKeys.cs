namespace InvestPromo.Application.Idempotency.Commands.PurgeIdempotencyKeys;

/// <summary>Housekeeping: deletes Idempotency-Keys older than the retention. Set-based and idempotent; answers how many rows went.</summary>
public sealed record PurgeIdempotencyKeysCommand : ICommand<int>;

public sealed class PurgeIdempotencyKeysHandler(IApplicationDbContext db, IdempotencyOptions options, TimeProvider clock) : ICommandHandler<PurgeIdempotencyKeysCommand, int>
{
    public async ValueTask<int> Handle(PurgeIdempotencyKeysCommand command, CancellationToken cancellationToken)
    {
        var createdBefore = clock.GetUtcNow() - options.Retention;
        return await db.IdempotencyKeys.Where(k => k.CreatedAt <= createdBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
