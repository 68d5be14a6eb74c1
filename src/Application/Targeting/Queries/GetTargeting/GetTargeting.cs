using InvestPromo.Application.People;

namespace InvestPromo.Application.Targeting.Queries.GetTargeting;

/// <summary>按图索骥: who to meet in an area (a province covers its cities), optionally for one industry chain.</summary>
public sealed record GetTargetingQuery(string RegionCode, Guid? IndustryChainId = null) : IQuery<TargetingResultDto>;

public sealed class GetTargetingValidator : AbstractValidator<GetTargetingQuery>
{
    public GetTargetingValidator()
    {
        RuleFor(x => x.RegionCode).NotEmpty().MaximumLength(16).RegionCode();
    }
}

public sealed class GetTargetingHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTargetingQuery, TargetingResultDto>
{
    public async ValueTask<TargetingResultDto> Handle(GetTargetingQuery query, CancellationToken cancellationToken) =>
        await TargetingQueries.FindAsync(db, user, query.RegionCode, query.IndustryChainId, cancellationToken);
}
