using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>A milestone of a tracked project, in the order they come (DOMAIN.md §8, seed 004's targets).</summary>
public enum MilestoneKind
{
    /// <summary>签约: the date and the 协议投资额 (agreement amount).</summary>
#pragma warning disable CA1720 // "Signed" is the milestone's name (签约), not a type.
    Signed = 1,
#pragma warning restore CA1720

    /// <summary>开工.</summary>
    Started = 2,

    /// <summary>竣工/投产.</summary>
    Completed = 3,
}

/// <summary>Where a reported milestone stands: only a confirmed one counts.</summary>
public enum MilestoneStatus
{
    /// <summary>已上报: waiting for a reviewer.</summary>
    Reported = 1,

    /// <summary>已确认: counts (the project's dates, agreement amount and stage follow it).</summary>
    Confirmed = 2,

    /// <summary>已退回: the unit corrects it and reports it again.</summary>
    Returned = 3,
}

/// <summary>A step of a milestone's history.</summary>
public enum MilestoneAction
{
    Reported = 1,
    ReportedAgain = 2,
    Confirmed = 3,
    Returned = 4,
    Corrected = 5,
}

/// <summary>A broken input rule of a milestone or a project date: the field it is about and its stable code (a 400).</summary>
public sealed record ProjectInputProblem(string Code, string Field, string Message)
{
    public string Code { get; } = Code;

    public string Field { get; } = Field;

    public string Message { get; } = Message;
}

/// <summary>
/// A milestone of a tracked project (签约 with its 协议投资额, 开工, 竣工/投产), reported by the filing's unit (or its system, with a
/// read-write key) and confirmed or returned by a reviewer. Only a confirmed one counts: it sets the project's dates, agreement
/// amount and stage (<see cref="TrackedProject"/>'s milestone rules). A returned one is corrected and reported again; a reviewer
/// may correct a confirmed one, with a reason. Every step is a line of <see cref="History"/>.
/// </summary>
public sealed class ProjectMilestone : AuditableEntity
{
    public const int NoteMaxLength = 1000;
    public const int ExternalReferenceMaxLength = 100;

    private readonly List<ProjectMilestoneHistoryEntry> _history = [];

    private ProjectMilestone()
    {
        ReportedByName = string.Empty;
    }

    public Guid ProjectId { get; private set; }

    /// <summary>The project's unit (copied: the change feed and the queue scope by it).</summary>
    public Guid UnitId { get; private set; }

    public MilestoneKind Kind { get; private set; }

    /// <summary>The China date the milestone happened (signed, started, completed).</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>签约's 协议投资额 in yuan; null for the other kinds.</summary>
    public decimal? AgreementAmount { get; private set; }

    /// <summary>The agreement amount in fen, the exact copy SQL compares and sums.</summary>
    public long? AgreementFen { get; private set; }

    public string? Note { get; private set; }

    public MilestoneStatus Status { get; private set; }

    /// <summary>The reviewer's reason of the last return.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>The last (re)report.</summary>
    public DateTimeOffset ReportedAt { get; private set; }

    public string ReportedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>Who sent <see cref="ExternalReference"/>: the API key's id, or the user's (unique per caller).</summary>
    public Guid? CallerId { get; private set; }

    /// <summary>The caller's own reference for this milestone (an integrator's record id), unique per caller.</summary>
    public string? ExternalReference { get; private set; }

    public IReadOnlyList<ProjectMilestoneHistoryEntry> History => _history;

    /// <summary>Whether it still holds its kind's place: reported or confirmed (a returned one waits to be reported again).</summary>
    public bool IsLive => Status is MilestoneStatus.Reported or MilestoneStatus.Confirmed;

    /// <summary>The project stage a confirmed milestone of this kind brings.</summary>
    public static ProjectStage StageOf(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Signed => ProjectStage.Signed,
        MilestoneKind.Started => ProjectStage.Started,
        _ => ProjectStage.Completed,
    };

    /// <summary>
    /// What the request itself gets wrong (a 400, checked before anything else): a date before the filing's approval or after
    /// today (China), a 签约 without a positive agreement amount, an amount on another kind, or an amount that is not yuan with
    /// at most two decimals. Null when the input is acceptable.
    /// </summary>
    public static ProjectInputProblem? CheckInput(MilestoneKind kind, DateOnly occurredOn, decimal? amount, DateOnly approvedOn, DateOnly today)
    {
        if (occurredOn < approvedOn)
        {
            return new("milestone.date-before-approval", "occurredOn", "The milestone's date is before the filing's approval.");
        }

        if (occurredOn > today)
        {
            return new("milestone.date-in-future", "occurredOn", "The milestone's date is in the future (China time).");
        }

        if (kind == MilestoneKind.Signed && (amount is not { } yuan || yuan <= 0))
        {
            return new("milestone.amount-required", "agreementAmount", "A signing needs its agreement amount, more than 0 yuan.");
        }

        if (kind != MilestoneKind.Signed && amount is not null)
        {
            return new("milestone.amount-not-allowed", "agreementAmount", "Only a signing has an agreement amount.");
        }

        if (amount is { } value && !Money.IsValid(value))
        {
            return new("milestone.amount-invalid", "agreementAmount", "The agreement amount must be yuan with at most two decimals.");
        }

        return null;
    }

    /// <summary>Refuses input <see cref="CheckInput"/> rejects (the application answers it as a 400 before reaching here).</summary>
    internal static void EnsureInput(MilestoneKind kind, DateOnly occurredOn, decimal? amount, DateOnly approvedOn, DateOnly today)
    {
        if (!Enum.IsDefined(kind))
        {
            throw DomainRuleException.Invalid("milestone.kind-invalid", "Unknown milestone kind.");
        }

        if (CheckInput(kind, occurredOn, amount, approvedOn, today) is { } problem)
        {
            throw DomainRuleException.Invalid(problem.Code, problem.Message);
        }
    }

    internal static ProjectMilestone Report(
        TrackedProject project, MilestoneKind kind, DateOnly occurredOn, decimal? amount, string? note, FilingActor actor, Guid? callerId, string? externalReference,
        DateTimeOffset now)
    {
        var milestone = new ProjectMilestone
        {
            ProjectId = project.Id,
            UnitId = project.UnitId,
            Kind = kind,
            CallerId = externalReference is null ? null : callerId,
            ExternalReference = externalReference,
        };
        milestone.Stamp(actor.Id, now);
        milestone.Put(occurredOn, amount, note, actor, now);
        milestone.Record(MilestoneAction.Reported, actor, now, milestone.Note);
        milestone.AddDomainEvent(new MilestoneReported(milestone.Id, project.Id, project.UnitId, project.ProjectName, kind, occurredOn, milestone.AgreementAmount, false));
        return milestone;
    }

    internal void ReportAgain(TrackedProject project, DateOnly occurredOn, decimal? amount, string? note, FilingActor actor, DateTimeOffset now)
    {
        if (Status != MilestoneStatus.Returned)
        {
            throw DomainRuleException.Conflict("milestone.not-returned", "Only a returned milestone can be reported again.");
        }

        Put(occurredOn, amount, note, actor, now);
        Record(MilestoneAction.ReportedAgain, actor, now, Note);
        AddDomainEvent(new MilestoneReported(Id, project.Id, UnitId, project.ProjectName, Kind, OccurredOn, AgreementAmount, true));
    }

    internal void Confirm(TrackedProject project, FilingActor reviewer, DateTimeOffset now)
    {
        RequireReported();
        Status = MilestoneStatus.Confirmed;
        ReturnReason = null;
        Decide(reviewer, now);
        Record(MilestoneAction.Confirmed, reviewer, now, null);
        AddDomainEvent(new MilestoneConfirmed(Id, project.Id, UnitId, project.ProjectName, Kind, OccurredOn, AgreementAmount, false, null));
    }

    internal void Return(TrackedProject project, string reason, FilingActor reviewer, DateTimeOffset now)
    {
        RequireReported();
        Status = MilestoneStatus.Returned;
        ReturnReason = reason;
        Decide(reviewer, now);
        Record(MilestoneAction.Returned, reviewer, now, reason);
        AddDomainEvent(new MilestoneReturned(Id, project.Id, UnitId, project.ProjectName, Kind, reason));
    }

    internal void Correct(TrackedProject project, DateOnly occurredOn, decimal? amount, string reason, FilingActor reviewer, DateTimeOffset now)
    {
        if (Status != MilestoneStatus.Confirmed)
        {
            throw DomainRuleException.Conflict("milestone.not-confirmed", "Only a confirmed milestone can be corrected.");
        }

        OccurredOn = occurredOn;
        AgreementAmount = amount;
        AgreementFen = amount is { } yuan ? Money.FromYuan(yuan).Fen : null;
        Decide(reviewer, now);
        Record(MilestoneAction.Corrected, reviewer, now, reason);
        AddDomainEvent(new MilestoneConfirmed(Id, project.Id, UnitId, project.ProjectName, Kind, OccurredOn, AgreementAmount, true, reason));
    }

    private void RequireReported()
    {
        if (Status != MilestoneStatus.Reported)
        {
            throw DomainRuleException.Conflict("milestone.not-reported", "Only a reported milestone waiting for a decision can be confirmed or returned.");
        }
    }

    private void Put(DateOnly occurredOn, decimal? amount, string? note, FilingActor actor, DateTimeOffset now)
    {
        OccurredOn = occurredOn;
        AgreementAmount = amount;
        AgreementFen = amount is { } yuan ? Money.FromYuan(yuan).Fen : null;
        Note = Guard.OptionalMultiLineText(note?.Trim(), NoteMaxLength, "milestone.note-invalid", "The note");
        Status = MilestoneStatus.Reported;
        ReportedAt = now;
        ReportedByName = Truncated(actor.Name);
    }

    private void Decide(FilingActor reviewer, DateTimeOffset now)
    {
        DecidedAt = now;
        DecidedBy = reviewer.Id;
        DecidedByName = Truncated(reviewer.Name);
    }

    private void Record(MilestoneAction action, FilingActor actor, DateTimeOffset now, string? reason) =>
        _history.Add(ProjectMilestoneHistoryEntry.Record(Id, action, actor, now, OccurredOn, AgreementAmount, reason));

    private static string Truncated(string name) =>
        name.Length > FilingHistoryEntry.ActorNameMaxLength ? name[..FilingHistoryEntry.ActorNameMaxLength] : name;
}

/// <summary>One step of a milestone's history: who did what when, the date and amount as they then stood, and the reason or note.</summary>
public sealed class ProjectMilestoneHistoryEntry
{
    private ProjectMilestoneHistoryEntry()
    {
        ActorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MilestoneId { get; private set; }

    public MilestoneAction Action { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public decimal? AgreementAmount { get; private set; }

    /// <summary>The reviewer's reason (return, correction) or the unit's note (report).</summary>
    public string? Reason { get; private set; }

    internal static ProjectMilestoneHistoryEntry Record(
        Guid milestoneId, MilestoneAction action, FilingActor actor, DateTimeOffset at, DateOnly occurredOn, decimal? amount, string? reason) => new()
        {
            Id = Guid.CreateVersion7(),
            MilestoneId = milestoneId,
            Action = action,
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name.Length > FilingHistoryEntry.ActorNameMaxLength ? actor.Name[..FilingHistoryEntry.ActorNameMaxLength] : actor.Name,
            OccurredOn = occurredOn,
            AgreementAmount = amount,
            Reason = reason,
        };
}
