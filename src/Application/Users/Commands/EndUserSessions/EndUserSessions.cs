using System.Globalization;
using InvestPromo.Application.Auth;
using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Users.Commands.EndUserSessions;

/// <summary>An admin ends every active session of a user: each of the user's cookies answers 401 from the next request on.</summary>
public sealed record EndUserSessionsCommand(Guid UserId) : ICommand<SessionsEndedDto>;

/// <summary>How many sessions a command ended.</summary>
public sealed record SessionsEndedDto(int Ended);

public sealed class EndUserSessionsHandler(IApplicationDbContext db, IUserAccounts accounts, ICurrentUser user, UserSessionOptions options, TimeProvider clock)
    : ICommandHandler<EndUserSessionsCommand, SessionsEndedDto>
{
    /// <summary>The audit trail's name for the user entity (what the auditing interceptor records for its changes).</summary>
    public const string AuditedUserType = "ApplicationUser";

    public async ValueTask<SessionsEndedDto> Handle(EndUserSessionsCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenAccessException("Only an admin can end another user's sessions.");
        }

        _ = await accounts.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException("User", command.UserId);
        var now = clock.GetUtcNow();

        // One transaction: the sessions never end without their audit entry.
        return await db.InTransactionAsync(
            async ct =>
            {
                var ended = await db.EndSessionsAsync(command.UserId, SessionEndReason.EndedByAdmin, now, options.IdleTimeout, except: null, ct);
                db.AuditEntries.Add(AuditEntry.Record(
                    now,
                    user.UserId,
                    user.Name,
                    AuditedUserType,
                    command.UserId.ToString(),
                    AuditAction.Modified,
                    string.Create(CultureInfo.InvariantCulture, $$"""{"activeSessions":{{ended}}}"""),
                    $$"""{"activeSessions":0,"sessionsEnded":"{{SessionEndReason.EndedByAdmin}}"}""",
                    System.Diagnostics.Activity.Current?.TraceId.ToString()));
                await db.SaveChangesAsync(ct);
                return new SessionsEndedDto(ended);
            },
            cancellationToken);
    }
}
