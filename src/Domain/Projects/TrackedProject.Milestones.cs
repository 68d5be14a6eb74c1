using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>
/// The milestone rules of a tracked project (签约 → 开工 → 竣工/投产), the 规模工业 mark and stopping. Milestones go forward in order:
/// <list type="bullet">
/// <item>one milestone per kind (a returned one is corrected and reported again, not reported anew);</item>
/// <item>a kind may be reported once every earlier kind is at least reported (reported or confirmed), and confirmed once every
/// earlier kind is confirmed;</item>
/// <item>dates go forward: 签约 ≤ 开工 ≤ 竣工 among the milestones that stand (reported or confirmed);</item>
/// <item>only a confirmed milestone counts: it sets <see cref="SignedOn"/> with <see cref="AgreementAmount"/>,
/// <see cref="StartedOn"/>, <see cref="CompletedOn"/>, and <see cref="Stage"/> becomes the latest confirmed milestone's.</item>
/// </list>
/// A stopped project, or one whose approval ended, takes nothing new (409 <c>project.not-active</c>); reviewers may still decide
/// what was reported before.
/// </summary>
public sealed partial class TrackedProject
{
    /// <summary>The stage of the latest confirmed milestone, or null when none is confirmed.</summary>
    public ProjectStage? ConfirmedStage =>
        CompletedOn is not null ? ProjectStage.Completed
        : StartedOn is not null ? ProjectStage.Started
        : SignedOn is not null ? ProjectStage.Signed
        : null;

    /// <summary>What a date of the project (stopped on, qualified on) gets wrong as input: before the approval, or after today (China).</summary>
    public ProjectInputProblem? CheckDate(DateOnly date, DateOnly today, string field)
    {
        if (date < ApprovedOn)
        {
            return new("project.date-before-approval", field, "The date is before the filing's approval.");
        }

        return date > today ? new("project.date-in-future", field, "The date is in the future (China time).") : null;
    }

    /// <summary>The filing's unit reports a milestone. <paramref name="milestones"/> are the project's milestones so far.</summary>
    public ProjectMilestone ReportMilestone(
        IEnumerable<ProjectMilestone> milestones, MilestoneKind kind, DateOnly occurredOn, decimal? agreementAmount, string? note, FilingActor actor,
        Guid? callerId, string? externalReference, DateTimeOffset now)
    {
        EnsureActive();
        ProjectMilestone.EnsureInput(kind, occurredOn, agreementAmount, ApprovedOn, ChinaTime.DateOf(now));
        var mine = Own(milestones);
        if (mine.Any(m => m.Kind == kind))
        {
            throw DomainRuleException.Conflict("milestone.kind-exists", "This milestone has already been reported; a returned one is corrected and reported again.");
        }

        if (mine.Count(m => m.Kind < kind && m.IsLive) < (int)kind - 1)
        {
            throw DomainRuleException.Conflict("milestone.out-of-order", "Every earlier milestone must be reported first (签约 → 开工 → 竣工).");
        }

        EnsureDatesInOrder(mine, null, kind, occurredOn);
        return ProjectMilestone.Report(this, kind, occurredOn, agreementAmount, note, actor, callerId, externalReference, now);
    }

    /// <summary>The unit corrects a returned milestone and reports it again.</summary>
    public void ReportMilestoneAgain(
        IEnumerable<ProjectMilestone> milestones, ProjectMilestone milestone, DateOnly occurredOn, decimal? agreementAmount, string? note, FilingActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        EnsureActive();
        EnsureOwn(milestone);
        ProjectMilestone.EnsureInput(milestone.Kind, occurredOn, agreementAmount, ApprovedOn, ChinaTime.DateOf(now));
        var mine = Own(milestones);
        if (milestone.Status == MilestoneStatus.Returned && mine.Count(m => m.Kind < milestone.Kind && m.IsLive) < (int)milestone.Kind - 1)
        {
            throw DomainRuleException.Conflict("milestone.out-of-order", "Every earlier milestone must be reported first (签约 → 开工 → 竣工).");
        }

        EnsureDatesInOrder(mine, milestone, milestone.Kind, occurredOn);
        milestone.ReportAgain(this, occurredOn, agreementAmount, note, actor, now);
    }

    /// <summary>A reviewer confirms a reported milestone: it counts from now on (dates, agreement amount, stage).</summary>
    public void ConfirmMilestone(IEnumerable<ProjectMilestone> milestones, ProjectMilestone milestone, FilingActor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        EnsureOwn(milestone);
        var mine = Own(milestones);
        if (milestone.Status == MilestoneStatus.Reported && mine.Count(m => m.Kind < milestone.Kind && m.Status == MilestoneStatus.Confirmed) < (int)milestone.Kind - 1)
        {
            throw DomainRuleException.Conflict("milestone.earlier-not-confirmed", "Every earlier milestone must be confirmed first.");
        }

        EnsureDatesInOrder(mine, milestone, milestone.Kind, milestone.OccurredOn);
        milestone.Confirm(this, reviewer, now);
        Count(milestone);
    }

    /// <summary>A reviewer returns a reported milestone to the unit with a reason.</summary>
    public void ReturnMilestone(ProjectMilestone milestone, string? reason, FilingActor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        EnsureOwn(milestone);
        var checkedReason = Filing.CheckedReason(reason);
        milestone.Return(this, checkedReason, reviewer, now);
    }

    /// <summary>A reviewer corrects a confirmed milestone's date (and a signing's amount), with a reason kept in its history.</summary>
    public void CorrectMilestone(
        IEnumerable<ProjectMilestone> milestones, ProjectMilestone milestone, DateOnly occurredOn, decimal? agreementAmount, string? reason, FilingActor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        EnsureOwn(milestone);
        ProjectMilestone.EnsureInput(milestone.Kind, occurredOn, agreementAmount, ApprovedOn, ChinaTime.DateOf(now));
        var checkedReason = Filing.CheckedReason(reason);
        EnsureDatesInOrder(Own(milestones), milestone, milestone.Kind, occurredOn);
        milestone.Correct(this, occurredOn, agreementAmount, checkedReason, reviewer, now);
        Count(milestone);
    }

    /// <summary>规模工业: a reviewer marks the project above designated size from the date it qualified (a later mark moves the date).</summary>
    public void MarkAboveDesignatedSize(DateOnly qualifiedOn, DateTimeOffset now)
    {
        EnsureActive();
        if (CheckDate(qualifiedOn, ChinaTime.DateOf(now), "qualifiedOn") is { } problem)
        {
            throw DomainRuleException.Invalid(problem.Code, problem.Message);
        }

        IsAboveDesignatedSize = true;
        QualifiedOn = qualifiedOn;
    }

    /// <summary>终止/撤资: a reviewer stops the project with a reason. What was confirmed still counts; nothing new is taken.</summary>
    public void Stop(DateOnly stoppedOn, string? reason, DateTimeOffset now)
    {
        EnsureActive();
        if (CheckDate(stoppedOn, ChinaTime.DateOf(now), "stoppedOn") is { } problem)
        {
            throw DomainRuleException.Invalid(problem.Code, problem.Message);
        }

        var checkedReason = Filing.CheckedReason(reason);
        Status = TrackedProjectStatus.Stopped;
        StoppedOn = stoppedOn;
        StopReason = checkedReason;
        AddDomainEvent(new ProjectStopped(Id, UnitId, ProjectName, stoppedOn, checkedReason));
    }

    /// <summary>A confirmed milestone counts: its date (and a signing's amount) on the project, and the stage follows.</summary>
    private void Count(ProjectMilestone milestone)
    {
        switch (milestone.Kind)
        {
            case MilestoneKind.Signed:
                SignedOn = milestone.OccurredOn;
                AgreementAmount = milestone.AgreementAmount;
                AgreementFen = milestone.AgreementFen;
                break;
            case MilestoneKind.Started:
                StartedOn = milestone.OccurredOn;
                break;
            default:
                CompletedOn = milestone.OccurredOn;
                break;
        }

        var stage = ConfirmedStage ?? FiledStage;
        if (stage != Stage)
        {
            Stage = stage;
            AddDomainEvent(new ProjectStageChanged(Id, stage));
        }
    }

    private List<ProjectMilestone> Own(IEnumerable<ProjectMilestone> milestones)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        return [.. milestones.Where(m => m.ProjectId == Id && !m.IsDeleted)];
    }

    private void EnsureOwn(ProjectMilestone milestone)
    {
        if (milestone.ProjectId != Id)
        {
            throw new InvalidOperationException("The milestone is not this project's.");
        }
    }

    /// <summary>签约 ≤ 开工 ≤ 竣工 among the milestones that stand (reported or confirmed), <paramref name="self"/> left out.</summary>
    private static void EnsureDatesInOrder(List<ProjectMilestone> mine, ProjectMilestone? self, MilestoneKind kind, DateOnly occurredOn)
    {
        var others = mine.Where(m => m.IsLive && !ReferenceEquals(m, self) && m.Id != self?.Id);
        if (others.Any(m => (m.Kind < kind && m.OccurredOn > occurredOn) || (m.Kind > kind && m.OccurredOn < occurredOn)))
        {
            throw DomainRuleException.Conflict("milestone.date-out-of-order", "Milestone dates go forward: 签约 ≤ 开工 ≤ 竣工.");
        }
    }
}
