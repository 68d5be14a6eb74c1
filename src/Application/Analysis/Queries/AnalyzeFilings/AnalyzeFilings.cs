using InvestPromo.Application.ReferenceData;

namespace InvestPromo.Application.Analysis.Queries.AnalyzeFilings;

/// <summary>
/// Approved projects (status Approved or, their approval standing, UnderReReview: revoked, draft, under-review, returned and
/// withdrawn ones are not counted) grouped by
/// <see cref="GroupBy"/>, with approval dates (China) from <see cref="From"/> to <see cref="To"/> inclusive.
/// </summary>
public sealed record AnalyzeFilingsQuery(AnalysisGroupBy GroupBy, AnalysisPeriod? Period = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<FilingAnalysisDto>;

public sealed class AnalyzeFilingsValidator : AbstractValidator<AnalyzeFilingsQuery>
{
    public AnalyzeFilingsValidator()
    {
        RuleFor(x => x.GroupBy).IsDefinedValue();
        RuleFor(x => x.Period).IsDefinedValue();
        RuleFor(x => x.From).InDateRange();
        RuleFor(x => x.To).InDateRange();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class AnalyzeFilingsHandler(IApplicationDbContext db, RegionOptions region) : IQueryHandler<AnalyzeFilingsQuery, FilingAnalysisDto>
{
    public async ValueTask<FilingAnalysisDto> Handle(AnalyzeFilingsQuery query, CancellationToken cancellationToken) =>
        await FilingAnalysis.RunAsync(db, region, query, cancellationToken);
}
