using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.People.Ambassadors.Queries.GetAmbassador;

/// <summary>
/// One ambassador with the projects credited to them (credits naming them as recommender, any status, newest first) and the leads
/// whose source they are (newest first), each list bounded and read in one query, and the certificate's issuing city.
/// </summary>
public sealed record GetAmbassadorQuery(Guid Id) : IQuery<AmbassadorDetailDto>;

public sealed class GetAmbassadorHandler(IApplicationDbContext db, ICurrentUser user, RegionOptions region) : IQueryHandler<GetAmbassadorQuery, AmbassadorDetailDto>
{
    /// <summary>The most credits listed (an ambassador brings a handful of projects a year).</summary>
    public const int MaxCredits = 500;

    /// <summary>The most leads listed.</summary>
    public const int MaxLeads = 500;

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
        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.SourceKind == LeadSourceKind.Ambassador && l.SourceId == query.Id)
            .OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id).Take(MaxLeads)
            .Select(l => new AmbassadorLeadDto(
                l.Id,
                l.CompanyName,
                l.Status,
                db.Units.Where(u => u.Id == l.AssignedUnitId).Select(u => u.Name).FirstOrDefault(),
                l.CreatedAt))
            .ToListAsync(cancellationToken);
        return new AmbassadorDetailDto(ambassador, credits, leads, await AmbassadorQueries.IssuerCityNameAsync(db, region, cancellationToken));
    }
}
