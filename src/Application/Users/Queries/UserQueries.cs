using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Common.Security;
using Mediator;

namespace InvestPromo.Application.Users.Queries;

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

public sealed record GetUserQuery(Guid Id) : IQuery<UserDto>;

public sealed class GetUserHandler(IUserAccounts accounts) : IQueryHandler<GetUserQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}
