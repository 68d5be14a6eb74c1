using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.GetFilingDuplicates;

/// <summary>
/// A filing beside the other live filings that look like the same project. A filer reads only its own unit's filing (another
/// unit's is a 404), and of another unit's look-alike learns only the unit and the rules (<see cref="DuplicateNotices"/>): enough
/// to know the project may be counted twice (DOMAIN.md §1), not a way to read what it cannot GET.
/// </summary>
public sealed record GetFilingDuplicatesQuery(Guid Id) : IQuery<FilingDuplicatesDto>;

public sealed class GetFilingDuplicatesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetFilingDuplicatesQuery, FilingDuplicatesDto>
{
    public async ValueTask<FilingDuplicatesDto> Handle(GetFilingDuplicatesQuery query, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Filing), query.Id);
        var fields = await db.Filings.AsNoTracking().Where(f => f.Id == filing.Id).ToDuplicateFields(db).SingleAsync(cancellationToken);
        var (shown, notices) = DuplicateNotices.ForCaller(await db.FindSuspectedDuplicatesAsync(filing, cancellationToken), user);
        return new FilingDuplicatesDto(fields, shown) { OtherUnitMatches = notices };
    }
}
