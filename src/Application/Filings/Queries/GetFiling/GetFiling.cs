using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Queries.GetFiling;

/// <summary>One filing with its full history; another unit's filing is not found for a filer.</summary>
public sealed record GetFilingQuery(Guid Id) : IQuery<FilingDto>;

public sealed class GetFilingHandler(IApplicationDbContext db, ICurrentUser user, IUserAccounts accounts) : IQueryHandler<GetFilingQuery, FilingDto>
{
    public async ValueTask<FilingDto> Handle(GetFilingQuery query, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.AsNoTracking().VisibleTo(user).Include(f => f.History).FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Filing), query.Id);
        return await filing.ToDtoAsync(accounts, user, cancellationToken);
    }
}
