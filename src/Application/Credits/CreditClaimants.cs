using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Filings;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.People;

namespace InvestPromo.Application.Credits;

/// <summary>Who a claim names, checked against the registry: the association exists and is not dissolved, the recommender exists.</summary>
public sealed record Claimant(Guid? AssociationId, RecommenderKind? RecommenderKind, Guid? RecommenderId, string? RecommenderName);

internal static class CreditClaimants
{
    /// <summary>The association (404 when unknown, 409 <c>association.dissolved</c>) and the recommender (404 when unknown, its registry name).</summary>
    public static async Task<Claimant> CheckAsync(this IApplicationDbContext db, Guid? associationId, RecommenderKind? kind, Guid? recommenderId, string? recommenderName, CancellationToken ct)
    {
        if (associationId is { } aid)
        {
            var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == aid, ct) ?? throw new NotFoundException(nameof(Association), aid);
            association.EnsureNotDissolved();
        }

        var name = recommenderName;
        if (kind == RecommenderKind.Ambassador && recommenderId is { } ambassadorId)
        {
            name = await db.Ambassadors.Where(a => a.Id == ambassadorId).Select(a => a.Name).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(nameof(Ambassador), ambassadorId);
        }
        else if (kind == RecommenderKind.Native && recommenderId is { } nativeId)
        {
            name = await db.NotableNatives.Where(n => n.Id == nativeId).Select(n => n.Name).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(nameof(NotableNative), nativeId);
        }

        return new Claimant(associationId, kind, recommenderId, name);
    }

    /// <summary>The caller's own unit's filing (a filer), else 404.</summary>
    public static async Task<Filing> OwnFilingAsync(this IApplicationDbContext db, ICurrentUser user, Guid filingId, CancellationToken ct)
    {
        var unitId = user.IsInRole(Roles.Filer) ? user.UnitId ?? Guid.Empty : Guid.Empty;
        return await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId && f.UnitId == unitId, ct)
            ?? throw new NotFoundException(nameof(Filing), filingId);
    }

    /// <summary>A credit whose filing the caller may read (tracked), else 404.</summary>
    public static async Task<ProjectCredit> VisibleCreditAsync(this IApplicationDbContext db, ICurrentUser user, Guid creditId, CancellationToken ct)
    {
        var credit = await db.ProjectCredits.FirstOrDefaultAsync(c => c.Id == creditId, ct) ?? throw new NotFoundException(nameof(ProjectCredit), creditId);
        if (!await db.Filings.AsNoTracking().VisibleTo(user).AnyAsync(f => f.Id == credit.FilingId, ct))
        {
            throw new NotFoundException(nameof(ProjectCredit), creditId);
        }

        return credit;
    }

    /// <summary>A credit of the filer's own unit (tracked), else 404.</summary>
    public static async Task<ProjectCredit> OwnCreditAsync(this IApplicationDbContext db, ICurrentUser user, Guid creditId, CancellationToken ct)
    {
        var unitId = user.IsInRole(Roles.Filer) ? user.UnitId ?? Guid.Empty : Guid.Empty;
        return await db.ProjectCredits.FirstOrDefaultAsync(c => c.Id == creditId && c.UnitId == unitId, ct)
            ?? throw new NotFoundException(nameof(ProjectCredit), creditId);
    }
}
