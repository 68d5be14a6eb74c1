using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.Changes.Queries.ListChanges;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Filings;
using InvestPromo.Application.Filings.Queries.ListFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Commands.MarkAboveDesignatedSize;
using InvestPromo.Application.Projects.Commands.StopProject;
using InvestPromo.Application.Projects.Evidence;
using InvestPromo.Application.Projects.Milestones;
using InvestPromo.Application.Projects.Milestones.Commands.ConfirmMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.CorrectMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.ReportMilestone;
using InvestPromo.Application.Projects.Milestones.Commands.ReportMilestoneAgain;
using InvestPromo.Application.Projects.Milestones.Commands.ReturnMilestone;
using InvestPromo.Application.Projects.Milestones.Queries.ListMilestones;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Queries.ListProjects;
using InvestPromo.Application.ReserveList.Queries.GetReserveList;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Milestones through the pipeline: each rule, and the confirmed stage reaching the filing list, the reserve list and the analysis.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ProjectMilestoneTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateOnly ApprovedOn = DateOnly.FromDateTime(AppFixture.Start.ToOffset(China).DateTime); // 2026-11-23

    /// <summary>An approved 15亿 project (在谈 as filed), the clock ten days later.</summary>
    private async Task<FilingDto> ProjectAsync(string name = "里程碑项目", Caller? filer = null)
    {
        filer ??= Filer;
        At(AppFixture.Start);
        var approved = await ApproveAsync(Reviewer, await SubmitAsync(filer, await CreateAsync(filer, Draft.Complete(Equip, name, 1_500_000_000m) with { Stage = ProjectStage.Negotiating })));
        At(AppFixture.Start.AddDays(10));
        return approved;
    }

    /// <summary>A subscription to the project events, so the outbox keeps them.</summary>
    private Task<WebhookSubscriptionSavedDto> SubscribeAsync() => SendAsync(Admin, new CreateWebhookSubscriptionCommand(
        "https://hooks.example.com/projects", [WebhookEventTypes.MilestoneReported, WebhookEventTypes.MilestoneConfirmed, WebhookEventTypes.MilestoneReturned, WebhookEventTypes.ProjectStopped], "项目事件"));

    private Task<ProjectMilestoneDto> ReportAsync(Guid projectId, MilestoneKind kind, int day, decimal? amount = null, string? reference = null, Caller? filer = null) =>
        SendAsync(filer ?? Filer, new ReportMilestoneCommand(projectId, kind, ApprovedOn.AddDays(day), amount, "现场照片已上传", reference));

    private Task<ProjectMilestoneDto> ConfirmAsync(ProjectMilestoneDto m) => SendAsync(Reviewer, new ConfirmMilestoneCommand(m.ProjectId, m.Id, m.Version));

    private static async Task<string> CodeOf<TException>(Func<Task> action)
        where TException : Exception
    {
        var e = await Assert.ThrowsAsync<TException>(action);
        return e switch
        {
            BadRequestException bad => bad.Code,
            DomainRuleException rule => rule.Code,
            _ => e.GetType().Name,
        };
    }

    [Fact]
    public async Task A_reported_signing_waits_in_the_queue_and_counts_nowhere_until_confirmed()
    {
        await SubscribeAsync();
        var filing = await ProjectAsync();

        var signed = await ReportAsync(filing.Id, MilestoneKind.Signed, 2, 1_200_000_000m, "PLAT-0001");

        Assert.Equal((MilestoneStatus.Reported, 1_200_000_000m, "PLAT-0001"), (signed.Status, signed.AgreementAmount, signed.ExternalReference));
        Assert.Equal([MilestoneAction.Reported], signed.History.Select(h => h.Action));
        var task = await Fixture.DbAsync(db => db.VerificationTasks.SingleAsync());
        Assert.Equal((VerificationSubject.Milestone, signed.Id, true), (task.Subject, task.SubjectId, task.IsOpen));
        Assert.Contains("签约", task.Summary, StringComparison.Ordinal);
        Assert.Contains("120000万元", task.Summary, StringComparison.Ordinal);
        var project = await SendAsync(Filer, new GetProjectQuery(filing.Id));
        Assert.Equal((ProjectStage.Negotiating, (DateOnly?)null), (project.Stage, project.SignedOn));
        Assert.Contains(await Fixture.DbAsync(db => db.WebhookEvents.Select(e => e.Type).ToListAsync()), t => t == "project.milestone-reported");
    }

    [Fact]
    public async Task A_confirmed_milestone_sets_the_projects_dates_and_stage_and_the_stage_reaches_the_filing_list_the_reserve_list_and_the_analysis()
    {
        await SubscribeAsync();
        var filing = await ProjectAsync("成熟大项目");
        Assert.Empty((await SendAsync(Leader, new GetReserveListQuery())).Regions); // 在谈: not mature
        var signed = await ReportAsync(filing.Id, MilestoneKind.Signed, 2, 1_200_000_000m);

        var confirmed = await ConfirmAsync(signed);

        Assert.Equal(MilestoneStatus.Confirmed, confirmed.Status);
        var project = await SendAsync(Filer, new GetProjectQuery(filing.Id));
        Assert.Equal((ProjectStage.Signed, ProjectStage.Negotiating, ApprovedOn.AddDays(2), 1_200_000_000m), (project.Stage, project.FiledStage, project.SignedOn!.Value, project.AgreementAmount!.Value));
        var updated = await GetAsync(Filer, filing.Id);
        Assert.Equal(ProjectStage.Signed, updated.Stage);
        Assert.Equal(FilingAction.StageProgressed, updated.History[^1].Action);
        Assert.Equal([filing.Id], (await SendAsync(Reviewer, new ListFilingsQuery { Filter = new FilingFilter(Stage: ProjectStage.Signed) })).Items.Select(f => f.Id));
        Assert.Equal([filing.Id], (await SendAsync(Reviewer, new ListProjectsQuery(Stage: ProjectStage.Signed))).Items.Select(p => p.Id));
        Assert.Equal(1, (await SendAsync(Leader, new GetReserveListQuery())).Count);
        var byStage = (await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.Stage))).Groups;
        Assert.Equal([(nameof(ProjectStage.Signed), 1)], byStage.Where(g => g.Count != 0).Select(g => (g.Key, g.Count)));
        Assert.False(await Fixture.DbAsync(db => db.VerificationTasks.AnyAsync(t => t.IsOpen)));
        Assert.Contains(await Fixture.DbAsync(db => db.WebhookEvents.Select(e => e.Type).ToListAsync()), t => t == "project.milestone-confirmed");

        // The running totals are what a rebuild from the filings gives.
        await SendAsync(Caller.System, new RebuildApprovalTotalsCommand());
        Assert.Equal(byStage.Select(g => (g.Key, g.Count)), (await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.Stage))).Groups.Select(g => (g.Key, g.Count)));
    }

    [Fact]
    public async Task Started_and_completed_move_the_stage_on_and_a_revocation_takes_the_current_stage_out_of_the_totals()
    {
        var filing = await ProjectAsync();
        await ConfirmAsync(await ReportAsync(filing.Id, MilestoneKind.Signed, 1, 500_000_000m));
        var started = await ReportAsync(filing.Id, MilestoneKind.Started, 3);
        await ConfirmAsync(started);
        await ConfirmAsync(await ReportAsync(filing.Id, MilestoneKind.Completed, 5));

        var project = await SendAsync(Filer, new GetProjectQuery(filing.Id));
        Assert.Equal((ProjectStage.Completed, ApprovedOn.AddDays(3), ApprovedOn.AddDays(5)), (project.Stage, project.StartedOn!.Value, project.CompletedOn!.Value));
        Assert.Equal(ProjectStage.Completed, (await GetAsync(Reviewer, filing.Id)).Stage);
        Assert.Equal([(nameof(ProjectStage.Completed), 1)], (await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.Stage))).Groups.Where(g => g.Count != 0).Select(g => (g.Key, g.Count)));

        await RevokeAsync(Reviewer, await GetAsync(Reviewer, filing.Id), "信息有误");

        Assert.All((await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.Stage))).Groups, g => Assert.Equal(0, g.Count));
    }

    [Theory]
    [InlineData(MilestoneKind.Signed, -1, "1000", "milestone.date-before-approval")]
    [InlineData(MilestoneKind.Signed, 11, "1000", "milestone.date-in-future")]
    [InlineData(MilestoneKind.Signed, 2, null, "milestone.amount-required")]
    [InlineData(MilestoneKind.Signed, 2, "-1", "milestone.amount-required")]
    [InlineData(MilestoneKind.Signed, 2, "0", "milestone.amount-required")]
    public async Task Bad_input_is_a_400_with_its_code_and_saves_nothing(MilestoneKind kind, int day, string? amount, string code)
    {
        var filing = await ProjectAsync();
        decimal? yuan = amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(code, await CodeOf<BadRequestException>(() => ReportAsync(filing.Id, kind, day, yuan)));

        Assert.False(await Fixture.DbAsync(db => db.ProjectMilestones.AnyAsync()));
        Assert.False(await Fixture.DbAsync(db => db.VerificationTasks.AnyAsync()));
    }

    [Fact]
    public async Task Today_in_China_is_not_the_future_even_before_UTC_reaches_it()
    {
        var filing = await ProjectAsync();
        var chinaDay = ApprovedOn.AddDays(11);
        At(ChinaTime(chinaDay, 0, 30)); // 16:30 UTC the day before

        var signed = await SendAsync(Filer, new ReportMilestoneCommand(filing.Id, MilestoneKind.Signed, chinaDay, 1m, null, null));

        Assert.Equal(chinaDay, signed.OccurredOn);
    }

    [Fact]
    public async Task Milestones_go_forward_in_order_one_per_kind()
    {
        var filing = await ProjectAsync();
        Assert.Equal("milestone.out-of-order", await CodeOf<DomainRuleException>(() => ReportAsync(filing.Id, MilestoneKind.Started, 3)));
        var signed = await ReportAsync(filing.Id, MilestoneKind.Signed, 4, 10m);
        Assert.Equal("milestone.kind-exists", await CodeOf<DomainRuleException>(() => ReportAsync(filing.Id, MilestoneKind.Signed, 4, 10m)));
        Assert.Equal("milestone.date-out-of-order", await CodeOf<DomainRuleException>(() => ReportAsync(filing.Id, MilestoneKind.Started, 3)));
        var started = await ReportAsync(filing.Id, MilestoneKind.Started, 5);

        Assert.Equal("milestone.earlier-not-confirmed", await CodeOf<DomainRuleException>(() => ConfirmAsync(started)));

        await ConfirmAsync(signed);
        Assert.Equal(MilestoneStatus.Confirmed, (await ConfirmAsync((await SendAsync(Reviewer, new ListMilestonesQuery(filing.Id)))[1])).Status);
        Assert.Equal([MilestoneKind.Signed, MilestoneKind.Started], (await SendAsync(Filer, new ListMilestonesQuery(filing.Id))).Select(m => m.Kind));
    }

    [Fact]
    public async Task A_returned_milestone_is_corrected_and_reported_again_then_confirmed_with_its_whole_history()
    {
        await SubscribeAsync();
        var filing = await ProjectAsync();
        var signed = await ReportAsync(filing.Id, MilestoneKind.Signed, 2, 100m);

        var returned = await SendAsync(Reviewer, new ReturnMilestoneCommand(filing.Id, signed.Id, signed.Version, "协议金额与附件不符"));
        Assert.Equal((MilestoneStatus.Returned, "协议金额与附件不符"), (returned.Status, returned.ReturnReason));
        Assert.False(await Fixture.DbAsync(db => db.VerificationTasks.AnyAsync(t => t.IsOpen)));
        Assert.Contains(await Fixture.DbAsync(db => db.WebhookEvents.Select(e => e.Type).ToListAsync()), t => t == "project.milestone-returned");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Filer, new ReportMilestoneAgainCommand(filing.Id, signed.Id, signed.Version, ApprovedOn.AddDays(3), 200m, null)));

        var again = await SendAsync(Filer, new ReportMilestoneAgainCommand(filing.Id, signed.Id, returned.Version, ApprovedOn.AddDays(3), 200m, "已按协议更正"));
        Assert.Equal((MilestoneStatus.Reported, 200m), (again.Status, again.AgreementAmount));
        Assert.Equal(1, await Fixture.DbAsync(db => db.VerificationTasks.CountAsync(t => t.IsOpen)));
        var confirmed = await ConfirmAsync(again);

        Assert.Equal([MilestoneAction.Reported, MilestoneAction.Returned, MilestoneAction.ReportedAgain, MilestoneAction.Confirmed], confirmed.History.Select(h => h.Action));
        Assert.Equal(["filer", "reviewer", "filer", "reviewer"], confirmed.History.Select(h => h.ActorName));
        Assert.Equal(200m, (await SendAsync(Filer, new GetProjectQuery(filing.Id))).AgreementAmount);
        Assert.Equal("milestone.not-returned", await CodeOf<DomainRuleException>(() => SendAsync(Filer, new ReportMilestoneAgainCommand(filing.Id, signed.Id, confirmed.Version, ApprovedOn.AddDays(3), 200m, null))));
    }

    [Fact]
    public async Task A_reviewer_corrects_a_confirmed_signing_with_a_reason_and_the_project_follows()
    {
        var filing = await ProjectAsync();
        var confirmed = await ConfirmAsync(await ReportAsync(filing.Id, MilestoneKind.Signed, 2, 900_000_000m));

        Assert.Equal("milestone.date-in-future", await CodeOf<BadRequestException>(() => SendAsync(Reviewer, new CorrectMilestoneCommand(filing.Id, confirmed.Id, confirmed.Version, ApprovedOn.AddDays(20), 1m, "更正"))));
        var corrected = await SendAsync(Reviewer, new CorrectMilestoneCommand(filing.Id, confirmed.Id, confirmed.Version, ApprovedOn.AddDays(1), 1_100_000_000m, "协议投资额录入有误"));

        Assert.Equal((MilestoneAction.Corrected, "协议投资额录入有误"), (corrected.History[^1].Action, corrected.History[^1].Reason));
        var project = await SendAsync(Leader, new GetProjectQuery(filing.Id));
        Assert.Equal((ApprovedOn.AddDays(1), 1_100_000_000m), (project.SignedOn!.Value, project.AgreementAmount!.Value));
        Assert.Equal(110_000_000_000L, await Fixture.DbAsync(db => db.TrackedProjects.Select(p => p.AgreementFen).SingleAsync()));
    }

    [Fact]
    public async Task A_stopped_project_takes_no_milestone_and_its_stop_is_told_to_webhooks()
    {
        await SubscribeAsync();
        var filing = await ProjectAsync();
        var project = await SendAsync(Reviewer, new GetProjectQuery(filing.Id));
        Assert.Equal("project.date-in-future", await CodeOf<BadRequestException>(() => SendAsync(Reviewer, new StopProjectCommand(filing.Id, project.Version, ApprovedOn.AddDays(30), "撤资"))));

        var stopped = await SendAsync(Reviewer, new StopProjectCommand(filing.Id, project.Version, ApprovedOn.AddDays(5), "投资方撤资"));

        Assert.Equal((TrackedProjectStatus.Stopped, ApprovedOn.AddDays(5), "投资方撤资"), (stopped.Status, stopped.StoppedOn!.Value, stopped.StopReason));
        Assert.Equal("project.not-active", await CodeOf<DomainRuleException>(() => ReportAsync(filing.Id, MilestoneKind.Signed, 2, 10m)));
        Assert.Equal("project.not-active", await CodeOf<DomainRuleException>(() => SendAsync(Reviewer, new MarkAboveDesignatedSizeCommand(filing.Id, stopped.Version, ApprovedOn.AddDays(5)))));
        Assert.Contains(await Fixture.DbAsync(db => db.WebhookEvents.Select(e => e.Type).ToListAsync()), t => t == "project.stopped");
        Assert.False(await Fixture.DbAsync(db => db.ProjectMilestones.AnyAsync()));
    }

    [Fact]
    public async Task A_project_is_marked_above_designated_size_from_its_qualifying_date()
    {
        var filing = await ProjectAsync();
        var project = await SendAsync(Reviewer, new GetProjectQuery(filing.Id));
        Assert.Equal("project.date-before-approval", await CodeOf<BadRequestException>(() => SendAsync(Reviewer, new MarkAboveDesignatedSizeCommand(filing.Id, project.Version, ApprovedOn.AddDays(-1)))));

        var marked = await SendAsync(Reviewer, new MarkAboveDesignatedSizeCommand(filing.Id, project.Version, ApprovedOn.AddDays(4)));

        Assert.Equal((true, ApprovedOn.AddDays(4)), (marked.IsAboveDesignatedSize, marked.QualifiedOn!.Value));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new MarkAboveDesignatedSizeCommand(filing.Id, project.Version, ApprovedOn.AddDays(4))));
    }

    [Fact]
    public async Task Another_units_project_is_not_found_for_a_filer()
    {
        var theirs = await ProjectAsync("他单位项目", Filer2);

        await Assert.ThrowsAsync<NotFoundException>(() => ReportAsync(theirs.Id, MilestoneKind.Signed, 2, 10m));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new ListMilestonesQuery(theirs.Id)));
        var signed = await ReportAsync(theirs.Id, MilestoneKind.Signed, 2, 10m, filer: Filer2);
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new ReportMilestoneAgainCommand(theirs.Id, signed.Id, signed.Version, ApprovedOn.AddDays(2), 10m, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Reviewer, new ConfirmMilestoneCommand(Guid.CreateVersion7(), signed.Id, signed.Version)));
    }

    [Fact]
    public async Task An_external_reference_is_unique_per_caller()
    {
        var one = await ProjectAsync("项目一");
        var two = await ProjectAsync("项目二");
        var theirs = await ProjectAsync("他单位项目", Filer2);
        await ReportAsync(one.Id, MilestoneKind.Signed, 2, 10m, "REF-1");

        Assert.Equal("external-reference.exists", await CodeOf<DomainRuleException>(() => ReportAsync(two.Id, MilestoneKind.Signed, 2, 10m, "REF-1")));
        var other = await ReportAsync(theirs.Id, MilestoneKind.Signed, 2, 10m, "REF-1", Filer2);

        Assert.Equal("REF-1", other.ExternalReference);
        await Assert.ThrowsAsync<RequestValidationException>(() => ReportAsync(two.Id, MilestoneKind.Signed, 2, 10m, new string('x', 101)));
    }

    [Fact]
    public async Task Milestones_are_in_the_change_feed_on_the_timeline_and_take_evidence()
    {
        var filing = await ProjectAsync();
        var signed = await ReportAsync(filing.Id, MilestoneKind.Signed, 2, 10m);
        At(AppFixture.Start.AddDays(10).AddMinutes(5));
        await SendAsync(Reviewer, new ReturnMilestoneCommand(filing.Id, signed.Id, signed.Version, "请补充协议"));

        var feed = (await SendAsync(Reviewer, new ListChangesQuery("0", ListChangesQuery.MaxLimit))).Entries.Where(e => e.Resource == "milestone").ToList();
        Assert.Equal(["Reported", "Returned"], feed.Select(e => e.Status));
        var lines = await Fixture.DbAsync(db => new MilestoneTimelineSource(db).ReadAsync(filing.Id, CancellationToken.None));
        Assert.Equal(["签约已退回", "签约已上报"], lines.Select(l => l.Title));
        Assert.Equal(("milestone", "请补充协议"), (lines[0].Kind, lines[0].Detail));
        Assert.True(await Fixture.DbAsync(db => EvidenceSubjects.All[EvidenceSubject.Milestone](db, filing.Id, signed.Id, CancellationToken.None)));
        Assert.False(await Fixture.DbAsync(db => EvidenceSubjects.All[EvidenceSubject.Milestone](db, Guid.CreateVersion7(), signed.Id, CancellationToken.None)));
    }
}
