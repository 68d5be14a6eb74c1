using InvestPromo.Domain.Organisation;

namespace InvestPromo.Application.Units.Queries.ListUnits;

public sealed record ListUnitsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, UnitKind? Kind = null, string? Search = null)
    : IQuery<PagedList<UnitDto>>, IPagedQuery;

public sealed class ListUnitsValidator : AbstractValidator<ListUnitsQuery>
{
    public ListUnitsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListUnitsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListUnitsQuery, PagedList<UnitDto>>
{
    public async ValueTask<PagedList<UnitDto>> Handle(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking().VisibleTo(user);
        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            units = units.Where(u => u.Name.Contains(term) || u.Code.Contains(term.ToUpper()));
        }

        return await units.OrderBy(u => u.Kind).ThenBy(u => u.Code).ProjectToDto()
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
