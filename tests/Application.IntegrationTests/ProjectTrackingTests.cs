using InvestPromo.Application.Changes.Queries.ListChanges;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Objections.Commands.LodgeObjection;
using InvestPromo.Application.Objections.Commands.UpholdObjection;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Queries.ListProjects;
using InvestPromo.Application.Publications.Commands.PublishDueWeeks;
using InvestPromo.Domain.Changes;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Publications;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>A filing whose approval stands is a tracked project (its id the filing's), scoped like filings, in the change feed.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class ProjectTrackingTests(AppFixture fixture) : AppTest(fixture)
{
    [Fact]
    public async Task Approving_a_filing_starts_tracking_it_with_its_id_its_fields_and_its_filed_stage_as_the_current_one()
    {
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip, "跟踪项目") with { Stage = ProjectStage.Negotiating }));
        Assert.Empty((await SendAsync(Reviewer, new ListProjectsQuery())).Items);

        var approved = await ApproveAsync(Reviewer, submitted);

        var project = await SendAsync(Filer, new GetProjectQuery(approved.Id));
        Assert.Equal(approved.Id, project.Id);
        Assert.Equal(("跟踪项目", approved.UnitId, Equip), (project.ProjectName, project.UnitId, project.IndustryChainId));
        Assert.Equal((ProjectStage.Negotiating, ProjectStage.Negotiating), (project.FiledStage, project.Stage));
        Assert.Equal(TrackedProjectStatus.Active, project.Status);
        Assert.Equal(approved.PlannedTotalInvestment, project.PlannedTotalInvestment);
        Assert.Equal(DateOnly.FromDateTime(approved.DecidedAt!.Value.ToOffset(China).DateTime), project.ApprovedOn);
        Assert.Null(project.SignedOn);
        Assert.False(string.IsNullOrEmpty(project.UnitName));
    }

    [Fact]
    public async Task Drafts_submissions_and_returned_filings_are_not_tracked()
    {
        var draft = await CreateAsync(Filer, "草稿项目");
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, "审核中项目"));
        var returned = await ReturnAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, "退回项目")), "材料不全");

        Assert.Empty((await SendAsync(Admin, new ListProjectsQuery())).Items);
        foreach (var id in new[] { draft.Id, submitted.Id, returned.Id })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Reviewer, new GetProjectQuery(id)));
        }
    }

    [Fact]
    public async Task A_revoked_approval_keeps_the_project_but_ends_it()
    {
        var approved = await ApprovedAsync("撤销后的项目");
        await RevokeAsync(Reviewer, approved, "信息有误");

        var project = await SendAsync(Reviewer, new GetProjectQuery(approved.Id));
        Assert.Equal(TrackedProjectStatus.ApprovalEnded, project.Status);
        Assert.Single((await SendAsync(Reviewer, new ListProjectsQuery(Status: TrackedProjectStatus.ApprovalEnded))).Items);
        Assert.Empty((await SendAsync(Reviewer, new ListProjectsQuery(Status: TrackedProjectStatus.Active))).Items);
    }

    [Fact]
    public async Task An_upheld_objection_that_returns_the_filing_ends_the_project_and_the_next_approval_brings_the_same_one_back()
    {
        var lastWeek = PublicationWeek.Containing(AppFixture.Start).AddDays(-7);
        var approved = await ApprovedAtAsync("异议项目", ChinaTime(lastWeek.AddDays(1), 10));
        At(AppFixture.Start);
        await SendAsync(Caller.System, new PublishDueWeeksCommand());
        var publication = await Fixture.DbAsync(db => db.Publications.Include(p => p.Entries).SingleAsync());
        await SendAsync(Caller.System, new LodgeObjectionCommand(publication.Id, publication.Entries.Single().Id, "张三", "13800138000", "投资方信息与实际不符。", "203.0.113.9"));
        var objection = await Fixture.DbAsync(db => db.Objections.SingleAsync());
        await SendAsync(Reviewer, new UpholdObjectionCommand(objection.Id, objection.Version, ObjectionRemedy.Return, "请更正投资方"));
        Assert.Equal(TrackedProjectStatus.ApprovalEnded, (await SendAsync(Reviewer, new GetProjectQuery(approved.Id))).Status);

        var returned = await GetAsync(Filer, approved.Id);
        var corrected = await UpdateAsync(Filer, returned, Draft.Complete(Equip, "异议项目（更正）"));
        await ApproveAsync(Reviewer, await SubmitAsync(Filer, corrected));

        var project = await SendAsync(Reviewer, new GetProjectQuery(approved.Id));
        Assert.Equal((TrackedProjectStatus.Active, "异议项目（更正）"), (project.Status, project.ProjectName));
        Assert.Single((await SendAsync(Reviewer, new ListProjectsQuery())).Items);
    }

    [Fact]
    public async Task A_filer_sees_only_its_own_units_projects_and_another_units_is_not_found()
    {
        var ours = await ApprovedAsync("本单位项目");
        var theirs = await ApproveAsync(Reviewer, await SubmitAsync(Filer2, await CreateAsync(Filer2, "他单位项目")));

        Assert.Equal([ours.Id], (await SendAsync(Filer, new ListProjectsQuery())).Items.Select(p => p.Id));
        Assert.Equal([theirs.Id], (await SendAsync(Filer2, new ListProjectsQuery())).Items.Select(p => p.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new GetProjectQuery(theirs.Id)));
        Assert.Equal(2, (await SendAsync(Leader, new ListProjectsQuery())).TotalCount);
        Assert.Equal([theirs.Id], (await SendAsync(Leader, new ListProjectsQuery(UnitId: theirs.UnitId))).Items.Select(p => p.Id));
        Assert.Equal([ours.Id], (await SendAsync(Leader, new ListProjectsQuery(Search: "本单位"))).Items.Select(p => p.Id));
    }

    [Fact]
    public async Task The_change_feed_has_a_project_entry_when_tracking_starts_and_when_its_approval_ends()
    {
        var approved = await ApprovedAsync("变更流跟踪项目");
        await RevokeAsync(Reviewer, approved, "信息有误");

        var page = await SendAsync(Reviewer, new ListChangesQuery("0", ListChangesQuery.MaxLimit));
        var projectEntries = page.Entries.Where(e => e.Resource == "project").ToList();
        Assert.Equal([(ChangeKind.Created, "Active"), (ChangeKind.Revoked, "ApprovalEnded")], projectEntries.Select(e => (e.Kind, e.Status)));
        Assert.All(projectEntries, e => Assert.Equal(approved.Id, e.Id));
    }
}
