using InvestPromo.Application.Users;

namespace InvestPromo.Application.Auth.Queries.GetSession;

/// <summary>Who is signed in, if anyone: <paramref name="User"/> is null for a visitor, an ended session or an API key.</summary>
public sealed record SessionDto(CurrentUserDto? User);

/// <summary>
/// The SPA's question on every page load, public pages included. Unlike <c>GET /api/auth/me</c> (401 for a visitor) it always
/// answers 200, so a visitor's browser logs no failed request.
/// </summary>
public sealed record GetSessionQuery : IQuery<SessionDto>;

public sealed class GetSessionHandler(IUserAccounts accounts, ICurrentUser user) : IQueryHandler<GetSessionQuery, SessionDto>
{
    public async ValueTask<SessionDto> Handle(GetSessionQuery query, CancellationToken cancellationToken) =>
        new(user.UserId is { } id ? await accounts.GetCurrentAsync(id, cancellationToken) : null);
}
