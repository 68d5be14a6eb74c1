using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Leads;

/// <summary>A lead's place in its assessment (招商线索研判, seed 000 三.2).</summary>
public enum LeadStatus
{
    /// <summary>待研判: recorded, nobody asked yet.</summary>
    Recorded = 1,

    /// <summary>研判中: the center asked at least one association for its opinion.</summary>
    UnderAssessment = 2,

    /// <summary>交办: assigned to a carrier unit to pursue.</summary>
    Assigned = 3,

    /// <summary>已合并: the same investment as another lead.</summary>
    Merged = 4,

    /// <summary>搁置: set aside, with the reason.</summary>
    Shelved = 5,
}

/// <summary>Who brought the lead; the source's id names the association, the ambassador or the unit (none for the center).</summary>
public enum LeadSourceKind
{
    Association = 1,
    Ambassador = 2,
    Unit = 3,
    Center = 4,
}

/// <summary>Who recorded a lead: the user, the name then, and the unit or association they spoke for.</summary>
public sealed record LeadRecorder(Guid? UserId, string Name, Guid? UnitId, Guid? AssociationId)
{
    public Guid? UserId { get; } = UserId;

    public string Name { get; } = Name;

    public Guid? UnitId { get; } = UnitId;

    public Guid? AssociationId { get; } = AssociationId;
}

/// <summary>The lead was assigned to a carrier unit: the unit's filers are told.</summary>
public sealed record LeadAssigned(Guid LeadId, Guid UnitId, string CompanyName) : IDomainEvent
{
    public Guid LeadId { get; } = LeadId;

    public Guid UnitId { get; } = UnitId;

    public string CompanyName { get; } = CompanyName;
}

/// <summary>The center asked an association for its opinion on a lead: the association's users are told.</summary>
public sealed record LeadOpinionRequested(Guid RequestId, Guid LeadId, Guid AssociationId, string CompanyName) : IDomainEvent
{
    public Guid RequestId { get; } = RequestId;

    public Guid LeadId { get; } = LeadId;

    public Guid AssociationId { get; } = AssociationId;

    public string CompanyName { get; } = CompanyName;
}

/// <summary>
/// A project lead (招商线索): a company's intention to invest, who brought it and what is known. The center assesses it (asking
/// associations for their opinion, <see cref="LeadOpinionRequest"/>) and decides: assigned to a carrier unit, merged into
/// another lead, or shelved with a reason. When the unit files the project it links the lead, and the lead's source becomes the
/// filing's proposed credit.
/// </summary>
public sealed class Lead : AuditableEntity
{
    public const int CompanyNameMaxLength = 200;
    public const int KnownMaxLength = 4000;
    public const int NameMaxLength = 64;
    public const int ReasonMaxLength = 1000;
    public const int RegionCodeMaxLength = 8;

    private Lead()
    {
        CompanyName = string.Empty;
        RecordedByName = string.Empty;
    }

    public string CompanyName { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    /// <summary>The intended investment in yuan (≤ 2 decimals), if known.</summary>
    public decimal? IntendedInvestment { get; private set; }

    /// <summary>The intended investment in fen, for sorting in SQL.</summary>
    public long? IntendedInvestmentFen { get; private set; }

    public string? SourceRegionCode { get; private set; }

    /// <summary>What is known (multi-line).</summary>
    public string? Known { get; private set; }

    public LeadSourceKind SourceKind { get; private set; }

    /// <summary>The association's, ambassador's or unit's id; null for the center.</summary>
    public Guid? SourceId { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public Guid? RecordedByUnitId { get; private set; }

    public Guid? RecordedByAssociationId { get; private set; }

    public LeadStatus Status { get; private set; }

    /// <summary>The carrier unit pursuing it, once assigned.</summary>
    public Guid? AssignedUnitId { get; private set; }

    /// <summary>The lead it was merged into.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>The center's note with its decision (the reason, for a shelved lead).</summary>
    public string? DecisionNote { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>
    /// A new lead. The caller has checked that the source exists (and, for an association, that it is not dissolved:
    /// <see cref="Association.EnsureNotDissolved"/>).
    /// </summary>
    public static Lead Record(
        string companyName, Guid? industryChainId, decimal? intendedInvestment, string? sourceRegionCode, string? known,
        LeadSourceKind sourceKind, Guid? sourceId, LeadRecorder recorder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        if (!Enum.IsDefined(sourceKind) || (sourceKind == LeadSourceKind.Center) != (sourceId is null))
        {
            throw DomainRuleException.Invalid("lead.source-invalid", "An association, ambassador or unit source is named by id; the center by none.");
        }

        if (intendedInvestment is { } amount && !Money.IsValid(amount))
        {
            throw DomainRuleException.Invalid("lead.amount-invalid", "The intended investment is an amount of at least 0 with at most two decimals.");
        }

        var lead = new Lead
        {
            CompanyName = Guard.Text(companyName, CompanyNameMaxLength, "lead.text-invalid", "Company name"),
            IndustryChainId = industryChainId,
            IntendedInvestment = intendedInvestment,
            IntendedInvestmentFen = intendedInvestment is { } yuan ? (long)(yuan * 100m) : null,
            SourceRegionCode = string.IsNullOrWhiteSpace(sourceRegionCode) ? null : sourceRegionCode.Trim(),
            Known = Guard.OptionalMultiLineText(known, KnownMaxLength, "lead.text-invalid", "What is known"),
            SourceKind = sourceKind,
            SourceId = sourceId,
            RecordedById = recorder.UserId,
            RecordedByName = Guard.Text(recorder.Name, NameMaxLength, "lead.text-invalid", "Recorder"),
            RecordedByUnitId = recorder.UnitId,
            RecordedByAssociationId = recorder.AssociationId,
            Status = LeadStatus.Recorded,
        };
        lead.Stamp(recorder.UserId, now);
        return lead;
    }

    /// <summary>Whether the center may still ask and decide (待研判 or 研判中).</summary>
    public bool IsOpen => Status is LeadStatus.Recorded or LeadStatus.UnderAssessment;

    /// <summary>The center asks an association (not dissolved) for its opinion; the lead is then under assessment.</summary>
    public LeadOpinionRequest RequestOpinion(Association association, string question, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(association);
        EnsureOpen();
        association.EnsureNotDissolved();
        var request = LeadOpinionRequest.Ask(Id, association.Id, question, by, byName, now);
        Status = LeadStatus.UnderAssessment;
        AddDomainEvent(new LeadOpinionRequested(request.Id, Id, association.Id, CompanyName));
        return request;
    }

    /// <summary>The center assigns the lead to a carrier unit to pursue (交办); the unit is told.</summary>
    public void AssignTo(Guid unitId, string? note, Guid? by, string byName, DateTimeOffset now)
    {
        EnsureOpen();
        Decide(LeadStatus.Assigned, Guard.OptionalMultiLineText(note, ReasonMaxLength, "lead.text-invalid", "Note"), by, byName, now);
        AssignedUnitId = unitId;
        AddDomainEvent(new LeadAssigned(Id, unitId, CompanyName));
    }

    /// <summary>The center merges the lead into another one (the same investment): not itself, not a merged one.</summary>
    public void MergeInto(Lead target, string? note, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        EnsureOpen();
        if (target.Id == Id)
        {
            throw DomainRuleException.Conflict("lead.merge-invalid", "A lead cannot be merged into itself.");
        }

        if (target.Status == LeadStatus.Merged)
        {
            throw DomainRuleException.Conflict("lead.merge-invalid", "A lead cannot be merged into a lead that was itself merged.");
        }

        Decide(LeadStatus.Merged, Guard.OptionalMultiLineText(note, ReasonMaxLength, "lead.text-invalid", "Note"), by, byName, now);
        MergedIntoId = target.Id;
    }

    /// <summary>The center shelves the lead (搁置) with its reason.</summary>
    public void Shelve(string reason, Guid? by, string byName, DateTimeOffset now)
    {
        EnsureOpen();
        Decide(LeadStatus.Shelved, Guard.MultiLineText(reason, ReasonMaxLength, "lead.text-invalid", "Reason"), by, byName, now);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw DomainRuleException.Conflict("lead.status-invalid", $"A lead that is {Status} can no longer be assessed.");
        }
    }

    private void Decide(LeadStatus status, string? note, Guid? by, string byName, DateTimeOffset now)
    {
        Status = status;
        DecisionNote = note;
        DecidedAt = now;
        DecidedById = by;
        DecidedByName = Guard.Text(byName, NameMaxLength, "lead.text-invalid", "Actor");
    }
}
