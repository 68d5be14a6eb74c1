using InvestPromo.Domain.Credits;

namespace InvestPromo.Application.Credits;

/// <summary>One credit claim on a filing, with who proposed and decided it and its evidence files.</summary>
public sealed record CreditDto(
    Guid Id,
    Guid FilingId,
    Guid? AssociationId,
    string? AssociationName,
    RecommenderKind? RecommenderKind,
    Guid? RecommenderId,
    string? RecommenderName,
    CreditSource Source,
    Guid? LeadId,
    CreditStatus Status,
    string ProposedByName,
    DateTimeOffset ProposedAt,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? Reason,
    int Version,
    IReadOnlyList<CreditEvidenceDto> Evidence);

/// <summary>A file backing a credit claim (the bytes come from its content endpoint).</summary>
public sealed record CreditEvidenceDto(Guid Id, Guid CreditId, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, string UploadedByName);

/// <summary>A proposed claim in the reviewers' queue; <see cref="CompetingClaims"/> counts the filing's other open claims.</summary>
public sealed record CreditQueueItemDto(
    Guid Id,
    Guid FilingId,
    string? ProjectName,
    string UnitName,
    Guid? AssociationId,
    string? AssociationName,
    RecommenderKind? RecommenderKind,
    string? RecommenderName,
    CreditSource Source,
    string ProposedByName,
    DateTimeOffset ProposedAt,
    int CompetingClaims,
    int Version);

internal static class CreditReads
{
    /// <summary>The filing's claims, oldest first, with association names and evidence (three queries, whatever the count).</summary>
    public static async Task<IReadOnlyList<CreditDto>> CreditsOfFilingAsync(this IApplicationDbContext db, Guid filingId, CancellationToken ct)
    {
        var rows = await db.ProjectCredits.AsNoTracking().Where(c => c.FilingId == filingId)
            .OrderBy(c => c.ProposedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                Credit = c,
                AssociationName = db.Associations.IgnoreQueryFilters().Where(a => a.Id == c.AssociationId).Select(a => a.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Credit.Id).ToList();
        var evidence = (await db.CreditEvidence.AsNoTracking().Where(e => ids.Contains(e.CreditId))
                .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
                .Select(e => new CreditEvidenceDto(e.Id, e.CreditId, e.FileName, e.ContentType, e.SizeBytes, e.CreatedAt, e.UploadedByName))
                .ToListAsync(ct))
            .ToLookup(e => e.CreditId);
        return rows.Select(r => r.Credit.ToDto(r.AssociationName, [.. evidence[r.Credit.Id]])).ToList();
    }

    public static CreditDto ToDto(this ProjectCredit c, string? associationName, IReadOnlyList<CreditEvidenceDto> evidence) =>
        new(c.Id, c.FilingId, c.AssociationId, associationName, c.RecommenderKind, c.RecommenderId, c.RecommenderName, c.Source, c.LeadId, c.Status,
            c.ProposedByName, c.ProposedAt, c.DecidedByName, c.DecidedAt, c.Reason, c.Version, evidence);

    public static async Task<CreditDto> CreditAsync(this IApplicationDbContext db, Guid creditId, CancellationToken ct)
    {
        var credit = await db.ProjectCredits.AsNoTracking().FirstAsync(c => c.Id == creditId, ct);
        return (await db.CreditsOfFilingAsync(credit.FilingId, ct)).First(c => c.Id == creditId);
    }
}
