using InvestPromo.Application.Filings.Attachments;

namespace InvestPromo.Application.Credits.Queries.ListFilingCredits;

/// <summary>A filing's credit claims, oldest first: the history (who proposed and decided each, when, why) and the current one.</summary>
public sealed record ListFilingCreditsQuery(Guid FilingId) : IQuery<IReadOnlyList<CreditDto>>;

public sealed class ListFilingCreditsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListFilingCreditsQuery, IReadOnlyList<CreditDto>>
{
    public async ValueTask<IReadOnlyList<CreditDto>> Handle(ListFilingCreditsQuery query, CancellationToken cancellationToken)
    {
        await db.RequireVisibleFilingAsync(user, query.FilingId, cancellationToken);
        return await db.CreditsOfFilingAsync(query.FilingId, cancellationToken);
    }
}
