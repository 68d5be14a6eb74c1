using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Milestones (签约 → 开工 → 竣工/投产), the 规模工业 mark and stopping, on a project approved 2026-03-02.</summary>
public sealed class ProjectMilestoneTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 2, 0, 0, TimeSpan.Zero); // 2026-06-30 10:00 China
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly FilingActor Filer = ProjectFixtures.Filer;
    private static readonly FilingActor Reviewer = ProjectFixtures.Reviewer;

    private readonly TrackedProject project = ProjectFixtures.Project();
    private readonly List<ProjectMilestone> milestones = [];

    private ProjectMilestone Report(MilestoneKind kind, DateOnly on, decimal? amount = null, string? reference = null)
    {
        var milestone = project.ReportMilestone(milestones, kind, on, amount, "说明", Filer, Filer.Id, reference, Now);
        milestones.Add(milestone);
        return milestone;
    }

    private ProjectMilestone Signed(DateOnly? on = null, decimal amount = 1_200_000_000m) => Report(MilestoneKind.Signed, on ?? new(2026, 4, 1), amount);

    private static string Code(Action action) => Assert.ThrowsAny<DomainRuleException>(action).Code;

    [Fact]
    public void Reporting_a_signing_keeps_its_date_amount_in_yuan_and_fen_and_waits_for_a_reviewer()
    {
        var signed = Signed(new(2026, 4, 1), 1_200_000_000.50m);

        Assert.Equal((MilestoneKind.Signed, new DateOnly(2026, 4, 1), 1_200_000_000.50m, 120_000_000_050L), (signed.Kind, signed.OccurredOn, signed.AgreementAmount, signed.AgreementFen));
        Assert.Equal(MilestoneStatus.Reported, signed.Status);
        Assert.Equal((project.Id, project.UnitId), (signed.ProjectId, signed.UnitId));
        Assert.Equal([MilestoneAction.Reported], signed.History.Select(h => h.Action));
        var reported = Assert.IsType<MilestoneReported>(Assert.Single(signed.DomainEvents));
        Assert.Equal((signed.Id, MilestoneKind.Signed, false), (reported.MilestoneId, reported.Kind, reported.Again));
        Assert.Null(project.SignedOn);
        Assert.Equal(ProjectStage.Negotiating, project.Stage);
    }

    [Theory]
    [InlineData(MilestoneKind.Signed, "2026-03-01", "1000", "milestone.date-before-approval")]
    [InlineData(MilestoneKind.Signed, "2026-07-01", "1000", "milestone.date-in-future")]
    [InlineData(MilestoneKind.Signed, "2026-04-01", null, "milestone.amount-required")]
    [InlineData(MilestoneKind.Signed, "2026-04-01", "0", "milestone.amount-required")]
    [InlineData(MilestoneKind.Signed, "2026-04-01", "-5", "milestone.amount-required")]
    [InlineData(MilestoneKind.Signed, "2026-04-01", "1.234", "milestone.amount-invalid")]
    [InlineData(MilestoneKind.Started, "2026-04-01", "1000", "milestone.amount-not-allowed")]
    public void Bad_input_is_named_by_its_field_and_code_and_refused(MilestoneKind kind, string on, string? amount, string code)
    {
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        decimal? yuan = amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var problem = ProjectMilestone.CheckInput(kind, date, yuan, ProjectFixtures.ApprovedOn, Today);

        Assert.Equal(code, problem?.Code);
        Assert.Equal(code, Code(() => project.ReportMilestone(milestones, kind, date, yuan, null, Filer, null, null, Now)));
    }

    [Fact]
    public void The_approval_day_and_today_are_accepted()
    {
        Assert.Null(ProjectMilestone.CheckInput(MilestoneKind.Signed, ProjectFixtures.ApprovedOn, 1m, ProjectFixtures.ApprovedOn, Today));
        Assert.Null(ProjectMilestone.CheckInput(MilestoneKind.Completed, Today, null, ProjectFixtures.ApprovedOn, Today));
    }

    [Fact]
    public void Today_is_judged_in_China_time()
    {
        var lateUtc = new DateTimeOffset(2026, 6, 30, 17, 0, 0, TimeSpan.Zero); // 2026-07-01 01:00 China

        var signed = project.ReportMilestone(milestones, MilestoneKind.Signed, new DateOnly(2026, 7, 1), 10m, null, Filer, null, null, lateUtc);

        Assert.Equal(new DateOnly(2026, 7, 1), signed.OccurredOn);
    }

    [Fact]
    public void A_second_report_of_a_kind_is_refused_even_when_returned()
    {
        var signed = Signed();
        Assert.Equal("milestone.kind-exists", Code(() => Signed()));

        project.ReturnMilestone(signed, "金额有误", Reviewer, Now);

        Assert.Equal("milestone.kind-exists", Code(() => Signed()));
    }

    [Fact]
    public void A_kind_is_reported_only_once_every_earlier_kind_is_at_least_reported()
    {
        Assert.Equal("milestone.out-of-order", Code(() => Report(MilestoneKind.Started, new(2026, 5, 1))));
        var signed = Signed();
        Assert.Equal("milestone.out-of-order", Code(() => Report(MilestoneKind.Completed, new(2026, 6, 1))));

        var started = Report(MilestoneKind.Started, new(2026, 5, 1)); // signing reported, not yet confirmed: allowed

        Assert.Equal(MilestoneStatus.Reported, started.Status);
        project.ReturnMilestone(signed, "请补充协议", Reviewer, Now);
        Assert.Equal("milestone.out-of-order", Code(() => Report(MilestoneKind.Completed, new(2026, 6, 1))));
    }

    [Fact]
    public void Dates_go_forward_signed_started_completed()
    {
        Signed(new(2026, 4, 10));

        Assert.Equal("milestone.date-out-of-order", Code(() => Report(MilestoneKind.Started, new(2026, 4, 9))));
        var started = Report(MilestoneKind.Started, new(2026, 4, 10)); // the same day is in order
        Assert.Equal("milestone.date-out-of-order", Code(() => Report(MilestoneKind.Completed, new(2026, 4, 9))));
        Assert.Equal(MilestoneKind.Started, started.Kind);
    }

    [Fact]
    public void Confirming_counts_the_milestone_on_the_project_and_moves_its_stage()
    {
        var signed = Signed(new(2026, 4, 1), 5_000_000_000m);

        project.ConfirmMilestone(milestones, signed, Reviewer, Now);

        Assert.Equal(MilestoneStatus.Confirmed, signed.Status);
        Assert.Equal((new DateOnly(2026, 4, 1), 5_000_000_000m, 500_000_000_000L), (project.SignedOn, project.AgreementAmount, project.AgreementFen));
        Assert.Equal((ProjectStage.Signed, ProjectStage.Negotiating), (project.Stage, project.FiledStage));
        Assert.Equal(ProjectStage.Signed, Assert.IsType<ProjectStageChanged>(Assert.Single(project.DomainEvents)).Stage);
        Assert.Equal([typeof(MilestoneReported), typeof(MilestoneConfirmed)], signed.DomainEvents.Select(e => e.GetType()));
        Assert.Equal([MilestoneAction.Reported, MilestoneAction.Confirmed], signed.History.Select(h => h.Action));
        Assert.Equal("reviewer", signed.DecidedByName);
    }

    [Fact]
    public void Each_confirmation_in_order_moves_the_stage_to_the_latest_confirmed_milestone()
    {
        var signed = Signed(new(2026, 4, 1));
        var started = Report(MilestoneKind.Started, new(2026, 5, 1));
        Assert.Equal("milestone.earlier-not-confirmed", Code(() => project.ConfirmMilestone(milestones, started, Reviewer, Now)));

        project.ConfirmMilestone(milestones, signed, Reviewer, Now);
        project.ConfirmMilestone(milestones, started, Reviewer, Now);
        var completed = Report(MilestoneKind.Completed, new(2026, 6, 1));
        project.ConfirmMilestone(milestones, completed, Reviewer, Now);

        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)), (project.StartedOn!.Value, project.CompletedOn!.Value));
        Assert.Equal(ProjectStage.Completed, project.Stage);
        Assert.Equal([ProjectStage.Signed, ProjectStage.Started, ProjectStage.Completed], project.DomainEvents.OfType<ProjectStageChanged>().Select(e => e.Stage!.Value));
    }

    [Fact]
    public void A_confirmed_stage_equal_to_the_filed_one_raises_no_stage_change()
    {
        var filedSigned = ProjectFixtures.Project(ProjectStage.Signed);
        var signed = filedSigned.ReportMilestone([], MilestoneKind.Signed, new(2026, 4, 1), 10m, null, Filer, null, null, Now);

        filedSigned.ConfirmMilestone([signed], signed, Reviewer, Now);

        Assert.Empty(filedSigned.DomainEvents);
        Assert.Equal(ProjectStage.Signed, filedSigned.Stage);
    }

    [Fact]
    public void Only_a_reported_milestone_is_confirmed_or_returned()
    {
        var signed = Signed();
        project.ConfirmMilestone(milestones, signed, Reviewer, Now);

        Assert.Equal("milestone.not-reported", Code(() => project.ConfirmMilestone(milestones, signed, Reviewer, Now)));
        Assert.Equal("milestone.not-reported", Code(() => project.ReturnMilestone(signed, "理由", Reviewer, Now)));
    }

    [Fact]
    public void Returning_needs_a_reason_and_a_returned_milestone_is_reported_again_after_correction()
    {
        var signed = Signed(new(2026, 4, 1), 100m);
        Assert.Equal("filing.reason-required", Code(() => project.ReturnMilestone(signed, "  ", Reviewer, Now)));
        Assert.Equal("milestone.not-returned", Code(() => project.ReportMilestoneAgain(milestones, signed, new(2026, 4, 2), 200m, null, Filer, Now)));

        project.ReturnMilestone(signed, "协议金额与附件不符", Reviewer, Now);
        Assert.Equal((MilestoneStatus.Returned, "协议金额与附件不符"), (signed.Status, signed.ReturnReason));
        Assert.Equal("milestone.amount-required", Code(() => project.ReportMilestoneAgain(milestones, signed, new(2026, 4, 2), null, null, Filer, Now)));

        project.ReportMilestoneAgain(milestones, signed, new(2026, 4, 2), 200m, "已更正", Filer, Now);

        Assert.Equal((MilestoneStatus.Reported, new DateOnly(2026, 4, 2), 200m, 20_000L), (signed.Status, signed.OccurredOn, signed.AgreementAmount, signed.AgreementFen));
        Assert.Equal([MilestoneAction.Reported, MilestoneAction.Returned, MilestoneAction.ReportedAgain], signed.History.Select(h => h.Action));
        Assert.Equal("协议金额与附件不符", signed.History[1].Reason);
        Assert.True(Assert.IsType<MilestoneReported>(signed.DomainEvents.Last()).Again);
    }

    [Fact]
    public void A_reviewer_corrects_a_confirmed_milestone_with_a_reason_and_the_project_follows()
    {
        var signed = Signed(new(2026, 4, 1), 100m);
        Assert.Equal("milestone.not-confirmed", Code(() => project.CorrectMilestone(milestones, signed, new(2026, 4, 3), 300m, "更正", Reviewer, Now)));
        project.ConfirmMilestone(milestones, signed, Reviewer, Now);
        Assert.Equal("filing.reason-required", Code(() => project.CorrectMilestone(milestones, signed, new(2026, 4, 3), 300m, null, Reviewer, Now)));
        Assert.Equal("milestone.date-in-future", Code(() => project.CorrectMilestone(milestones, signed, new(2026, 7, 3), 300m, "更正", Reviewer, Now)));

        project.CorrectMilestone(milestones, signed, new(2026, 4, 3), 300m, "协议签订日期有误", Reviewer, Now);

        Assert.Equal((MilestoneStatus.Confirmed, new DateOnly(2026, 4, 3), 300m), (signed.Status, signed.OccurredOn, signed.AgreementAmount));
        Assert.Equal((new DateOnly(2026, 4, 3), 300m, 30_000L), (project.SignedOn!.Value, project.AgreementAmount, project.AgreementFen));
        var corrected = signed.History[^1];
        Assert.Equal((MilestoneAction.Corrected, "协议签订日期有误", new DateOnly(2026, 4, 3), 300m), (corrected.Action, corrected.Reason, corrected.OccurredOn, corrected.AgreementAmount));
        Assert.True(Assert.IsType<MilestoneConfirmed>(signed.DomainEvents.Last()).Corrected);
    }

    [Fact]
    public void A_correction_keeps_the_dates_in_order()
    {
        var signed = Signed(new(2026, 4, 1));
        project.ConfirmMilestone(milestones, signed, Reviewer, Now);
        var started = Report(MilestoneKind.Started, new(2026, 5, 1));
        project.ConfirmMilestone(milestones, started, Reviewer, Now);

        Assert.Equal("milestone.date-out-of-order", Code(() => project.CorrectMilestone(milestones, signed, new(2026, 5, 2), 10m, "更正", Reviewer, Now)));
        Assert.Equal(new DateOnly(2026, 4, 1), project.SignedOn);
    }

    [Fact]
    public void A_stopped_project_takes_no_new_milestone_but_a_reported_one_can_still_be_decided()
    {
        var signed = Signed();

        project.Stop(new DateOnly(2026, 6, 1), "投资方撤资", Now);

        Assert.Equal((TrackedProjectStatus.Stopped, new DateOnly(2026, 6, 1), "投资方撤资"), (project.Status, project.StoppedOn, project.StopReason));
        Assert.IsType<ProjectStopped>(Assert.Single(project.DomainEvents));
        Assert.Equal("project.not-active", Code(() => Report(MilestoneKind.Started, new(2026, 5, 1))));
        Assert.Equal("project.not-active", Code(() => project.Stop(new DateOnly(2026, 6, 2), "再次", Now)));
        Assert.Equal("project.not-active", Code(() => project.MarkAboveDesignatedSize(new DateOnly(2026, 6, 2), Now)));
        project.ConfirmMilestone(milestones, signed, Reviewer, Now);
        Assert.Equal(ProjectStage.Signed, project.Stage);
    }

    [Fact]
    public void A_project_whose_approval_ended_takes_no_new_milestone()
    {
        project.EndApproval();

        Assert.Equal("project.not-active", Code(() => Signed()));
    }

    [Fact]
    public void Stopping_needs_a_reason_and_a_date_between_the_approval_and_today()
    {
        Assert.Equal("project.date-before-approval", project.CheckDate(new DateOnly(2026, 3, 1), Today, "stoppedOn")?.Code);
        Assert.Equal("project.date-in-future", project.CheckDate(new DateOnly(2026, 7, 1), Today, "stoppedOn")?.Code);
        Assert.Equal("project.date-in-future", Code(() => project.Stop(new DateOnly(2026, 7, 1), "撤资", Now)));
        Assert.Equal("filing.reason-required", Code(() => project.Stop(new DateOnly(2026, 6, 1), null, Now)));
        Assert.Equal(TrackedProjectStatus.Active, project.Status);
    }

    [Fact]
    public void Marking_above_designated_size_keeps_the_qualifying_date_and_a_later_mark_moves_it()
    {
        Assert.Equal("project.date-before-approval", Code(() => project.MarkAboveDesignatedSize(new DateOnly(2026, 2, 1), Now)));

        project.MarkAboveDesignatedSize(new DateOnly(2026, 5, 1), Now);
        project.MarkAboveDesignatedSize(new DateOnly(2026, 5, 2), Now);

        Assert.Equal((true, new DateOnly(2026, 5, 2)), (project.IsAboveDesignatedSize, project.QualifiedOn!.Value));
    }

    [Fact]
    public void The_filing_progresses_to_the_confirmed_stage_only_while_its_approval_stands_and_the_totals_move()
    {
        var filing = ProjectFixtures.ApprovedFiling(ProjectStage.Negotiating);
        filing.ClearDomainEvents();

        Assert.True(filing.ProgressTo(ProjectStage.Started, Reviewer, Now));
        Assert.False(filing.ProgressTo(ProjectStage.Started, Reviewer, Now)); // already there

        Assert.Equal(ProjectStage.Started, filing.Stage);
        var moved = Assert.IsType<FilingStageChanged>(Assert.Single(filing.DomainEvents));
        Assert.Equal((ProjectStage.Negotiating, ProjectStage.Started), (moved.Before.Stage, moved.After.Stage));
        Assert.Equal((moved.Before.UnitId, moved.Before.ApprovedOn, moved.Before.PlannedTotalFen, moved.Before.ScaleBand), (moved.After.UnitId, moved.After.ApprovedOn, moved.After.PlannedTotalFen, moved.After.ScaleBand));
        var line = filing.History[^1];
        Assert.Equal((FilingAction.StageProgressed, "reviewer"), (line.Action, line.ActorName));
        Assert.Contains("Started", line.Changes, StringComparison.Ordinal);

        filing.Revoke(Reviewer, Now, "撤销");
        Assert.False(filing.ProgressTo(ProjectStage.Completed, Reviewer, Now));
        Assert.Equal(ProjectStage.Started, Assert.IsType<FilingApprovalEnded>(filing.DomainEvents.Last()).Facts.Stage);
    }

    [Fact]
    public void When_the_approval_stands_again_the_stage_is_the_confirmed_one_whatever_the_filer_typed()
    {
        var filing = ProjectFixtures.ApprovedFiling(ProjectStage.Negotiating);
        var tracked = TrackedProject.Track(filing, ProjectFixtures.ApprovedAt);
        var signed = tracked.ReportMilestone([], MilestoneKind.Signed, new(2026, 4, 1), 10m, null, Filer, null, null, Now);
        tracked.ConfirmMilestone([signed], signed, Reviewer, Now);
        tracked.ClearDomainEvents();
        tracked.EndApproval();

        tracked.ApprovalStandsAgain(filing); // the filing still says 在谈

        Assert.Equal((ProjectStage.Signed, ProjectStage.Negotiating), (tracked.Stage, tracked.FiledStage));
        Assert.Equal(ProjectStage.Signed, Assert.IsType<ProjectStageChanged>(Assert.Single(tracked.DomainEvents)).Stage);
    }
}
