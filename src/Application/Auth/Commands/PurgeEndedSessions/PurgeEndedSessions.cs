namespace InvestPromo.Application.Auth.Commands.PurgeEndedSessions;

/// <summary>
/// Housekeeping: deletes the sessions whose absolute lifetime ended more than <see cref="UserSessionOptions.KeepEndedDays"/> days
/// ago (ended, idle or expired alike: none of them can be used again). One set-based DELETE; a repeated run deletes nothing.
/// </summary>
public sealed record PurgeEndedSessionsCommand : ICommand<int>;

public sealed class PurgeEndedSessionsHandler(IApplicationDbContext db, UserSessionOptions options, TimeProvider clock) : ICommandHandler<PurgeEndedSessionsCommand, int>
{
    public async ValueTask<int> Handle(PurgeEndedSessionsCommand command, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.KeepEndedDays);
        return await db.UserSessions.Where(s => s.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
