using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Objections;

internal static class ObjectionDecisions
{
    /// <summary>The objection at the version the reviewer read (else 409) and its filing, both tracked, the filing with its history.</summary>
    public static async Task<(Objection Objection, Filing Filing)> LoadObjectionForDecisionAsync(this IApplicationDbContext db, Guid id, int version, CancellationToken ct)
    {
        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException(nameof(Objection), id);
        db.ExpectVersion(objection, version);
        var filing = await db.Filings.IgnoreQueryFilters().Include(f => f.History).SingleAsync(f => f.Id == objection.FilingId, ct);
        return (objection, filing);
    }
}
