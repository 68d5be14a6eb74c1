using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Queries.ListAssociations;

public sealed record ListAssociationsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, AssociationKind? Kind = null, string? Search = null)
    : IQuery<PagedList<AssociationDto>>, IPagedQuery;

public sealed class ListAssociationsValidator : AbstractValidator<ListAssociationsQuery>
{
    public ListAssociationsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListAssociationsHandler(IApplicationDbContext db) : IQueryHandler<ListAssociationsQuery, PagedList<AssociationDto>>
{
    public async ValueTask<PagedList<AssociationDto>> Handle(ListAssociationsQuery query, CancellationToken cancellationToken)
    {
        var associations = db.Associations.AsNoTracking();
        if (query.Kind is { } kind)
        {
            associations = associations.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            associations = associations.Where(a => a.Name.Contains(term));
        }

        return await associations.OrderBy(a => a.Kind).ThenBy(a => a.Name).ThenBy(a => a.Id).ProjectToDto()
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
