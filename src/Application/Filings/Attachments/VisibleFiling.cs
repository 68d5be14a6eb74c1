using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Attachments;

internal static class VisibleFiling
{
    public static async Task RequireVisibleFilingAsync(this IApplicationDbContext db, ICurrentUser user, Guid filingId, CancellationToken ct)
    {
        if (!await db.Filings.AsNoTracking().VisibleTo(user).AnyAsync(f => f.Id == filingId, ct))
        {
            throw new NotFoundException(nameof(Filing), filingId);
        }
    }
}
