using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Credits.Queries.CreditQueue;

/// <summary>The reviewers' queue: proposed claims on submitted filings, competing claims first, then oldest first.</summary>
public sealed record CreditQueueQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, Guid? AssociationId = null, Guid? UnitId = null, string? Search = null, bool? CompetingOnly = null)
    : IQuery<PagedList<CreditQueueItemDto>>, IPagedQuery;

public sealed class CreditQueueValidator : AbstractValidator<CreditQueueQuery>
{
    public CreditQueueValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class CreditQueueHandler(IApplicationDbContext db) : IQueryHandler<CreditQueueQuery, PagedList<CreditQueueItemDto>>
{
    public async ValueTask<PagedList<CreditQueueItemDto>> Handle(CreditQueueQuery query, CancellationToken cancellationToken)
    {
        var rows = from c in db.ProjectCredits.AsNoTracking()
                   join f in db.Filings.AsNoTracking() on c.FilingId equals f.Id
                   where c.Status == CreditStatus.Proposed && f.Status != FilingStatus.Draft
                   select new
                   {
                       Credit = c,
                       f.ProjectName,
                       UnitName = db.Units.IgnoreQueryFilters().Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault(),
                       AssociationName = db.Associations.IgnoreQueryFilters().Where(a => a.Id == c.AssociationId).Select(a => a.Name).FirstOrDefault(),
                       Competing = db.ProjectCredits.Count(o => o.FilingId == c.FilingId && o.Status == CreditStatus.Proposed && o.Id != c.Id),
                   };
        if (query.AssociationId is { } associationId)
        {
            rows = rows.Where(r => r.Credit.AssociationId == associationId);
        }

        if (query.UnitId is { } unitId)
        {
            rows = rows.Where(r => r.Credit.UnitId == unitId);
        }

        if (query.CompetingOnly == true)
        {
            rows = rows.Where(r => r.Competing > 0);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            rows = rows.Where(r => (r.ProjectName != null && r.ProjectName.Contains(term)) || (r.AssociationName != null && r.AssociationName.Contains(term))
                || (r.Credit.RecommenderName != null && r.Credit.RecommenderName.Contains(term)));
        }

        return await rows
            .OrderByDescending(r => r.Competing > 0).ThenBy(r => r.Credit.FilingId).ThenBy(r => r.Credit.ProposedAt).ThenBy(r => r.Credit.Id)
            .Select(r => new CreditQueueItemDto(r.Credit.Id, r.Credit.FilingId, r.ProjectName, r.UnitName ?? string.Empty, r.Credit.AssociationId, r.AssociationName,
                r.Credit.RecommenderKind, r.Credit.RecommenderName, r.Credit.Source, r.Credit.ProposedByName, r.Credit.ProposedAt, r.Competing, r.Credit.Version))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
