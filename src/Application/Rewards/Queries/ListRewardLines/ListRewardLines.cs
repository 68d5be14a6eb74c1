using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Queries.ListRewardLines;

/// <summary>A page of a calculation's lines (association, project, category, counted funds, outcome with its reason, amount).</summary>
public sealed record ListRewardLinesQuery(
    Guid CalculationId, int Page = 1, int PageSize = Paging.DefaultPageSize, Guid? AssociationId = null, RewardOutcome? Outcome = null, string? Search = null)
    : IQuery<PagedList<RewardLineDto>>, IPagedQuery;

public sealed class ListRewardLinesValidator : AbstractValidator<ListRewardLinesQuery>
{
    public ListRewardLinesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Outcome).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListRewardLinesHandler(IApplicationDbContext db) : IQueryHandler<ListRewardLinesQuery, PagedList<RewardLineDto>>
{
    public async ValueTask<PagedList<RewardLineDto>> Handle(ListRewardLinesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.RewardCalculations.AnyAsync(c => c.Id == query.CalculationId, cancellationToken))
        {
            throw new NotFoundException(nameof(RewardCalculation), query.CalculationId);
        }

        var lines = new RewardLineFilter(query.AssociationId, query.Outcome, query.Search).Apply(db.RewardLines.AsNoTracking().Where(l => l.CalculationId == query.CalculationId));
        return await lines.InOrder().ProjectToDto().ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
