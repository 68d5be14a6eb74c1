using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>
/// An approved filing's life after approval (DOMAIN.md §6, §8; seeds 001 and 004): signing with its agreement amount, start,
/// completion, the 规模工业 mark, stopping, funds in place, fixed-asset investment and follow-up service. Its own aggregate, so
/// that <see cref="Filing"/> stays the registration and its review. One per filing, created when the filing's approval first
/// stands, with <b>the filing's id as its own</b> (<c>/api/projects/{id}</c> takes the filing's id). The filing's identifying
/// fields are copied here at each approval (they cannot change while it stands), so lists and sums read this table alone.
/// Each part of the project's life keeps its members in its own file (<c>TrackedProject.Milestones.cs</c>, <c>TrackedProject.Service.cs</c> …).
/// </summary>
public sealed partial class TrackedProject : AuditableEntity
{
    public const int StopReasonMaxLength = 1000;

    private TrackedProject()
    {
    }

    /// <summary>The filing's id, which is also this project's <see cref="Entity.Id"/>.</summary>
    public Guid FilingId => Id;

    public Guid UnitId { get; private set; }

    public string ProjectName { get; private set; } = string.Empty;

    public string? InvestorName { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    public string? SourceRegionCode { get; private set; }

    /// <summary>Whether the source region lies outside the mainland (港澳台 or abroad), as on the filing.</summary>
    public bool ForeignInvestor { get; private set; }

    public ProjectCategory? Category { get; private set; }

    /// <summary>The association the filing proposed for credit, if any (the associations issue confirms credit).</summary>
    public Guid? AssociationId { get; private set; }

    /// <summary>The planned total investment in fen, as filed.</summary>
    public long PlannedTotalFen { get; private set; }

    /// <summary>The China date the filing's approval (last) stood.</summary>
    public DateOnly ApprovedOn { get; private set; }

    /// <summary>The stage the filer typed on the form: only the starting point.</summary>
    public ProjectStage? FiledStage { get; private set; }

    /// <summary>
    /// The stage shown everywhere (lists, analysis, reserve list): the latest confirmed milestone's, else <see cref="FiledStage"/>.
    /// </summary>
    public ProjectStage? Stage { get; private set; }

    public TrackedProjectStatus Status { get; private set; }

    /// <summary>The confirmed 签约 date.</summary>
    public DateOnly? SignedOn { get; private set; }

    /// <summary>The confirmed 协议投资额 in yuan (what "≥ 10亿 / ≥ 50亿 signed" counts).</summary>
    public decimal? AgreementAmount { get; private set; }

    /// <summary>The agreement amount in fen: the exact copy SQL compares and sums.</summary>
    public long? AgreementFen { get; private set; }

    /// <summary>The confirmed 开工 date.</summary>
    public DateOnly? StartedOn { get; private set; }

    /// <summary>The confirmed 竣工/投产 date.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>规模工业 (above designated size) since <see cref="QualifiedOn"/>.</summary>
    public bool IsAboveDesignatedSize { get; private set; }

    public DateOnly? QualifiedOn { get; private set; }

    /// <summary>The China date the project was stopped (终止/撤资), kept if its approval later ends.</summary>
    public DateOnly? StoppedOn { get; private set; }

    public string? StopReason { get; private set; }

    /// <summary>Starts tracking a filing whose approval now stands. Its id is the filing's.</summary>
    public static TrackedProject Track(Filing filing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (filing.Status is not (FilingStatus.Approved or FilingStatus.UnderReReview))
        {
            throw new InvalidOperationException($"Only a filing whose approval stands is tracked, not one {filing.Status}.");
        }

        var project = new TrackedProject { Id = filing.Id, Status = TrackedProjectStatus.Active, FiledStage = filing.Stage, Stage = filing.Stage };
        project.CopyFrom(filing);
        project.Stamp(filing.DecidedBy, now);
        return project;
    }

    /// <summary>
    /// The filing's approval stands again (an objection dismissed, or a corrected filing approved anew): the copied fields are
    /// refreshed, the stage is the latest confirmed milestone's (else the filed one), and the project goes back to where it was before its approval ended (stopped if it had been stopped).
    /// </summary>
    public void ApprovalStandsAgain(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        CopyFrom(filing);
        FiledStage = filing.Stage;
        Stage = ConfirmedStage ?? filing.Stage;
        Status = StoppedOn is null ? TrackedProjectStatus.Active : TrackedProjectStatus.Stopped;
        if (Stage != filing.Stage)
        {
            AddDomainEvent(new ProjectStageChanged(Id, Stage)); // the (edited) filing's stage follows the confirmed one
        }
    }

    /// <summary>The filing's approval no longer stands: the project is kept, with its record, and counted nowhere.</summary>
    public void EndApproval() => Status = TrackedProjectStatus.ApprovalEnded;

    /// <summary>Whether new milestones and reports may be taken: only while the project goes on.</summary>
    public bool IsActive => Status == TrackedProjectStatus.Active;

    /// <summary>Refuses a change to a project that is not going on (409 <c>project.not-active</c>).</summary>
    public void EnsureActive()
    {
        if (!IsActive)
        {
            throw DomainRuleException.Conflict("project.not-active", "The project is stopped or its approval no longer stands: nothing new can be reported.");
        }
    }

    private void CopyFrom(Filing filing)
    {
        UnitId = filing.UnitId;
        ProjectName = filing.ProjectName ?? string.Empty;
        InvestorName = filing.InvestorName;
        IndustryChainId = filing.IndustryChainId;
        SourceRegionCode = filing.SourceRegionCode;
        ForeignInvestor = filing.ForeignInvestor;
        Category = filing.Category;
        AssociationId = filing.AssociationId;
        PlannedTotalFen = filing.PlannedTotalFen ?? 0;
        ApprovedOn = filing.ApprovedOn ?? ChinaTime.DateOf(filing.DecidedAt ?? DateTimeOffset.UnixEpoch);
    }
}
