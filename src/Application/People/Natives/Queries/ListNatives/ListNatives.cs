namespace InvestPromo.Application.People.Natives.Queries.ListNatives;

/// <summary>The directory by name, filtered by name/company, chain, city (a province covers its cities), tag and listed flag.</summary>
public sealed record ListNativesQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Search = null,
    Guid? IndustryChainId = null,
    string? CityRegionCode = null,
    string? Tag = null,
    bool? IsListed = null) : IQuery<PagedList<NativeDto>>, IPagedQuery
{
    public NativeFilter Filter => new(Search, IndustryChainId, CityRegionCode, Tag, IsListed);
}

public sealed class ListNativesValidator : AbstractValidator<ListNativesQuery>
{
    public ListNativesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.CityRegionCode).RegionCode();
        RuleFor(x => x.Tag).MaximumLength(Domain.People.NotableNative.TagMaxLength);
    }
}

public sealed class ListNativesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListNativesQuery, PagedList<NativeDto>>
{
    public async ValueTask<PagedList<NativeDto>> Handle(ListNativesQuery query, CancellationToken cancellationToken) =>
        await NativeQueries.PageAsync(db.NotableNatives.AsNoTracking().Filter(query.Filter).Ordered(), db, user, query.Page, query.PageSize, cancellationToken);
}
