using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads;

/// <summary>A row of the lead list.</summary>
public sealed record LeadListItemDto(
    Guid Id,
    string CompanyName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    decimal? IntendedInvestment,
    string? SourceRegionCode,
    LeadSourceKind SourceKind,
    Guid? SourceId,
    string? SourceName,
    LeadStatus Status,
    Guid? AssignedUnitId,
    string? AssignedUnitName,
    string RecordedByName,
    DateTimeOffset CreatedAt,
    int Version);

/// <summary>One opinion request and its answer (null until answered).</summary>
public sealed record LeadOpinionDto(
    Guid Id,
    Guid LeadId,
    string CompanyName,
    Guid AssociationId,
    string AssociationName,
    string Question,
    string AskedByName,
    DateTimeOffset AskedAt,
    string? Answer,
    string? AnsweredByName,
    DateTimeOffset? AnsweredAt,
    int Version);

/// <summary>What happened to a lead: recorded, asked, answered, assigned, merged, shelved.</summary>
public enum LeadHistoryAction
{
    Recorded = 1,
    OpinionRequested = 2,
    OpinionAnswered = 3,
    Assigned = 4,
    Merged = 5,
    Shelved = 6,
}

/// <summary>One line of a lead's assessment record, oldest first.</summary>
public sealed record LeadHistoryDto(DateTimeOffset At, LeadHistoryAction Action, string ActorName, string? Detail);

/// <summary>One lead with its source, its opinions and the history of its assessment.</summary>
public sealed record LeadDto(
    Guid Id,
    string CompanyName,
    Guid? IndustryChainId,
    string? IndustryChainName,
    decimal? IntendedInvestment,
    string? SourceRegionCode,
    string? Known,
    LeadSourceKind SourceKind,
    Guid? SourceId,
    string? SourceName,
    LeadStatus Status,
    Guid? AssignedUnitId,
    string? AssignedUnitName,
    Guid? MergedIntoId,
    string? MergedIntoCompanyName,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    string RecordedByName,
    Guid? RecordedByUnitId,
    Guid? RecordedByAssociationId,
    DateTimeOffset CreatedAt,
    int Version,
    IReadOnlyList<LeadOpinionDto> Opinions,
    IReadOnlyList<LeadHistoryDto> History);

public static class LeadQueries
{
    /// <summary>The lead list's rows, names joined in SQL (one query).</summary>
    public static IQueryable<LeadListItemDto> ProjectToListItem(this IQueryable<Lead> leads, IApplicationDbContext db) =>
        leads.Select(l => new LeadListItemDto(
            l.Id,
            l.CompanyName,
            l.IndustryChainId,
            db.IndustryChains.IgnoreQueryFilters().Where(c => c.Id == l.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
            l.IntendedInvestment,
            l.SourceRegionCode,
            l.SourceKind,
            l.SourceId,
            l.SourceKind == LeadSourceKind.Association ? db.Associations.IgnoreQueryFilters().Where(a => a.Id == l.SourceId).Select(a => a.Name).FirstOrDefault()
                : l.SourceKind == LeadSourceKind.Ambassador ? db.Ambassadors.IgnoreQueryFilters().Where(a => a.Id == l.SourceId).Select(a => a.Name).FirstOrDefault()
                : l.SourceKind == LeadSourceKind.Unit ? db.Units.IgnoreQueryFilters().Where(u => u.Id == l.SourceId).Select(u => u.Name).FirstOrDefault()
                : null,
            l.Status,
            l.AssignedUnitId,
            db.Units.IgnoreQueryFilters().Where(u => u.Id == l.AssignedUnitId).Select(u => u.Name).FirstOrDefault(),
            l.RecordedByName,
            l.CreatedAt,
            l.Version));

    /// <summary>Opinion requests with their lead's company and the association's name.</summary>
    public static IQueryable<LeadOpinionDto> ProjectToOpinion(this IQueryable<LeadOpinionRequest> requests, IApplicationDbContext db) =>
        requests.Select(r => new LeadOpinionDto(
            r.Id,
            r.LeadId,
            db.Leads.IgnoreQueryFilters().Where(l => l.Id == r.LeadId).Select(l => l.CompanyName).FirstOrDefault() ?? string.Empty,
            r.AssociationId,
            db.Associations.IgnoreQueryFilters().Where(a => a.Id == r.AssociationId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
            r.Question,
            r.AskedByName,
            r.AskedAt,
            r.Answer,
            r.AnsweredByName,
            r.AnsweredAt,
            r.Version));

    /// <summary>
    /// One visible lead with its opinions (an association's user reads only its own association's) and its history; else 404.
    /// </summary>
    public static async Task<LeadDto> LoadLeadDtoAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var row = await db.Leads.AsNoTracking().VisibleTo(db, user).Where(l => l.Id == id).ProjectToListItem(db).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Lead), id);
        var lead = await db.Leads.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new
            {
                l.Known, l.MergedIntoId, l.DecisionNote, l.DecidedAt, l.DecidedByName, l.RecordedByUnitId, l.RecordedByAssociationId,
                MergedIntoCompanyName = db.Leads.Where(m => m.Id == l.MergedIntoId).Select(m => m.CompanyName).FirstOrDefault(),
            })
            .FirstAsync(ct);
        var requests = db.LeadOpinionRequests.AsNoTracking().Where(r => r.LeadId == id);
        if (!user.IsCenter() && user.AssociationId is { } associationId)
        {
            requests = requests.Where(r => r.AssociationId == associationId);
        }
        else if (!user.IsCenter())
        {
            requests = requests.Where(_ => false);
        }

        var opinions = await requests.OrderBy(r => r.AskedAt).ThenBy(r => r.Id).ProjectToOpinion(db).ToListAsync(ct);

        var history = new List<LeadHistoryDto> { new(row.CreatedAt, LeadHistoryAction.Recorded, row.RecordedByName, null) };
        foreach (var opinion in opinions)
        {
            history.Add(new(opinion.AskedAt, LeadHistoryAction.OpinionRequested, opinion.AskedByName, opinion.AssociationName));
            if (opinion.AnsweredAt is { } answeredAt)
            {
                history.Add(new(answeredAt, LeadHistoryAction.OpinionAnswered, opinion.AnsweredByName ?? string.Empty, opinion.AssociationName));
            }
        }

        if (lead.DecidedAt is { } decidedAt)
        {
            var action = row.Status switch
            {
                LeadStatus.Assigned => LeadHistoryAction.Assigned,
                LeadStatus.Merged => LeadHistoryAction.Merged,
                _ => LeadHistoryAction.Shelved,
            };
            var detail = row.Status switch
            {
                LeadStatus.Assigned => row.AssignedUnitName,
                LeadStatus.Merged => lead.MergedIntoCompanyName,
                _ => lead.DecisionNote,
            };
            history.Add(new(decidedAt, action, lead.DecidedByName ?? string.Empty, detail));
        }

        return new LeadDto(
            row.Id, row.CompanyName, row.IndustryChainId, row.IndustryChainName, row.IntendedInvestment, row.SourceRegionCode, lead.Known,
            row.SourceKind, row.SourceId, row.SourceName, row.Status, row.AssignedUnitId, row.AssignedUnitName, lead.MergedIntoId,
            lead.MergedIntoCompanyName, lead.DecisionNote, lead.DecidedAt, lead.DecidedByName, row.RecordedByName, lead.RecordedByUnitId,
            lead.RecordedByAssociationId, row.CreatedAt, row.Version, opinions, [.. history.OrderBy(h => h.At)]);
    }
}
