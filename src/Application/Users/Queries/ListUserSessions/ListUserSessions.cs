using InvestPromo.Application.Auth;
using InvestPromo.Application.Auth.Sessions;

namespace InvestPromo.Application.Users.Queries.ListUserSessions;

/// <summary>A user's active sessions, newest first (for admins).</summary>
public sealed record ListUserSessionsQuery(Guid UserId) : IQuery<IReadOnlyList<UserSessionDto>>;

public sealed record UserSessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, string? ClientAddress, string? UserAgent);

public sealed class ListUserSessionsHandler(IApplicationDbContext db, IUserAccounts accounts, UserSessionOptions options, TimeProvider clock)
    : IQueryHandler<ListUserSessionsQuery, IReadOnlyList<UserSessionDto>>
{
    public async ValueTask<IReadOnlyList<UserSessionDto>> Handle(ListUserSessionsQuery query, CancellationToken cancellationToken)
    {
        _ = await accounts.FindAsync(query.UserId, cancellationToken) ?? throw new NotFoundException("User", query.UserId);
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == query.UserId)
            .ActiveAt(clock.GetUtcNow(), options.IdleTimeout)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new UserSessionDto(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.ClientAddress, s.UserAgent))
            .ToListAsync(cancellationToken);
    }
}
