using InvestPromo.Domain.PromotionEvents;

namespace InvestPromo.Application.PromotionEvents;

/// <summary>The event list's filters, shared by the list and its export.</summary>
public sealed record PromotionEventFilter(
    PromotionEventKind? Kind = null,
    int? Year = null,
    Guid? AssociationId = null,
    PromotionEventStatus? Status = null,
    Guid? OrganiserUnitId = null,
    string? Search = null);

/// <summary>An association involved in an event, as the client sends it.</summary>
public sealed record EventAssociationInput(Guid AssociationId, EventAssociationRole Role);

/// <summary>An association involved in an event, with its name.</summary>
public sealed record EventAssociationDto(Guid AssociationId, string AssociationName, EventAssociationRole Role);

/// <summary>A lead linked to an event.</summary>
public sealed record EventLeadDto(Guid LeadId, string CompanyName);

/// <summary>A project signed at an event, by its filing.</summary>
public sealed record EventProjectDto(Guid FilingId, string? ProjectName);

/// <summary>A photo or file of an event.</summary>
public sealed record PromotionEventFileDto(Guid Id, Guid EventId, string FileName, string ContentType, long SizeBytes, bool IsPhoto, DateTimeOffset UploadedAt, string UploadedByName);

/// <summary>A row of the event list.</summary>
public sealed record PromotionEventListItemDto(
    Guid Id,
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    string? OrganiserUnitName,
    int InvitedCompanyCount,
    PromotionEventStatus Status,
    Guid? ProposedByAssociationId,
    string? ProposedByAssociationName,
    IReadOnlyList<EventAssociationDto> Associations,
    int LeadCount,
    int SignedProjectCount,
    DateTimeOffset CreatedAt,
    int Version);

/// <summary>One event with its associations, companies, leads, projects, files and the center's decision.</summary>
public sealed record PromotionEventDto(
    Guid Id,
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    string? OrganiserUnitName,
    int InvitedCompanyCount,
    IReadOnlyList<string> InvitedCompanies,
    string? Summary,
    PromotionEventStatus Status,
    Guid? ProposedByAssociationId,
    string? ProposedByAssociationName,
    string RecordedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    string? RejectionReason,
    IReadOnlyList<EventAssociationDto> Associations,
    IReadOnlyList<EventLeadDto> Leads,
    IReadOnlyList<EventProjectDto> SignedProjects,
    IReadOnlyList<PromotionEventFileDto> Files,
    int Version);

public static class PromotionEventQueries
{
    /// <summary>The filters applied (a year is the start date's calendar year; the search covers title and place).</summary>
    public static IQueryable<PromotionEvent> Filter(this IQueryable<PromotionEvent> events, PromotionEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (filter.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            events = events.Where(e => e.StartsOn >= from && e.StartsOn <= to);
        }

        if (filter.AssociationId is { } associationId)
        {
            events = events.Where(e => e.ProposedByAssociationId == associationId || e.Associations.Any(a => a.AssociationId == associationId));
        }

        if (filter.Status is { } status)
        {
            events = events.Where(e => e.Status == status);
        }

        if (filter.OrganiserUnitId is { } unitId)
        {
            events = events.Where(e => e.OrganiserUnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            events = events.Where(e => e.Title.Contains(term) || e.Place.Contains(term));
        }

        return events;
    }

    /// <summary>Newest first by start date.</summary>
    public static IOrderedQueryable<PromotionEvent> InListOrder(this IQueryable<PromotionEvent> events) =>
        events.OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id);

    /// <summary>The list's rows, names joined in SQL.</summary>
    public static IQueryable<PromotionEventListItemDto> ProjectToListItem(this IQueryable<PromotionEvent> events, IApplicationDbContext db) =>
        events.Select(e => new PromotionEventListItemDto(
            e.Id,
            e.Kind,
            e.Title,
            e.StartsOn,
            e.EndsOn,
            e.Place,
            e.OrganiserUnitId,
            db.Units.IgnoreQueryFilters().Where(u => u.Id == e.OrganiserUnitId).Select(u => u.Name).FirstOrDefault(),
            e.InvitedCompanyCount,
            e.Status,
            e.ProposedByAssociationId,
            db.Associations.IgnoreQueryFilters().Where(a => a.Id == e.ProposedByAssociationId).Select(a => a.Name).FirstOrDefault(),
            e.Associations.Select(p => new EventAssociationDto(
                p.AssociationId,
                db.Associations.IgnoreQueryFilters().Where(a => a.Id == p.AssociationId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                p.Role)).ToList(),
            e.Leads.Count,
            e.SignedProjects.Count,
            e.CreatedAt,
            e.Version));

    /// <summary>One visible event with everything it links; else 404.</summary>
    public static async Task<PromotionEventDto> LoadEventDtoAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var row = await db.PromotionEvents.AsNoTracking().VisibleTo(user).Where(e => e.Id == id).ProjectToListItem(db).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(PromotionEvent), id);
        var more = await db.PromotionEvents.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.InvitedCompanyNames, e.Summary, e.RecordedByName, e.DecidedAt, e.DecidedByName, e.RejectionReason,
                Leads = e.Leads.Select(l => new EventLeadDto(
                    l.LeadId, db.Leads.IgnoreQueryFilters().Where(x => x.Id == l.LeadId).Select(x => x.CompanyName).FirstOrDefault() ?? string.Empty)).ToList(),
                Projects = e.SignedProjects.Select(p => new EventProjectDto(
                    p.FilingId, db.Filings.IgnoreQueryFilters().Where(f => f.Id == p.FilingId).Select(f => f.ProjectName).FirstOrDefault())).ToList(),
            })
            .FirstAsync(ct);
        var files = await db.PromotionEventFiles.AsNoTracking().Where(f => f.EventId == id).OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Select(f => new PromotionEventFileDto(f.Id, f.EventId, f.FileName, f.ContentType, f.SizeBytes, f.ContentType.StartsWith("image/"), f.CreatedAt, f.UploadedByName))
            .ToListAsync(ct);
        return new PromotionEventDto(
            row.Id, row.Kind, row.Title, row.StartsOn, row.EndsOn, row.Place, row.OrganiserUnitId, row.OrganiserUnitName, row.InvitedCompanyCount,
            PromotionEvent.SplitNames(more.InvitedCompanyNames), more.Summary, row.Status, row.ProposedByAssociationId, row.ProposedByAssociationName,
            more.RecordedByName, row.CreatedAt, more.DecidedAt, more.DecidedByName, more.RejectionReason, row.Associations, more.Leads, more.Projects,
            files, row.Version);
    }

    public static Localized KindLabel(PromotionEventKind kind) => kind switch
    {
        PromotionEventKind.Promotion => new("推介会", "Promotion meeting"),
        PromotionEventKind.Negotiation => new("洽谈会", "Negotiation meeting"),
        PromotionEventKind.NativesConference => new("德商大会/乡贤大会", "Natives' conference"),
        PromotionEventKind.Symposium => new("座谈会", "Symposium"),
        _ => new("外出招商考察", "Investment trip"),
    };

    public static Localized StatusLabel(PromotionEventStatus status) => status switch
    {
        PromotionEventStatus.Proposed => new("待确认", "Proposed"),
        PromotionEventStatus.Confirmed => new("已确认", "Confirmed"),
        _ => new("已退回", "Rejected"),
    };

    public static Localized RoleLabel(EventAssociationRole role) => role switch
    {
        EventAssociationRole.Host => new("承办", "Host"),
        EventAssociationRole.CoHost => new("协办", "Co-host"),
        _ => new("参与", "Participant"),
    };
}

/// <summary>The filters' shape: known enums, a year 2000–2099, a short search.</summary>
public sealed class PromotionEventFilterValidator : AbstractValidator<PromotionEventFilter>
{
    public PromotionEventFilterValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
