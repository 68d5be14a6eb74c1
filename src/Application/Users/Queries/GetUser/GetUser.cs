namespace InvestPromo.Application.Users.Queries.GetUser;

public sealed record GetUserQuery(Guid Id) : IQuery<UserDto>;

public sealed class GetUserHandler(IUserAccounts accounts) : IQueryHandler<GetUserQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}
