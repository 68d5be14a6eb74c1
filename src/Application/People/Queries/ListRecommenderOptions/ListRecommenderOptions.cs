using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.People.Queries.ListRecommenderOptions;

/// <summary>
/// The picker behind a credit's recommender and a lead's source, for filers, reviewers, admins and leaders: the current (China) year's appointed
/// ambassadors, or the notable natives, matching the search (name, certificate number, organisation or company), at most
/// <see cref="ListRecommenderOptionsHandler.MaxOptions"/>, names only (no contacts). A named person has no registry: 400.
/// </summary>
public sealed record ListRecommenderOptionsQuery(RecommenderKind Kind, string? Search = null) : IQuery<IReadOnlyList<RecommenderOptionDto>>;

public sealed class ListRecommenderOptionsValidator : AbstractValidator<ListRecommenderOptionsQuery>
{
    public ListRecommenderOptionsValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue().Must(k => k is RecommenderKind.Ambassador or RecommenderKind.Native)
            .WithMessage(_ => new Localized("“引荐人类型”只能是招商大使或在外知名人士。", "The recommender kind must be Ambassador or Native.").Current);
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListRecommenderOptionsHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<ListRecommenderOptionsQuery, IReadOnlyList<RecommenderOptionDto>>
{
    /// <summary>The most options one answer carries; a longer list is narrowed by typing.</summary>
    public const int MaxOptions = 50;

    public async ValueTask<IReadOnlyList<RecommenderOptionDto>> Handle(ListRecommenderOptionsQuery query, CancellationToken cancellationToken)
    {
        var term = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        if (query.Kind == RecommenderKind.Ambassador)
        {
            var year = ChinaTime.DateOf(clock.GetUtcNow()).Year;
            return await db.Ambassadors.AsNoTracking()
                .Where(a => a.Year == year)
                .Where(a => term == null || a.Name.Contains(term) || a.CertificateNumber.Contains(term) || (a.Organisation != null && a.Organisation.Contains(term)))
                .OrderBy(a => a.CertificateNumber).ThenBy(a => a.Id).Take(MaxOptions)
                .Select(a => new RecommenderOptionDto(a.Id, a.Name, a.Year, a.CertificateNumber, a.Organisation))
                .ToListAsync(cancellationToken);
        }

        return await db.NotableNatives.AsNoTracking()
            .Where(n => term == null || n.Name.Contains(term) || (n.Company != null && n.Company.Contains(term)))
            .OrderBy(n => n.Name).ThenBy(n => n.Id).Take(MaxOptions)
            .Select(n => new RecommenderOptionDto(n.Id, n.Name, null, null, n.Company))
            .ToListAsync(cancellationToken);
    }
}
