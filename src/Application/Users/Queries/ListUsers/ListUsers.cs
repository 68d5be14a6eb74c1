using InvestPromo.Application.Common.Security;

namespace InvestPromo.Application.Users.Queries.ListUsers;

public sealed record ListUsersQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Search = null, string? Role = null, Guid? UnitId = null)
    : IQuery<PagedList<UserDto>>, IPagedQuery;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Role).Must(Roles.IsUserRole).When(x => x.Role is not null);
    }
}

public sealed class ListUsersHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedList<UserDto>>
{
    public async ValueTask<PagedList<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(query, cancellationToken);
}
