using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Objections.Queries.ListObjections;

/// <summary>
/// Reviewers' list of objections, paged; filters by status, publication and filing. Open ones (status Pending) come
/// oldest first, as work to do; otherwise newest first.
/// </summary>
public sealed record ListObjectionsQuery(
    ObjectionStatus? Status = null,
    Guid? PublicationId = null,
    Guid? FilingId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ObjectionDto>>, IPagedQuery;

public sealed class ListObjectionsValidator : AbstractValidator<ListObjectionsQuery>
{
    public ListObjectionsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsDefinedValue();
    }
}

public sealed class ListObjectionsHandler(IApplicationDbContext db) : IQueryHandler<ListObjectionsQuery, PagedList<ObjectionDto>>
{
    public async ValueTask<PagedList<ObjectionDto>> Handle(ListObjectionsQuery query, CancellationToken cancellationToken)
    {
        var objections = db.Objections.AsNoTracking();
        if (query.Status is { } status)
        {
            objections = objections.Where(o => o.Status == status);
        }

        if (query.PublicationId is { } publicationId)
        {
            objections = objections.Where(o => o.PublicationId == publicationId);
        }

        if (query.FilingId is { } filingId)
        {
            objections = objections.Where(o => o.FilingId == filingId);
        }

        var ordered = query.Status == ObjectionStatus.Pending
            ? objections.OrderBy(o => o.LodgedAt).ThenBy(o => o.Id)
            : objections.OrderByDescending(o => o.LodgedAt).ThenByDescending(o => o.Id);
        var page = await ObjectionQueries.Rows(db, ordered).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<ObjectionDto>([.. page.Items.Select(ObjectionQueries.ToDto)], page.Page, page.PageSize, page.TotalCount);
    }
}
