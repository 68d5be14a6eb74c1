using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.PromotionEvents;

/// <summary>The kind of a promotion event (招商活动, seed 004; seeds 000, 002).</summary>
public enum PromotionEventKind
{
    /// <summary>推介会.</summary>
    Promotion = 1,

    /// <summary>洽谈会.</summary>
    Negotiation = 2,

    /// <summary>德商大会/乡贤大会.</summary>
    NativesConference = 3,

    /// <summary>座谈会.</summary>
    Symposium = 4,

    /// <summary>外出招商考察.</summary>
    InvestmentTrip = 5,
}

/// <summary>Where an event stands: proposed by an association and waiting for the center, confirmed, or rejected. Only confirmed events count.</summary>
public enum PromotionEventStatus
{
    Proposed = 1,
    Confirmed = 2,
    Rejected = 3,
}

/// <summary>An association's part in an event.</summary>
public enum EventAssociationRole
{
    /// <summary>承办.</summary>
    Host = 1,

    /// <summary>协办.</summary>
    CoHost = 2,

    /// <summary>参与.</summary>
    Participant = 3,
}

/// <summary>An association involved in an event, with its role (owned by the event).</summary>
public sealed class EventParticipant
{
    private EventParticipant()
    {
    }

    internal EventParticipant(Guid associationId, EventAssociationRole role)
    {
        AssociationId = associationId;
        Role = role;
    }

    public Guid AssociationId { get; private set; }

    public EventAssociationRole Role { get; private set; }

    internal void ChangeRole(EventAssociationRole role) => Role = role;
}

/// <summary>A project lead that came from the event (owned by the event).</summary>
public sealed class EventLead
{
    private EventLead()
    {
    }

    internal EventLead(Guid leadId) => LeadId = leadId;

    public Guid LeadId { get; private set; }
}

/// <summary>A project signed at the event, by its filing (owned by the event).</summary>
public sealed class EventSignedProject
{
    private EventSignedProject()
    {
    }

    internal EventSignedProject(Guid filingId) => FilingId = filingId;

    public Guid FilingId { get; private set; }
}

/// <summary>An association's proposed event was confirmed or rejected: the association's users are told.</summary>
public sealed record PromotionEventDecided(Guid EventId, Guid AssociationId, string Title, bool Confirmed, string? Reason) : IDomainEvent
{
    public Guid EventId { get; } = EventId;

    public Guid AssociationId { get; } = AssociationId;

    public string Title { get; } = Title;

    public bool Confirmed { get; } = Confirmed;

    public string? Reason { get; } = Reason;
}

/// <summary>What an event says, as one value (the same for recording, proposing and editing).</summary>
public sealed record PromotionEventDetails(
    PromotionEventKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    Guid? OrganiserUnitId,
    IReadOnlyList<(Guid AssociationId, EventAssociationRole Role)> Associations,
    int InvitedCompanyCount,
    IReadOnlyList<string> InvitedCompanies,
    IReadOnlyList<Guid> LeadIds,
    IReadOnlyList<Guid> FilingIds,
    string? Summary)
{
    public PromotionEventKind Kind { get; } = Kind;

    public string Title { get; } = Title;

    public DateOnly StartsOn { get; } = StartsOn;

    public DateOnly EndsOn { get; } = EndsOn;

    public string Place { get; } = Place;

    public Guid? OrganiserUnitId { get; } = OrganiserUnitId;

    public IReadOnlyList<(Guid AssociationId, EventAssociationRole Role)> Associations { get; } = Associations;

    public int InvitedCompanyCount { get; } = InvitedCompanyCount;

    public IReadOnlyList<string> InvitedCompanies { get; } = InvitedCompanies;

    public IReadOnlyList<Guid> LeadIds { get; } = LeadIds;

    public IReadOnlyList<Guid> FilingIds { get; } = FilingIds;

    public string? Summary { get; } = Summary;
}

/// <summary>
/// A promotion event (招商活动): its kind, dates, place, organiser (a carrier unit, or the center when none), the associations
/// involved with their role, the companies invited, the leads and the projects signed there. The center and the units record
/// events (confirmed at once); an association proposes its own, which the center confirms or rejects with a reason. Only
/// confirmed events count in the associations' evaluation.
/// </summary>
public sealed class PromotionEvent : AuditableEntity
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int SummaryMaxLength = 4000;
    public const int CompanyNameMaxLength = 200;
    public const int NameMaxLength = 64;
    public const int ReasonMaxLength = 1000;
    public const int MaxAssociations = 50;
    public const int MaxInvitedCompanies = 200;
    public const int MaxInvitedCompanyCount = 100_000;
    public const int MaxLinks = 100;
    public const int InvitedCompaniesMaxLength = 50_000;

    private readonly List<EventParticipant> _associations = [];
    private readonly List<EventLead> _leads = [];
    private readonly List<EventSignedProject> _signedProjects = [];

    private PromotionEvent()
    {
        Title = string.Empty;
        Place = string.Empty;
        RecordedByName = string.Empty;
    }

    public PromotionEventKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string Place { get; private set; }

    /// <summary>The carrier unit that organised it; null for the center.</summary>
    public Guid? OrganiserUnitId { get; private set; }

    /// <summary>How many companies were invited.</summary>
    public int InvitedCompanyCount { get; private set; }

    /// <summary>The invited companies' names when known, one per line.</summary>
    public string? InvitedCompanyNames { get; private set; }

    public string? Summary { get; private set; }

    public PromotionEventStatus Status { get; private set; }

    /// <summary>The association that proposed it (its portal); null when the center or a unit recorded it.</summary>
    public Guid? ProposedByAssociationId { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>The unit of the filer who recorded it.</summary>
    public Guid? RecordedByUnitId { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? RejectionReason { get; private set; }

    public IReadOnlyList<EventParticipant> Associations => _associations;

    public IReadOnlyList<EventLead> Leads => _leads;

    public IReadOnlyList<EventSignedProject> SignedProjects => _signedProjects;

    /// <summary>The invited companies' names as a list.</summary>
    public IReadOnlyList<string> InvitedCompanies => SplitNames(InvitedCompanyNames);

    /// <summary>The center or a unit records an event it knows happened: confirmed at once.</summary>
    public static PromotionEvent Record(PromotionEventDetails details, Guid? by, string byName, Guid? byUnitId, DateTimeOffset now)
    {
        var promotionEvent = New(details, by, byName, now);
        promotionEvent.RecordedByUnitId = byUnitId;
        promotionEvent.Status = PromotionEventStatus.Confirmed;
        return promotionEvent;
    }

    /// <summary>An association proposes an event it took part in (it must be among the associations); the center decides.</summary>
    public static PromotionEvent Propose(PromotionEventDetails details, Guid associationId, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!details.Associations.Any(a => a.AssociationId == associationId))
        {
            throw DomainRuleException.Invalid("event.proposer-not-involved", "The proposing association must be one of the event's associations.");
        }

        var promotionEvent = New(details, by, byName, now);
        promotionEvent.ProposedByAssociationId = associationId;
        promotionEvent.Status = PromotionEventStatus.Proposed;
        return promotionEvent;
    }

    /// <summary>
    /// Changes what the event says. A proposing association may change only its own event while it is proposed (it must stay
    /// among the associations); the center and units change it in any state.
    /// </summary>
    public void Update(PromotionEventDetails details, Guid? byAssociationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (byAssociationId is { } associationId)
        {
            EnsureProposed();
            if (!details.Associations.Any(a => a.AssociationId == associationId))
            {
                throw DomainRuleException.Invalid("event.proposer-not-involved", "The proposing association must be one of the event's associations.");
            }
        }

        Apply(details);
        UpdatedAt = now;
    }

    /// <summary>The center confirms a proposed event; it counts from now on.</summary>
    public void Confirm(Guid? by, string byName, DateTimeOffset now)
    {
        EnsureProposed();
        Decide(PromotionEventStatus.Confirmed, null, by, byName, now);
    }

    /// <summary>The center rejects a proposed event with its reason.</summary>
    public void Reject(string reason, Guid? by, string byName, DateTimeOffset now) =>
        RejectWith(Guard.MultiLineText(reason, ReasonMaxLength, "event.text-invalid", "Reason"), by, byName, now);

    /// <summary>Soft delete; a proposing association may only withdraw its event while it is proposed.</summary>
    public void Delete(Guid? byAssociationId, Guid? by, DateTimeOffset now)
    {
        if (byAssociationId is not null)
        {
            EnsureProposed();
        }

        MarkDeleted(by, now);
    }

    /// <summary>Whether files may be added or removed by the proposing association (only while proposed).</summary>
    public void EnsureEditableBy(Guid? byAssociationId)
    {
        if (byAssociationId is not null)
        {
            EnsureProposed();
        }
    }

    /// <summary>The names, one per line, trimmed, empty lines dropped.</summary>
    public static IReadOnlyList<string> SplitNames(string? names) =>
        string.IsNullOrEmpty(names) ? [] : names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void RejectWith(string reason, Guid? by, string byName, DateTimeOffset now)
    {
        EnsureProposed();
        Decide(PromotionEventStatus.Rejected, reason, by, byName, now);
    }

    private static PromotionEvent New(PromotionEventDetails details, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var promotionEvent = new PromotionEvent
        {
            RecordedById = by,
            RecordedByName = Guard.Text(byName.Length > NameMaxLength ? byName[..NameMaxLength] : byName, NameMaxLength, "event.text-invalid", "Recorder"),
        };
        promotionEvent.Apply(details);
        promotionEvent.Stamp(by, now);
        return promotionEvent;
    }

    private void Apply(PromotionEventDetails details)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            throw DomainRuleException.Invalid("event.kind-invalid", "Unknown event kind.");
        }

        if (details.EndsOn < details.StartsOn)
        {
            throw DomainRuleException.Invalid("event.dates-invalid", "An event cannot end before it starts.");
        }

        if (details.Associations.Count > MaxAssociations
            || details.Associations.Any(a => !Enum.IsDefined(a.Role))
            || details.Associations.Select(a => a.AssociationId).Distinct().Count() != details.Associations.Count)
        {
            throw DomainRuleException.Invalid("event.associations-invalid", "Each association is named once, with a role (承办, 协办 or 参与).");
        }

        var names = details.InvitedCompanies.Select(n => n?.Trim() ?? string.Empty).Where(n => n.Length > 0).ToList();
        if (names.Count > MaxInvitedCompanies || names.Any(n => n.Length > CompanyNameMaxLength || !Guard.IsSingleLineText(n))
            || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw DomainRuleException.Invalid("event.companies-invalid", "The invited companies are at most 200 different names of up to 200 characters.");
        }

        if (details.InvitedCompanyCount < 0 || details.InvitedCompanyCount > MaxInvitedCompanyCount || details.InvitedCompanyCount < names.Count)
        {
            throw DomainRuleException.Invalid("event.invited-count-invalid", "The number of companies invited is at least the number of names listed.");
        }

        if (details.LeadIds.Count > MaxLinks || details.FilingIds.Count > MaxLinks
            || details.LeadIds.Distinct().Count() != details.LeadIds.Count || details.FilingIds.Distinct().Count() != details.FilingIds.Count)
        {
            throw DomainRuleException.Invalid("event.links-invalid", "Each lead and each signed project is linked once, at most 100 of each.");
        }

        Kind = details.Kind;
        Title = Guard.Text(details.Title, TitleMaxLength, "event.text-invalid", "Title");
        Place = Guard.Text(details.Place, PlaceMaxLength, "event.text-invalid", "Place");
        Summary = Guard.OptionalMultiLineText(details.Summary, SummaryMaxLength, "event.text-invalid", "Summary");
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        OrganiserUnitId = details.OrganiserUnitId;
        InvitedCompanyCount = details.InvitedCompanyCount;
        InvitedCompanyNames = names.Count == 0 ? null : string.Join('\n', names);

        _associations.RemoveAll(p => !details.Associations.Any(a => a.AssociationId == p.AssociationId));
        foreach (var (associationId, role) in details.Associations)
        {
            var existing = _associations.Find(p => p.AssociationId == associationId);
            if (existing is null)
            {
                _associations.Add(new EventParticipant(associationId, role));
            }
            else if (existing.Role != role)
            {
                existing.ChangeRole(role);
            }
        }

        _leads.RemoveAll(l => !details.LeadIds.Contains(l.LeadId));
        _leads.AddRange(details.LeadIds.Where(id => !_leads.Any(l => l.LeadId == id)).Select(id => new EventLead(id)).ToList());
        _signedProjects.RemoveAll(p => !details.FilingIds.Contains(p.FilingId));
        _signedProjects.AddRange(details.FilingIds.Where(id => !_signedProjects.Any(p => p.FilingId == id)).Select(id => new EventSignedProject(id)).ToList());
    }

    private void EnsureProposed()
    {
        if (Status != PromotionEventStatus.Proposed)
        {
            throw DomainRuleException.Conflict("event.already-decided", "The event has already been confirmed or rejected.");
        }
    }

    private void Decide(PromotionEventStatus status, string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        Status = status;
        RejectionReason = reason;
        DecidedAt = now;
        DecidedById = by;
        DecidedByName = byName.Length > NameMaxLength ? byName[..NameMaxLength] : byName;
        if (ProposedByAssociationId is { } associationId)
        {
            AddDomainEvent(new PromotionEventDecided(Id, associationId, Title, status == PromotionEventStatus.Confirmed, reason));
        }
    }
}
