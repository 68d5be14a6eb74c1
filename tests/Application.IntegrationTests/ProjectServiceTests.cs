using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Service;
using InvestPromo.Application.Projects.Service.Commands.AssignProjectService;
using InvestPromo.Application.Projects.Service.Commands.ChangeProblemStatus;
using InvestPromo.Application.Projects.Service.Commands.RaiseProblem;
using InvestPromo.Application.Projects.Service.Commands.RecordRevisit;
using InvestPromo.Application.Projects.Service.Commands.SendServiceDigest;
using InvestPromo.Application.Projects.Service.Queries.GetProblemSummary;
using InvestPromo.Application.Projects.Service.Queries.GetProjectService;
using InvestPromo.Application.Projects.Service.Queries.ListProblemDepartments;
using InvestPromo.Application.Projects.Service.Queries.ListProblems;
using InvestPromo.Application.Projects.Service.Queries.ListRevisits;
using InvestPromo.Application.Projects.Service.Queries.ListServiceDue;
using InvestPromo.Application.Projects.Timeline;
using InvestPromo.Application.Webhooks;
using InvestPromo.Application.Webhooks.Commands.CreateWebhookSubscription;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Follow-up service through ISender: the next revisit due at any instant (signed, then revisited), the due list, the owners'
/// digest, who may be the owner, revisit and problem rules, and scope (another unit's project is a 404).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ProjectServiceTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateOnly ApprovedOn = D("2026-11-23"); // AppFixture.Start in China

    /// <summary>Confirms a signing as the milestones branch's confirmation does (its command is not on this branch): the date and the stage.</summary>
    private Task<int> SignAsync(Guid projectId, DateOnly on) =>
        Fixture.DbAsync(db => db.TrackedProjects.Where(p => p.Id == projectId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SignedOn, on).SetProperty(p => p.Stage, ProjectStage.Signed)));

    private async Task<ProjectServiceDto> AssignAsync(Caller caller, Guid projectId, Guid? ownerId, int? days = null)
    {
        var version = (await SendAsync(caller, new GetProjectQuery(projectId))).Version;
        return await SendAsync(caller, new AssignProjectServiceCommand(projectId, version, ownerId, days));
    }

    private async Task<Guid> SignedProjectAsync(string name, DateOnly signedOn, Caller? owner = null)
    {
        var project = await ApprovedAsync(name);
        await SignAsync(project.Id, signedOn);
        await AssignAsync(Reviewer, project.Id, (owner ?? Filer).UserId);
        return project.Id;
    }

    private Task<ProjectRevisitDto> RevisitAsync(Caller caller, Guid projectId, DateOnly on) =>
        SendAsync(caller, new RecordRevisitCommand(projectId, on, "招商科 李四", "企业 王总", "生产经营正常，提出用电增容需求。"));

    private Task<ProjectProblemDto> RaiseAsync(Caller caller, Guid projectId, DateOnly due, string department = "市自然资源和规划局") =>
        SendAsync(caller, new RaiseProblemCommand(projectId, "用地指标尚未落实。", department, due));

    [Fact]
    public async Task Before_a_confirmed_signing_nothing_is_due_then_the_revisit_falls_due_90_days_after_signing_at_any_instant()
    {
        var project = await ApprovedAsync("回访项目");
        var unsigned = await AssignAsync(Filer, project.Id, Filer.UserId);
        Assert.Null(unsigned.NextRevisitDueOn);
        Assert.Null(unsigned.EffectiveIntervalDays);

        await SignAsync(project.Id, ApprovedOn);
        var signed = await AssignAsync(Filer, project.Id, Filer.UserId);
        Assert.Equal((90, D("2027-02-21")), (signed.EffectiveIntervalDays, signed.NextRevisitDueOn));
        Assert.Equal(D("2027-02-21"), (await SendAsync(Filer, new GetProjectQuery(project.Id))).NextRevisitDueOn);

        At(ChinaTime(D("2027-02-20"), 23, 59));
        Assert.Empty((await SendAsync(Filer, new ListServiceDueQuery())).Items);
        Assert.Equal(-1, Assert.Single((await SendAsync(Filer, new ListServiceDueQuery(WithinDays: 1))).Items).RevisitOverdueDays);

        At(ChinaTime(D("2027-02-21"), 0, 1));
        var due = Assert.Single((await SendAsync(Filer, new ListServiceDueQuery())).Items);
        Assert.Equal((project.Id, 0, Filer.UserId), (due.ProjectId, due.RevisitOverdueDays, due.ServiceOwnerId));
        Assert.False(string.IsNullOrEmpty(due.ServiceOwnerName));
        Assert.Single((await SendAsync(Filer, new ListServiceDueQuery(Mine: true))).Items);
        Assert.Empty((await SendAsync(Reviewer, new ListServiceDueQuery(Mine: true))).Items);

        At(ChinaTime(D("2027-03-01"), 10));
        Assert.Equal(8, Assert.Single((await SendAsync(Reviewer, new ListServiceDueQuery())).Items).RevisitOverdueDays);
        await RevisitAsync(Filer, project.Id, D("2027-02-28"));

        Assert.Empty((await SendAsync(Filer, new ListServiceDueQuery())).Items);
        var service = await SendAsync(Filer, new GetProjectServiceQuery(project.Id));
        Assert.Equal((D("2027-02-28"), D("2027-05-29"), false), (service.LastRevisitOn, service.NextRevisitDueOn, service.RevisitOverdue));
    }

    [Fact]
    public async Task A_projects_own_interval_overrides_the_stages_and_null_goes_back_to_it()
    {
        var id = await SignedProjectAsync("自定周期项目", ApprovedOn);

        var own = await AssignAsync(Reviewer, id, Filer.UserId, 30);
        Assert.Equal((30, 30, 90, D("2026-12-23")), (own.RevisitIntervalDays, own.EffectiveIntervalDays, own.StageDefaultDays, own.NextRevisitDueOn));

        var back = await AssignAsync(Reviewer, id, Filer.UserId, null);
        Assert.Equal((null, 90, D("2027-02-21")), (back.RevisitIntervalDays, back.EffectiveIntervalDays, back.NextRevisitDueOn));
    }

    [Fact]
    public async Task A_filer_chooses_only_its_own_units_filers_and_the_center_also_reviewers_and_admins()
    {
        var project = await ApprovedAsync("责任人项目");

        var candidates = (await SendAsync(Filer, new GetProjectServiceQuery(project.Id))).OwnerCandidates;
        Assert.Contains(candidates, c => c.Id == Filer.UserId);
        Assert.DoesNotContain(candidates, c => c.Id == Reviewer.UserId || c.Id == Filer2.UserId);
        Assert.Contains((await SendAsync(Reviewer, new GetProjectServiceQuery(project.Id))).OwnerCandidates, c => c.Id == Admin.UserId);

        foreach (var (caller, owner) in new[] { (Filer, Reviewer), (Filer, Filer2), (Reviewer, Filer2), (Reviewer, Leader) })
        {
            var refused = await Assert.ThrowsAsync<BadRequestException>(() => AssignAsync(caller, project.Id, owner.UserId));
            Assert.Equal(("service.owner-not-eligible", "serviceOwnerId"), (refused.Code, refused.Field));
        }

        Assert.Null((await SendAsync(Filer, new GetProjectQuery(project.Id))).ServiceOwnerId);
        Assert.Equal(Reviewer.UserId, (await AssignAsync(Reviewer, project.Id, Reviewer.UserId)).ServiceOwnerId);
        Assert.Equal(Filer.UserId, (await AssignAsync(Filer, project.Id, Filer.UserId)).ServiceOwnerId);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        var project = await ApprovedAsync("并发项目");
        var version = (await SendAsync(Filer, new GetProjectQuery(project.Id))).Version;
        await SendAsync(Filer, new AssignProjectServiceCommand(project.Id, version, Filer.UserId, null));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new AssignProjectServiceCommand(project.Id, version, Reviewer.UserId, null)));
    }

    [Fact]
    public async Task A_revisit_in_the_future_before_the_approval_or_on_a_project_that_stopped_is_refused_and_nothing_is_saved()
    {
        var project = await ApprovedAsync("回访规则项目");
        At(ChinaTime(D("2026-11-25"), 23, 30)); // 15:30 UTC: already the 25th in China

        Assert.Equal("revisit.in-future", (await Assert.ThrowsAsync<BadRequestException>(() => RevisitAsync(Filer, project.Id, D("2026-11-26")))).Code);
        Assert.Equal("revisit.before-approval", (await Assert.ThrowsAsync<BadRequestException>(() => RevisitAsync(Filer, project.Id, D("2026-11-22")))).Code);
        await RevisitAsync(Filer, project.Id, D("2026-11-25"));
        await RevisitAsync(Reviewer, project.Id, ApprovedOn);

        await RevokeAsync(Reviewer, await GetAsync(Reviewer, project.Id), "信息有误");
        Assert.Equal("project.not-active", (await Assert.ThrowsAsync<DomainRuleException>(() => RevisitAsync(Filer, project.Id, D("2026-11-25")))).Code);
        Assert.Equal("project.not-active", (await Assert.ThrowsAsync<DomainRuleException>(() => RaiseAsync(Filer, project.Id, D("2026-12-31")))).Code);

        var revisits = await SendAsync(Leader, new ListRevisitsQuery(project.Id));
        Assert.Equal([D("2026-11-25"), ApprovedOn], revisits.Select(r => r.VisitedOn));
        Assert.Equal(["filer", "reviewer"], revisits.Select(r => r.RecordedByName));
    }

    [Fact]
    public async Task A_problem_goes_open_in_progress_escalated_solved_with_a_note_per_change_a_webhook_event_and_stale_versions_refused()
    {
        await SendAsync(Admin, new CreateWebhookSubscriptionCommand("https://203.0.113.7/hook", [WebhookEventTypes.ProjectProblemEscalated]));
        var project = await ApprovedAsync("问题项目");
        Assert.Equal("problem.due-before-raised", (await Assert.ThrowsAsync<BadRequestException>(() => RaiseAsync(Filer, project.Id, D("2026-11-22")))).Code);
        var problem = await RaiseAsync(Filer, project.Id, D("2026-12-31"));
        Assert.Equal((ProblemStatus.Open, "filer"), (problem.Status, problem.RaisedByName));

        var working = await SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, problem.Id, problem.Version, ProblemStatus.InProgress, "已协调自然资源局。", null));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, problem.Id, problem.Version, ProblemStatus.Solved, "已解决。", null)));
        var escalated = await SendAsync(Filer, new ChangeProblemStatusCommand(project.Id, problem.Id, working.Version, ProblemStatus.Escalated, "需市级层面协调。", "王市长"));
        Assert.Equal(1, await Fixture.DbAsync(db => db.WebhookEvents.CountAsync(e => e.Type == WebhookEventTypes.ProjectProblemEscalated)));
        var solved = await SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, problem.Id, escalated.Version, ProblemStatus.Solved, "用地指标已落实。", null));
        var closed = await Assert.ThrowsAsync<DomainRuleException>(() =>
            SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, problem.Id, solved.Version, ProblemStatus.InProgress, "重新打开。", null)));
        Assert.Equal("problem.solved", closed.Code);

        var history = Assert.Single(await SendAsync(Filer, new ListProblemsQuery(project.Id))).Changes;
        Assert.Equal([ProblemStatus.Open, ProblemStatus.InProgress, ProblemStatus.Escalated, ProblemStatus.Solved], history.Select(c => c.ToStatus));
        Assert.Equal([null, "已协调自然资源局。", "需市级层面协调。", "用地指标已落实。"], history.Select(c => c.Note));
        Assert.Equal("王市长", history[2].EscalatedTo);
        Assert.Equal(["filer", "reviewer", "filer", "reviewer"], history.Select(c => c.ByName));
    }

    [Fact]
    public async Task Problems_past_their_due_date_are_on_the_due_list_and_open_ones_are_summed_by_department()
    {
        var project = await ApprovedAsync("难点项目");
        await RaiseAsync(Filer, project.Id, D("2026-11-30"));
        var other = await RaiseAsync(Filer, project.Id, D("2026-12-31"), "市发展和改革委员会");
        var solved = await RaiseAsync(Reviewer, project.Id, D("2026-11-24"), "市发展和改革委员会");
        await SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, solved.Id, solved.Version, ProblemStatus.Solved, "已解决。", null));
        await SendAsync(Reviewer, new ChangeProblemStatusCommand(project.Id, other.Id, other.Version, ProblemStatus.Escalated, "需协调。", "李副市长"));

        At(ChinaTime(D("2026-11-30"), 12));
        Assert.Empty((await SendAsync(Reviewer, new ListServiceDueQuery())).Items);
        At(ChinaTime(D("2026-12-01"), 9));
        var due = Assert.Single((await SendAsync(Reviewer, new ListServiceDueQuery())).Items);
        Assert.Equal((1, D("2026-11-30"), null), (due.OverdueProblems, due.EarliestProblemDueOn, due.NextRevisitDueOn));

        var summary = await SendAsync(Leader, new GetProblemSummaryQuery());
        Assert.Equal((2, 1), (summary.Total, summary.Overdue));
        Assert.Equal(
            [new DepartmentProblemsDto("市发展和改革委员会", 0, 0, 1, 0, 1), new DepartmentProblemsDto("市自然资源和规划局", 1, 0, 0, 1, 1)],
            summary.Departments);
        Assert.Equal(2, (await SendAsync(Filer, new GetProjectQuery(project.Id))).OpenProblems);
        Assert.Equal(["市发展和改革委员会", "市自然资源和规划局"], await SendAsync(Filer, new ListProblemDepartmentsQuery()));
        Assert.Equal(["市自然资源和规划局"], await SendAsync(Filer, new ListProblemDepartmentsQuery("自然")));
        Assert.Empty(await SendAsync(Filer2, new ListProblemDepartmentsQuery()));
        Assert.Equal(0, (await SendAsync(Filer2, new GetProblemSummaryQuery())).Total);
    }

    [Fact]
    public async Task Another_units_project_its_revisits_and_problems_are_not_found_and_its_due_lines_not_listed()
    {
        var id = await SignedProjectAsync("本单位服务项目", ApprovedOn);
        var problem = await RaiseAsync(Filer, id, D("2026-11-30"));
        At(ChinaTime(D("2027-03-01"), 10));

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new GetProjectServiceQuery(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new ListRevisitsQuery(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new ListProblemsQuery(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => RevisitAsync(Filer2, id, D("2027-03-01")));
        await Assert.ThrowsAsync<NotFoundException>(() => RaiseAsync(Filer2, id, D("2027-03-31")));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            SendAsync(Filer2, new ChangeProblemStatusCommand(id, problem.Id, problem.Version, ProblemStatus.InProgress, "越权。", null)));
        var version = (await SendAsync(Reviewer, new GetProjectQuery(id))).Version;
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new AssignProjectServiceCommand(id, version, Filer2.UserId, null)));
        Assert.Empty((await SendAsync(Filer2, new ListServiceDueQuery())).Items);
        Assert.Single((await SendAsync(Filer, new ListServiceDueQuery())).Items);
        Assert.Single((await SendAsync(Leader, new ListServiceDueQuery())).Items);
    }

    [Fact]
    public async Task The_owners_digest_counts_each_owners_revisits_due_and_problems_overdue_once_a_day()
    {
        var first = await SignedProjectAsync("服务项目一", ApprovedOn);
        await SignedProjectAsync("服务项目二", ApprovedOn.AddDays(1));
        var third = await SignedProjectAsync("服务项目三", ApprovedOn, Reviewer);
        await RaiseAsync(Filer, first, D("2026-12-31"));
        await RaiseAsync(Filer, third, D("2026-12-31"));
        await RaiseAsync(Filer, third, D("2027-06-30"));

        At(ChinaTime(D("2027-02-20"), 9));
        Assert.Equal(2, await SendAsync(Caller.System, new SendServiceDigestCommand())); // problems overdue only

        At(ChinaTime(D("2027-02-21"), 9));
        Assert.Equal(2, await SendAsync(Caller.System, new SendServiceDigestCommand()));
        Assert.Equal(0, await SendAsync(Caller.System, new SendServiceDigestCommand()));

        var digests = await Fixture.DbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ServiceDigest && n.DedupKey == "ServiceDigest:2027-02-21").ToListAsync());
        var filers = Assert.Single(digests, n => n.RecipientId == Filer.UserId).Parameters;
        var reviewers = Assert.Single(digests, n => n.RecipientId == Reviewer.UserId).Parameters;
        Assert.Equal((1, 1), (filers.RevisitsDue, filers.ProblemsOverdue));
        Assert.Equal((1, 1), (reviewers.RevisitsDue, reviewers.ProblemsOverdue));
    }

    [Fact]
    public async Task Nobody_gets_a_digest_when_nothing_is_due()
    {
        await SignedProjectAsync("未到期项目", ApprovedOn);

        Assert.Equal(0, await SendAsync(Caller.System, new SendServiceDigestCommand()));
    }

    [Fact]
    public async Task The_timeline_has_the_revisits_and_the_problems()
    {
        var project = await ApprovedAsync("时间线项目");
        var revisit = await RevisitAsync(Filer, project.Id, ApprovedOn);
        var problem = await RaiseAsync(Filer, project.Id, D("2026-12-31"));

        await using var scope = Fixture.Services.CreateAsyncScope();
        var lines = new List<ProjectTimelineEntryDto>();
        foreach (var source in scope.ServiceProvider.GetServices<IProjectTimelineSource>())
        {
            lines.AddRange(await source.ReadAsync(project.Id, CancellationToken.None));
        }

        Assert.Contains(lines, l => l is { Kind: "revisit", ActorName: "filer" } && l.SubjectId == revisit.Id && l.On == ApprovedOn);
        Assert.Contains(lines, l => l is { Kind: "problem", Status: "Open", Title: "市自然资源和规划局" } && l.SubjectId == problem.Id);
    }
}
