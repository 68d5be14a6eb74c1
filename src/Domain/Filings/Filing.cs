using System.Text.Json;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// A project lead filed by a carrier unit (项目信息填报/备案, DOMAIN.md §1–2). Draft → under review → approved or
/// returned (with reasons) → resubmitted → …; the filer may withdraw before a decision; a reviewer may revoke an
/// approval. An objection during the publicity period puts an approved filing into re-review (复核), which ends
/// dismissed (approved again) or upheld (revoked, or returned for correction). Every transition is a method here and
/// leaves a line in <see cref="History"/>.
/// </summary>
public sealed class Filing : AuditableEntity
{
    public const int ProjectNameMaxLength = 200;
    public const int InvestorNameMaxLength = 200;
    public const int RegionCodeMaxLength = 8;
    public const int ConstructionContentMaxLength = 4000;
    public const int PersonNameMaxLength = 100;
    public const int RecommenderContactMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    /// <summary>At most this many live attachments per filing.</summary>
    public const int MaxAttachments = 20;

    private readonly List<FilingHistoryEntry> _history = [];
    private readonly List<FilingAttachment> _attachments = [];

    private Filing()
    {
    }

    public Guid UnitId { get; private set; }

    public string? ProjectName { get; private set; }

    public string? InvestorName { get; private set; }

    /// <summary>The project name's duplicate-detection key (<see cref="ProjectNameNormaliser"/>), kept in step with the name.</summary>
    public string? NormalisedProjectName { get; private set; }

    /// <summary>The investor name's key, normalised the same way (so "某某有限公司" and "某某公司" are the same investor).</summary>
    public string? NormalisedInvestorName { get; private set; }

    /// <summary>
    /// The source region lies outside the mainland (港澳台 or abroad, <see cref="FilingDetails.OutsideMainland"/>), so the investor
    /// needs no mainland credit code. Follows the region whenever it changes; stored so lists read it without the rule.
    /// </summary>
    public bool ForeignInvestor { get; private set; }

    /// <summary>The investor's unified social credit code, upper-cased; optional for an investor outside the mainland.</summary>
    public string? CreditCode { get; private set; }

    public string? SourceRegionCode { get; private set; }

    /// <summary>
    /// The province the source region rolls up to, or the country itself (<see cref="SourceRegionCodes.RollUp"/>): set whenever
    /// the region changes and indexed, so a list filtered by a province finds its cities in SQL.
    /// </summary>
    public string? SourceRegionRollUp { get; private set; }

    public Guid? IndustryChainId { get; private set; }

    public ProjectCategory? Category { get; private set; }

    public ProjectStage? Stage { get; private set; }

    /// <summary>Planned total investment in yuan.</summary>
    public decimal? PlannedTotalInvestment { get; private set; }

    /// <summary>The planned total in fen: a sortable copy (SQLite cannot ORDER BY decimal).</summary>
    public long? PlannedTotalFen { get; private set; }

    /// <summary>Derived from the planned total whenever it changes; stored so lists filter on it in SQL.</summary>
    public ScaleBand? ScaleBand { get; private set; }

    public decimal? PlannedFixedAssetInvestment { get; private set; }

    /// <summary>The planned fixed-asset investment in fen: an exact copy the analysis sums in SQL (SQLite cannot SUM decimal).</summary>
    public long? PlannedFixedAssetFen { get; private set; }

    /// <summary>The China date of the (last) approval: the analysis groups and filters on it in SQL. Kept after a revocation.</summary>
    public DateOnly? ApprovedOn { get; private set; }

    public string? ConstructionContent { get; private set; }

    public Guid? AssociationId { get; private set; }

    /// <summary>The project lead (招商线索) assigned to the unit that this filing pursues; its source becomes the proposed credit.</summary>
    public Guid? LeadId { get; private set; }

    public string? RecommenderName { get; private set; }

    public string? RecommenderContact { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public FilingStatus Status { get; private set; }

    /// <summary>The last (re)submission.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The China date by which the review is due (3 working days after the submission date).</summary>
    public DateOnly? ReviewDueOn { get; private set; }

    /// <summary>The instant the review becomes overdue: the end of <see cref="ReviewDueOn"/> in China time.</summary>
    public DateTimeOffset? ReviewDueAt { get; private set; }

    /// <summary>
    /// The deadline was counted through a year the calendar did not hold (its holidays placed by law, no notice yet), so it
    /// may move when that year is saved (<see cref="RecomputeReviewDeadline"/>).
    /// </summary>
    public bool ReviewDueProvisional { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? RevokedReason { get; private set; }

    /// <summary>How many live (not removed) attachments the filing has; kept in step by the attachment methods.</summary>
    public int AttachmentCount { get; private set; }

    /// <summary>Objections lodged and not yet decided: more than zero exactly while the filing is <see cref="FilingStatus.UnderReReview"/>.</summary>
    public int OpenObjectionCount { get; private set; }

    /// <summary>Who lodges objections, in the history: the public, not a user.</summary>
    public static readonly FilingActor Public = new(null, "社会公众");

    public IReadOnlyList<FilingHistoryEntry> History => _history;

    /// <summary>The attachments loaded with the filing (removed ones are filtered out by the database).</summary>
    public IReadOnlyList<FilingAttachment> Attachments => _attachments;

    /// <summary>The filer's fields as one value (<see cref="FilingDetails"/>): what an edit replaces and submission checks.</summary>
    public FilingDetails Details => new(
        ProjectName, InvestorName, CreditCode, SourceRegionCode, IndustryChainId, Category, Stage, PlannedTotalInvestment,
        PlannedFixedAssetInvestment, ConstructionContent, AssociationId, RecommenderName, RecommenderContact, ContactName, ContactPhone);

    public static Filing CreateDraft(Guid unitId, FilingDetails details, FilingActor actor, DateTimeOffset now)
    {
        var filing = new Filing { UnitId = unitId, Status = FilingStatus.Draft };
        filing.Apply(details);
        filing.Stamp(actor.Id, now);
        filing.Record(actor, now, FilingAction.Created);
        return filing;
    }

    /// <summary>
    /// The filer changes a draft or a returned filing. The history records the fields that changed, worded by
    /// <paramref name="describeChanges"/> (the application's JSON with the wire names); an edit that changes nothing leaves no line.
    /// </summary>
    public void EditDraft(FilingDetails details, FilingActor actor, DateTimeOffset now, Func<IReadOnlyList<FilingDetailsChange>, string> describeChanges)
    {
        ArgumentNullException.ThrowIfNull(describeChanges);
        if (Status is not (FilingStatus.Draft or FilingStatus.Returned))
        {
            throw DomainRuleException.Conflict("filing.not-editable", "Only a draft or a returned filing can be edited.");
        }

        var before = Details;
        Apply(details);
        var changes = before.ChangesTo(Details);
        if (changes.Count > 0)
        {
            Record(actor, now, FilingAction.Edited, changes: describeChanges(changes));
        }
    }

    /// <summary>
    /// The filer links the lead the filing pursues (or unlinks it), while the filing is a draft or returned. The caller has
    /// checked that the lead is assigned to the filing's unit.
    /// </summary>
    public void LinkLead(Guid? leadId)
    {
        if (leadId == LeadId)
        {
            return;
        }

        if (Status is not (FilingStatus.Draft or FilingStatus.Returned))
        {
            throw DomainRuleException.Conflict("filing.not-editable", "Only a draft or a returned filing can be edited.");
        }

        LeadId = leadId;
    }

    /// <summary>
    /// Submits a draft, or resubmits a returned filing (which restarts the review clock). The caller computes the
    /// deadline from the working-day calendar.
    /// </summary>
    public void Submit(DateTimeOffset now, DateOnly dueOn, DateTimeOffset dueAt, FilingActor actor) =>
        Submit(now, new ReviewDue(dueOn, dueAt), actor);

    /// <summary>Submits with the deadline <see cref="ReviewDeadline.For"/> gave, provisional or not.</summary>
    public void Submit(DateTimeOffset now, ReviewDue due, FilingActor actor)
    {
        var (dueOn, dueAt, provisional) = due;
        if (Status is not (FilingStatus.Draft or FilingStatus.Returned))
        {
            throw DomainRuleException.Conflict("filing.not-submittable", "Only a draft or a returned filing can be submitted.");
        }

        var missing = Details.MissingFields();
        var zero = Details.ZeroAmountFields();
        if (missing.Count > 0 || zero.Count > 0)
        {
            throw new FilingIncompleteException(missing, zero);
        }

        if (dueAt <= now)
        {
            // A calendar or clock mistake, not the filer's: refused as a rule (409), never a 500, and nothing changes.
            throw DomainRuleException.Conflict("filing.deadline-not-after-submission", "The review deadline must be after the submission.");
        }

        var action = Status == FilingStatus.Returned ? FilingAction.Resubmitted : FilingAction.Submitted;
        NormaliseNames(); // a draft saved before the keys existed gets them here, before it is compared with others
        Status = FilingStatus.UnderReview;
        SubmittedAt = now;
        ReviewDueOn = dueOn;
        ReviewDueAt = dueAt;
        ReviewDueProvisional = provisional;
        DecidedAt = null;
        DecidedBy = null;
        Record(actor, now, action);
        AddDomainEvent(new FilingSubmitted(Id, UnitId, ProjectName, action == FilingAction.Resubmitted)); // → webhooks' outbox
    }

    /// <summary>
    /// The official calendar of <paramref name="year"/> was saved: a filing under review whose provisional deadline was
    /// counted through that year takes <paramref name="due"/>, the deadline counted again from its submission, and its history
    /// says why ("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-05"). Any other filing is left as it is; the
    /// answer says whether this one changed. A deadline now in the past is kept: the review is overdue, not refused.
    /// </summary>
    public bool RecomputeReviewDeadline(int year, ReviewDue due, FilingActor actor, DateTimeOffset now)
    {
        if (!AwaitsCalendarOf(year))
        {
            return false;
        }

        var before = ReviewDueOn!.Value;
        ReviewDueOn = due.On;
        ReviewDueAt = due.At;
        ReviewDueProvisional = due.Provisional;
        var reason = due.On == before
            ? $"{year} 年节假日安排已发布，审核时限 {Iso(before)} 不变"
            : $"{year} 年节假日安排已发布，审核时限由 {Iso(before)} 调整为 {Iso(due.On)}";
        var changes = JsonSerializer.Serialize(
            new Dictionary<string, string?[]>(StringComparer.Ordinal) { ["reviewDue"] = [Iso(before), Iso(due.On)] }, ChangesJson);
        Record(actor, now, FilingAction.DeadlineRecomputed, reason, changes);
        return true;
    }

    /// <summary>Under review with a provisional deadline counted through <paramref name="year"/> (from the submission's China date to the last day).</summary>
    public bool AwaitsCalendarOf(int year) =>
        Status == FilingStatus.UnderReview && ReviewDueProvisional && SubmittedAt is { } submittedAt && ReviewDueOn is { } dueOn
        && ChinaTime.DateOf(submittedAt).Year <= year && year <= dueOn.Year;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The filer takes back a filing under review before a decision.</summary>
    public void Withdraw(FilingActor actor, DateTimeOffset now)
    {
        RequireUnderReview("withdrawn");
        Status = FilingStatus.Withdrawn;
        ClearDeadline();
        Record(actor, now, FilingAction.Withdrawn);
    }

    /// <summary>备案: the reviewer approves a filing under review.</summary>
    public void Approve(FilingActor reviewer, DateTimeOffset now)
    {
        RequireUnderReview("approved");
        Status = FilingStatus.Approved;
        Decide(reviewer, now);
        ApprovedOn = ChinaTime.DateOf(now);
        ReturnReason = null;
        Record(reviewer, now, FilingAction.Approved);
        AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, FilingAction.Approved, null)); // → the unit's filers are notified
        AddDomainEvent(new FilingApproved(Id, CountedFacts()));                                 // → the analysis totals count it
    }

    /// <summary>退回修改: the reviewer returns a filing under review with reasons.</summary>
    public void Return(FilingActor reviewer, DateTimeOffset now, string? reasons)
    {
        RequireUnderReview("returned");
        var checkedReasons = CheckedReason(reasons);
        Status = FilingStatus.Returned;
        Decide(reviewer, now);
        ReturnReason = checkedReasons;
        Record(reviewer, now, FilingAction.Returned, checkedReasons);
        AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, FilingAction.Returned, checkedReasons));
    }

    /// <summary>The reviewer revokes an approval, with a reason.</summary>
    public void Revoke(FilingActor reviewer, DateTimeOffset now, string? reason)
    {
        if (Status != FilingStatus.Approved)
        {
            throw DomainRuleException.Conflict("filing.not-approved", "Only an approved filing can be revoked.");
        }

        var checkedReason = CheckedReason(reason);
        Status = FilingStatus.Revoked;
        Decide(reviewer, now);
        RevokedReason = checkedReason;
        Record(reviewer, now, FilingAction.Revoked, checkedReason);
        AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, FilingAction.Revoked, checkedReason)); // → the unit's filers are notified
        AddDomainEvent(new FilingApprovalEnded(Id, FilingAction.Revoked, CountedFacts()));                // → out of the analysis totals
    }

    /// <summary>
    /// 异议: an objection to the published approval was lodged (by <see cref="Objections.Objection.Lodge"/>). An approved
    /// filing goes into re-review; one already under re-review gathers the objection too. The history keeps the objection's
    /// text, never the objector.
    /// </summary>
    internal void ReceiveObjection(Guid objectionId, string text, DateTimeOffset now)
    {
        if (Status is not (FilingStatus.Approved or FilingStatus.UnderReReview))
        {
            throw DomainRuleException.Conflict("objection.entry-closed", "Only an approved filing can be objected to.");
        }

        var before = Status;
        Status = FilingStatus.UnderReReview;
        OpenObjectionCount++;
        Record(Public, now, FilingAction.ObjectionReceived, text, StatusChange(before, objectionId));
        if (before == FilingStatus.Approved)
        {
            AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, FilingAction.ObjectionReceived, null));
        }
    }

    /// <summary>异议不成立: one objection is dismissed; with none left open the filing is approved again, its approval unchanged.</summary>
    internal void DismissObjection(FilingActor reviewer, DateTimeOffset now, string reason)
    {
        RequireUnderReReview();
        var before = Status;
        OpenObjectionCount--;
        if (OpenObjectionCount == 0)
        {
            Status = FilingStatus.Approved;
            AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, FilingAction.ObjectionDismissed, reason));
        }

        Record(reviewer, now, FilingAction.ObjectionDismissed, reason, StatusChange(before, null));
    }

    /// <summary>
    /// 异议成立: the re-review upholds an objection. The approval is revoked, or the filing is returned to its unit for
    /// correction (it can then be edited and resubmitted, and a new approval is published again). Every open objection
    /// is settled with it.
    /// </summary>
    internal void UpholdObjection(Objections.ObjectionRemedy remedy, FilingActor reviewer, DateTimeOffset now, string reason)
    {
        RequireUnderReReview();
        var before = Status;
        OpenObjectionCount = 0;
        var action = remedy == Objections.ObjectionRemedy.Revoke ? FilingAction.Revoked : FilingAction.Returned;
        Status = remedy == Objections.ObjectionRemedy.Revoke ? FilingStatus.Revoked : FilingStatus.Returned;
        Decide(reviewer, now);
        if (remedy == Objections.ObjectionRemedy.Revoke)
        {
            RevokedReason = reason;
        }
        else
        {
            ReturnReason = reason;
        }

        Record(reviewer, now, FilingAction.ObjectionUpheld, reason, StatusChange(before, null));
        AddDomainEvent(new FilingDecided(Id, UnitId, ProjectName, action, reason)); // → the unit's filers are notified
        AddDomainEvent(new FilingApprovalEnded(Id, action, CountedFacts()));         // → out of the analysis totals
    }

    /// <summary>
    /// The tracked project's current stage (its latest confirmed milestone) becomes the filing's, so the filing list, the reserve
    /// list and the analysis show it; the filer's typed stage stays on the project (<c>TrackedProject.FiledStage</c>). Only while
    /// the approval stands (approved or under re-review): the analysis' totals move from the old facts to the new ones
    /// (<see cref="FilingStageChanged"/>), and the history says so. Answers whether anything changed.
    /// </summary>
    public bool ProgressTo(ProjectStage? stage, FilingActor actor, DateTimeOffset now)
    {
        if (Status is not (FilingStatus.Approved or FilingStatus.UnderReReview) || stage is null || Stage == stage)
        {
            return false;
        }

        var before = CountedFacts();
        var changes = JsonSerializer.Serialize(
            new Dictionary<string, string?[]>(StringComparer.Ordinal) { ["stage"] = [Stage?.ToString(), stage.ToString()] }, ChangesJson);
        Stage = stage;
        Record(actor, now, FilingAction.StageProgressed, changes: changes);
        AddDomainEvent(new FilingStageChanged(Id, before, CountedFacts())); // → the analysis totals move
        return true;
    }

    /// <summary>
    /// What this filing adds to the analysis' running totals while its approval stands. Every transition into or out of the
    /// counted set (<see cref="Analysis.ApprovalTotal.Counts"/>: approved or under re-review) raises <see cref="FilingApproved"/>
    /// or <see cref="FilingApprovalEnded"/> with these facts; moves inside it (an objection received or dismissed) change no total.
    /// </summary>
    private ApprovalFacts CountedFacts() =>
        new(UnitId, IndustryChainId, SourceRegionCode, ScaleBand, Stage, ApprovedOn, PlannedTotalFen ?? 0, PlannedFixedAssetFen ?? 0);

    private void RequireUnderReReview()
    {
        if (Status != FilingStatus.UnderReReview || OpenObjectionCount < 1)
        {
            throw DomainRuleException.Conflict("filing.not-under-re-review", "The filing is not under re-review.");
        }
    }

    private string StatusChange(FilingStatus before, Guid? objectionId)
    {
        var changes = new Dictionary<string, string?[]>(StringComparer.Ordinal)
        {
            ["status"] = [before.ToString(), Status.ToString()],
        };
        if (objectionId is { } id)
        {
            changes["objection"] = [null, id.ToString()];
        }

        return JsonSerializer.Serialize(changes, ChangesJson);
    }

    /// <summary>
    /// Whether a file may be attached now: the filing is a draft or returned (the filer's own material; once submitted
    /// the reviewer decides on a fixed set) and has room under <see cref="MaxAttachments"/>. Checked before the bytes are
    /// stored, and again by <see cref="AddAttachment"/>.
    /// </summary>
    public void EnsureCanAttach()
    {
        RequireAttachmentsOpen();
        if (AttachmentCount >= MaxAttachments)
        {
            throw DomainRuleException.Conflict("filing.attachment-limit", $"A filing can have at most {MaxAttachments} attachments.");
        }
    }

    /// <summary>Attaches a stored file (agreement, photo …); the history records its name.</summary>
    public FilingAttachment AddAttachment(NewAttachment file, FilingActor actor, DateTimeOffset now)
    {
        EnsureCanAttach();
        var attachment = FilingAttachment.Create(Id, file, actor, now);
        _attachments.Add(attachment);
        AttachmentCount++;
        Record(actor, now, FilingAction.FileAttached, changes: AttachmentChange(null, attachment));
        return attachment;
    }

    /// <summary>Removes (soft-deletes) one of the filing's attachments, under the same rules as adding one.</summary>
    public void RemoveAttachment(Guid attachmentId, FilingActor actor, DateTimeOffset now)
    {
        RequireAttachmentsOpen();
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId && !a.IsDeleted)
            ?? throw DomainRuleException.Conflict("filing.attachment-not-found", "The attachment is not one of this filing's.");
        attachment.Remove(actor, now);
        AttachmentCount = Math.Max(0, AttachmentCount - 1);
        Record(actor, now, FilingAction.FileRemoved, changes: AttachmentChange(attachment, null));
    }

    private void RequireAttachmentsOpen()
    {
        if (Status is not (FilingStatus.Draft or FilingStatus.Returned))
        {
            throw DomainRuleException.Conflict("filing.attachments-locked", "Attachments can only be changed while the filing is a draft or returned.");
        }
    }

    private static string AttachmentChange(FilingAttachment? before, FilingAttachment? after) =>
        JsonSerializer.Serialize(
            new Dictionary<string, string?[]>(StringComparer.Ordinal) { ["attachment"] = [Describe(before), Describe(after)] },
            ChangesJson);

    private static string? Describe(FilingAttachment? attachment) =>
        attachment is null ? null : $"{attachment.FileName} ({attachment.Kind})";

    private static readonly JsonSerializerOptions ChangesJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// A reviewer's reason, trimmed: required, at most <see cref="ReasonMaxLength"/> characters, several lines but no other
    /// control character and no bidirectional override (<see cref="Guard.IsMultiLineText"/>).
    /// </summary>
    public static string CheckedReason(string? reason)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw DomainRuleException.Conflict("filing.reason-required", "A reason is required.");
        }

        return OptionalReason(trimmed)!;
    }

    /// <summary>An optional reason, trimmed (none when blank), with the limits of <see cref="CheckedReason"/>.</summary>
    public static string? OptionalReason(string? reason)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > ReasonMaxLength)
        {
            throw DomainRuleException.Conflict("filing.reason-too-long", $"The reason must be at most {ReasonMaxLength} characters.");
        }

        return Guard.OptionalMultiLineText(trimmed, ReasonMaxLength, "filing.reason-invalid", "The reason");
    }

    private void RequireUnderReview(string what)
    {
        if (Status != FilingStatus.UnderReview)
        {
            throw DomainRuleException.Conflict("filing.not-under-review", $"Only a filing under review can be {what}.");
        }
    }

    private void Decide(FilingActor reviewer, DateTimeOffset now)
    {
        DecidedAt = now;
        DecidedBy = reviewer.Id;
        ClearDeadline();
    }

    private void ClearDeadline()
    {
        ReviewDueOn = null;
        ReviewDueAt = null;
        ReviewDueProvisional = false;
    }

    private void Record(FilingActor actor, DateTimeOffset now, FilingAction action, string? reason = null, string? changes = null) =>
        _history.Add(FilingHistoryEntry.Record(Id, actor, now, action, reason, changes));

    /// <summary>Stores the details, checked and normalised, with what follows from them (name keys, fen, scale band).</summary>
    private void Apply(FilingDetails details)
    {
        var d = details.Normalised();
        ProjectName = d.ProjectName;
        InvestorName = d.InvestorName;
        NormaliseNames();
        ForeignInvestor = d.OutsideMainland;
        CreditCode = d.CreditCode;
        SourceRegionCode = d.SourceRegionCode;
        SourceRegionRollUp = SourceRegionCodes.RollUp(d.SourceRegionCode);
        IndustryChainId = d.IndustryChainId;
        Category = d.Category;
        Stage = d.Stage;
        PlannedTotalInvestment = d.PlannedTotalInvestment;
        PlannedTotalFen = d.PlannedTotal?.Fen;
        ScaleBand = d.ScaleBand;
        PlannedFixedAssetInvestment = d.PlannedFixedAssetInvestment;
        PlannedFixedAssetFen = d.PlannedFixedAsset?.Fen;
        ConstructionContent = d.ConstructionContent;
        AssociationId = d.AssociationId;
        RecommenderName = d.RecommenderName;
        RecommenderContact = d.RecommenderContact;
        ContactName = d.ContactName;
        ContactPhone = d.ContactPhone;
    }

    /// <summary>The duplicate-detection keys follow the names (<see cref="ProjectNameNormaliser"/>).</summary>
    private void NormaliseNames()
    {
        NormalisedProjectName = ProjectNameNormaliser.Normalise(ProjectName);
        NormalisedInvestorName = ProjectNameNormaliser.Normalise(InvestorName);
    }
}
