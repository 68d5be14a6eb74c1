using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.People.Ambassadors.Queries.GetAmbassador;

/// <summary>One ambassador with the projects credited to them (credits naming them as recommender, any status, newest first).</summary>
public sealed record GetAmbassadorQuery(Guid Id) : IQuery<AmbassadorDetailDto>;

public sealed class GetAmbassadorHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetAmbassadorQuery, AmbassadorDetailDto>
{
    /// <summary>The most credits listed (an ambassador brings a handful of projects a year).</summary>
    public const int MaxCredits = 500;

    public async ValueTask<AmbassadorDetailDto> Handle(GetAmbassadorQuery query, CancellationToken cancellationToken)
    {
        var ambassador = await AmbassadorQueries.ReadAsync(db, user, query.Id, cancellationToken);
        var credits = await db.ProjectCredits.AsNoTracking()
            .Where(c => c.RecommenderKind == RecommenderKind.Ambassador && c.RecommenderId == query.Id)
            .OrderByDescending(c => c.ProposedAt).ThenBy(c => c.Id).Take(MaxCredits)
            .Select(c => new AmbassadorCreditDto(
                c.Id,
                c.FilingId,
                db.Filings.Where(f => f.Id == c.FilingId).Select(f => f.ProjectName).FirstOrDefault() ?? string.Empty,
                c.Status,
                c.ProposedAt))
            .ToListAsync(cancellationToken);
        return new AmbassadorDetailDto(ambassador, credits);
    }
}
