using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Queries.ListLeads;

/// <summary>The leads the caller may see (<see cref="LeadScope"/>), newest first, by status and a search on the company.</summary>
public sealed record ListLeadsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, LeadStatus? Status = null, string? Search = null)
    : IQuery<PagedList<LeadListItemDto>>, IPagedQuery;

public sealed class ListLeadsValidator : AbstractValidator<ListLeadsQuery>
{
    public ListLeadsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListLeadsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListLeadsQuery, PagedList<LeadListItemDto>>
{
    public async ValueTask<PagedList<LeadListItemDto>> Handle(ListLeadsQuery query, CancellationToken cancellationToken)
    {
        var leads = db.Leads.AsNoTracking().VisibleTo(db, user);
        if (query.Status is { } status)
        {
            leads = leads.Where(l => l.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            leads = leads.Where(l => l.CompanyName.Contains(term));
        }

        return await leads.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).ProjectToListItem(db)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
