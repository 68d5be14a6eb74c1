using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Queries.ListAssociations;

public sealed record ListAssociationsQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    AssociationKind? Kind = null,
    string? Search = null,
    AssociationStatus? Status = null,
    string? RegionCode = null,
    Guid? IndustryChainId = null)
    : IQuery<PagedList<AssociationDto>>, IPagedQuery;

public sealed class ListAssociationsValidator : AbstractValidator<ListAssociationsQuery>
{
    public ListAssociationsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.RegionCode).MaximumLength(16);
    }
}

public sealed class ListAssociationsHandler(IApplicationDbContext db) : IQueryHandler<ListAssociationsQuery, PagedList<AssociationDto>>
{
    public async ValueTask<PagedList<AssociationDto>> Handle(ListAssociationsQuery query, CancellationToken cancellationToken) =>
        await db.Associations.AsNoTracking()
            .Search(db, query.Kind, query.Status, query.RegionCode, query.IndustryChainId, query.Search)
            .InListOrder().ProjectToDto()
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}
