namespace InvestPromo.Application.People.Ambassadors.Queries.ListAmbassadors;

/// <summary>The ambassadors, newest year first, filtered by year, name/certificate/organisation, chain and city (a province covers its cities).</summary>
public sealed record ListAmbassadorsQuery(
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    int? Year = null,
    string? Search = null,
    Guid? IndustryChainId = null,
    string? CityRegionCode = null) : IQuery<PagedList<AmbassadorDto>>, IPagedQuery
{
    public AmbassadorFilter Filter => new(Year, Search, IndustryChainId, CityRegionCode);
}

public sealed class ListAmbassadorsValidator : AbstractValidator<ListAmbassadorsQuery>
{
    public ListAmbassadorsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.CityRegionCode).RegionCode();
    }
}

public sealed class ListAmbassadorsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListAmbassadorsQuery, PagedList<AmbassadorDto>>
{
    public async ValueTask<PagedList<AmbassadorDto>> Handle(ListAmbassadorsQuery query, CancellationToken cancellationToken) =>
        await db.Ambassadors.AsNoTracking().Filter(query.Filter)
            .OrderByDescending(a => a.Year).ThenBy(a => a.CertificateNumber).ThenBy(a => a.Id)
            .ToDtos(db, PeopleContacts.MaySee(user))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}
