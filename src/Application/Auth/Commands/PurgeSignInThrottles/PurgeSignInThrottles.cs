using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Auth.Commands.PurgeSignInThrottles;

/// <summary>
/// Housekeeping: deletes the failed sign-in counts that can no longer refuse anyone (not locked, window over; see
/// <see cref="SignInThrottle.IsStale"/>). Set-based and idempotent; answers how many rows went.
/// </summary>
public sealed record PurgeSignInThrottlesCommand : ICommand<int>;

public sealed class PurgeSignInThrottlesHandler(IApplicationDbContext db, SignInThrottleOptions options, TimeProvider clock) : ICommandHandler<PurgeSignInThrottlesCommand, int>
{
    public async ValueTask<int> Handle(PurgeSignInThrottlesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var windowStartedBefore = now - options.LongestWindow;
        return await db.SignInThrottles
            .Where(t => (t.LockedUntil == null || t.LockedUntil <= now) && t.WindowStartedAt <= windowStartedBefore)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
