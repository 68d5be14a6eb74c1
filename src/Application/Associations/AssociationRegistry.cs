using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.Associations;

public sealed record AssociationOfficeDto(Guid Id, Guid AssociationId, string Name, string CityRegionCode, string? CityName, string? ContactName, string? ContactPhone, int Version);

public sealed record AssociationMemberDto(Guid Id, Guid AssociationId, string CompanyName, string? CreditCode, Guid? IndustryChainId, string? IndustryChainName, string? Position, int Version);

public sealed record AssociationRatingDto(Guid Id, Guid AssociationId, AssociationRatingLevel Level, int Year, string? Note, int Version);

/// <summary>
/// An association with its registry details. The officers' contacts are null unless the reader is the center (admin, reviewer,
/// leader) or the association's own user (<see cref="AssociationRegistry.MaySeeContacts"/>).
/// </summary>
public sealed record AssociationDetailDto(
    Guid Id,
    string Name,
    AssociationKind Kind,
    AssociationStatus Status,
    string? HomeRegionCode,
    string? HomeRegionName,
    DateOnly? FoundedOn,
    int? MemberCount,
    string? LiaisonLeader,
    string? PresidentName,
    string? PresidentContact,
    string? SecretaryGeneralName,
    string? SecretaryGeneralContact,
    bool ContactsVisible,
    int Version,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AssociationRatingDto> Ratings,
    IReadOnlyList<AssociationOfficeDto> Offices,
    IReadOnlyList<AssociationMemberDto> Members);

/// <summary>The registry's shared rules: who sees officers' contacts, whose association a caller reaches, reference checks.</summary>
public static class AssociationRegistry
{
    /// <summary>The center (admins, reviewers, leaders) and the association's own users; never filers, integrators or another association.</summary>
    public static bool MaySeeContacts(ICurrentUser user, Guid associationId) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Leader)
        || (user.IsInRole(Roles.Association) && user.AssociationId == associationId);

    /// <summary>
    /// The association the caller works on: a user of role Association only its own (another id, or none linked → 404);
    /// the center the one it names. The association must exist (404).
    /// </summary>
    public static async Task<Association> ResolveAsync(IApplicationDbContext db, ICurrentUser user, Guid? requested, CancellationToken ct)
    {
        Guid id;
        if (user.IsInRole(Roles.Association))
        {
            id = user.AssociationId ?? throw new NotFoundException(nameof(Association), requested?.ToString() ?? "own");
            if (requested is { } other && other != id)
            {
                throw new NotFoundException(nameof(Association), other);
            }
        }
        else
        {
            id = requested ?? throw new NotFoundException(nameof(Association), "none");
        }

        return await db.Associations.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException(nameof(Association), id);
    }

    /// <summary>A region code of the region list (active or not: a region is never taken off what names it).</summary>
    public static async Task CheckRegionAsync(IApplicationDbContext db, string? code, string errorCode, CancellationToken ct)
    {
        if (code is null)
        {
            return;
        }

        var trimmed = code.Trim();
        if (!await db.SourceRegions.AnyAsync(r => r.Code == trimmed, ct))
        {
            throw DomainRuleException.Invalid(errorCode, $"'{BadValue.Quote(trimmed)}' is not a code of the region list.");
        }
    }

    /// <summary>A domestic member's credit code passes the 统一社会信用代码 check; the chain exists.</summary>
    public static async Task CheckMemberAsync(IApplicationDbContext db, string? creditCode, Guid? industryChainId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(creditCode) && !CreditCode.IsValid(creditCode.Trim().ToUpperInvariant()))
        {
            throw DomainRuleException.Invalid("association-member.credit-code-invalid", "The unified social credit code is not valid.");
        }

        if (industryChainId is { } chain && !await db.IndustryChains.AnyAsync(c => c.Id == chain, ct))
        {
            throw DomainRuleException.Invalid("association-member.chain-not-found", "The industry chain does not exist.");
        }
    }

    public static string? NormaliseCreditCode(string? creditCode) =>
        string.IsNullOrWhiteSpace(creditCode) ? null : creditCode.Trim().ToUpperInvariant();

    public static IQueryable<AssociationOfficeDto> OfficesOf(IApplicationDbContext db, Guid associationId, Guid? officeId = null) =>
        db.AssociationOffices.AsNoTracking().Where(o => o.AssociationId == associationId && (officeId == null || o.Id == officeId)).OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new AssociationOfficeDto(
                o.Id, o.AssociationId, o.Name, o.CityRegionCode,
                db.SourceRegions.Where(r => r.Code == o.CityRegionCode).Select(r => r.Name).FirstOrDefault(),
                o.ContactName, o.ContactPhone, o.Version));

    /// <summary>The live members (stated explicitly: the chain name's IgnoreQueryFilters lifts the query's filters).</summary>
    public static IQueryable<AssociationMemberDto> MembersOf(IApplicationDbContext db, Guid associationId, Guid? memberId = null) =>
        db.AssociationMembers.AsNoTracking()
            .Where(m => !m.IsDeleted && m.AssociationId == associationId && (memberId == null || m.Id == memberId))
            .OrderBy(m => m.CompanyName).ThenBy(m => m.Id)
            .Select(m => new AssociationMemberDto(
                m.Id, m.AssociationId, m.CompanyName, m.CreditCode, m.IndustryChainId,
                db.IndustryChains.IgnoreQueryFilters().Where(c => c.Id == m.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
                m.Position, m.Version));

    public static IQueryable<AssociationRatingDto> RatingsOf(IApplicationDbContext db, Guid associationId) =>
        db.AssociationRatings.AsNoTracking().Where(r => r.AssociationId == associationId).OrderByDescending(r => r.Year).ThenBy(r => r.Level)
            .Select(r => new AssociationRatingDto(r.Id, r.AssociationId, r.Level, r.Year, r.Note, r.Version));

    /// <summary>The association's details (its ratings, offices and members: four queries), contacts by <see cref="MaySeeContacts"/>.</summary>
    public static async Task<AssociationDetailDto> DetailAsync(IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var a = await db.Associations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                Association = x,
                RegionName = db.SourceRegions.Where(r => r.Code == x.HomeRegionCode).Select(r => r.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(Association), id);
        var ratings = await RatingsOf(db, id).ToListAsync(ct);
        var offices = await OfficesOf(db, id).ToListAsync(ct);
        var members = await MembersOf(db, id).ToListAsync(ct);
        var x = a.Association;
        var contacts = MaySeeContacts(user, id);
        return new AssociationDetailDto(
            x.Id, x.Name, x.Kind, x.Status, x.HomeRegionCode, a.RegionName, x.FoundedOn, x.MemberCount, x.LiaisonLeader,
            x.PresidentName, contacts ? x.PresidentContact : null, x.SecretaryGeneralName, contacts ? x.SecretaryGeneralContact : null,
            contacts, x.Version, x.CreatedAt, ratings, offices, members);
    }
}
