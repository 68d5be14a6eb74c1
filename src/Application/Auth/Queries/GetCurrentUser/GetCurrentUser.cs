using InvestPromo.Application.Users;

namespace InvestPromo.Application.Auth.Queries.GetCurrentUser;

public sealed record GetCurrentUserQuery : IQuery<CurrentUserDto>;

public sealed class GetCurrentUserHandler(IUserAccounts accounts, ICurrentUser user) : IQueryHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new AuthenticationFailedException("unauthorized");
        return await accounts.GetCurrentAsync(id, cancellationToken) ?? throw new AuthenticationFailedException("unauthorized");
    }
}
