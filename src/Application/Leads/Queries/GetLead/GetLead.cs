namespace InvestPromo.Application.Leads.Queries.GetLead;

/// <summary>One lead with its source, opinions and assessment history; a lead the caller may not see is a 404.</summary>
public sealed record GetLeadQuery(Guid Id) : IQuery<LeadDto>;

public sealed class GetLeadHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetLeadQuery, LeadDto>
{
    public async ValueTask<LeadDto> Handle(GetLeadQuery query, CancellationToken cancellationToken) =>
        await db.LoadLeadDtoAsync(user, query.Id, cancellationToken);
}
