namespace InvestPromo.Application.Leads.Queries.ListOpinionRequests;

/// <summary>The opinion requests addressed to the caller's association (its portal), open ones first, newest first.</summary>
public sealed record ListOpinionRequestsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, bool OpenOnly = false)
    : IQuery<PagedList<LeadOpinionDto>>, IPagedQuery;

public sealed class ListOpinionRequestsValidator : AbstractValidator<ListOpinionRequestsQuery>
{
    public ListOpinionRequestsValidator() => this.AddPagingRules();
}

public sealed class ListOpinionRequestsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListOpinionRequestsQuery, PagedList<LeadOpinionDto>>
{
    public async ValueTask<PagedList<LeadOpinionDto>> Handle(ListOpinionRequestsQuery query, CancellationToken cancellationToken)
    {
        var associationId = user.AssociationId ?? Guid.Empty;
        var requests = db.LeadOpinionRequests.AsNoTracking().Where(r => r.AssociationId == associationId);
        if (query.OpenOnly)
        {
            requests = requests.Where(r => r.AnsweredAt == null);
        }

        return await requests.OrderBy(r => r.AnsweredAt == null ? 0 : 1).ThenByDescending(r => r.AskedAt).ThenBy(r => r.Id).ProjectToOpinion(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
