using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Projects.Queries.GetProject;
using InvestPromo.Application.Projects.Queries.GetProjectTimeline;
using InvestPromo.Application.Projects.Queries.VerificationQueue;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// The reviewers' verification queue (issue 13 §5): open tasks, soonest deadline first, overdue and due today marked at any instant
/// (3 working days, like a filing's review), filtered, scoped; the project's open count and its timeline's own lines. The tasks are
/// opened and closed as the reporting and deciding commands do it (<see cref="VerificationTasks"/>).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class VerificationQueueTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private async Task<Guid> OpenAsync(Guid projectId, VerificationSubject subject, string summary, Guid? subjectId = null)
    {
        var id = subjectId ?? Guid.CreateVersion7();
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var project = await db.TrackedProjects.SingleAsync(p => p.Id == projectId);
        await db.OpenVerificationAsync(scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>(), project, subject, id, summary, Fixture.Clock.GetUtcNow(), default);
        await db.SaveChangesAsync();
        return id;
    }

    private async Task CloseAsync(VerificationSubject subject, Guid subjectId)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.CloseVerificationAsync(subject, subjectId, Fixture.User("reviewer").UserId, Fixture.Clock.GetUtcNow(), default);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Monday 30 November 10:00: Alpha's (武陵) signing reported (due Thursday), and Delta's (武陵) funds report, decided at once.
    /// Tuesday 10:00: Charlie's (鼎城) funds report; 10:01 Bravo's (武陵) investment report (both due Friday).
    /// </summary>
    private async Task<(Guid Alpha, Guid Bravo, Guid Charlie)> ArrangeAsync()
    {
        var alpha = (await ApprovedAsync("Alpha")).Id;
        var bravo = (await ApprovedAsync("Bravo")).Id;
        var delta = (await ApprovedAsync("Delta")).Id;
        var charlie = (await ApproveAsync(Reviewer, await SubmitAsync(Filer2, await CreateAsync(Filer2, "Charlie")))).Id;

        At(ChinaTime(Monday, 10));
        await OpenAsync(alpha, VerificationSubject.Milestone, "签约 2026-11-27，协议投资额 12亿元");
        var decided = await OpenAsync(delta, VerificationSubject.FundsReport, "2026年10月到位资金");
        await CloseAsync(VerificationSubject.FundsReport, decided);
        At(ChinaTime(Monday.AddDays(1), 10));
        await OpenAsync(charlie, VerificationSubject.FundsReport, "2026年10月到位资金 3000万元");
        At(ChinaTime(Monday.AddDays(1), 10, 1));
        await OpenAsync(bravo, VerificationSubject.InvestmentReport, "2026年10月固定资产投资 500万元");
        return (alpha, bravo, charlie);
    }

    [Fact]
    public async Task The_queue_lists_open_tasks_soonest_deadline_first_with_names_and_due_dates()
    {
        await ArrangeAsync();
        At(ChinaTime(Monday.AddDays(2), 9));

        var queue = await SendAsync(Reviewer, new VerificationQueueQuery());

        Assert.Equal(["Alpha", "Charlie", "Bravo"], queue.Items.Select(i => i.ProjectName));
        Assert.Equal(3, queue.TotalCount);
        Assert.Equal([Monday.AddDays(3), Monday.AddDays(4), Monday.AddDays(4)], queue.Items.Select(i => i.DueOn));
        Assert.Equal(["武陵区", "鼎城区", "武陵区"], queue.Items.Select(i => i.UnitName));
        Assert.Equal([VerificationSubject.Milestone, VerificationSubject.FundsReport, VerificationSubject.InvestmentReport], queue.Items.Select(i => i.Subject));
        Assert.All(queue.Items, i => Assert.False(i.IsOverdue || i.IsDueToday));

        var second = await SendAsync(Reviewer, new VerificationQueueQuery(Page: 2, PageSize: 2));
        Assert.Equal(["Bravo"], second.Items.Select(i => i.ProjectName));
    }

    [Theory]
    [InlineData(3, 10, 0, "", "Alpha")] // Thursday 10:00: Alpha due today
    [InlineData(3, 23, 59, "", "Alpha")] // the last minute of its last day
    [InlineData(4, 0, 0, "Alpha", "Charlie,Bravo")] // Friday 00:00 China: Alpha overdue, the others due today
    [InlineData(7, 9, 0, "Alpha,Charlie,Bravo", "")] // next Monday: all overdue
    public async Task Overdue_and_due_today_are_judged_at_the_instant_of_the_query_in_China_time(int dayOffset, int hour, int minute, string overdue, string dueToday)
    {
        await ArrangeAsync();
        At(ChinaTime(Monday.AddDays(dayOffset), hour, minute));

        var queue = await SendAsync(Reviewer, new VerificationQueueQuery());

        Assert.Equal(Names(overdue), queue.Items.Where(i => i.IsOverdue).Select(i => i.ProjectName));
        Assert.Equal(Names(dueToday), queue.Items.Where(i => i.IsDueToday).Select(i => i.ProjectName));
        Assert.Equal(Names(overdue), (await SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(Overdue: true) })).Items.Select(i => i.ProjectName));
        Assert.Equal(3 - Names(overdue).Length, (await SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(Overdue: false) })).TotalCount);
    }

    private static string[] Names(string list) => list.Length == 0 ? [] : list.Split(',');

    [Fact]
    public async Task Filters_by_subject_and_unit_combine()
    {
        await ArrangeAsync();

        Assert.Equal(["Alpha"], (await SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(Subject: VerificationSubject.Milestone) })).Items.Select(i => i.ProjectName));
        Assert.Equal(["Charlie"], (await SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(UnitId: Fixture.UnitId("430703")) })).Items.Select(i => i.ProjectName));
        Assert.Equal(["Bravo"], (await SendAsync(Leader, new VerificationQueueQuery { Filter = new(VerificationSubject.InvestmentReport, Fixture.UnitId("430702")) })).Items.Select(i => i.ProjectName));
        Assert.Empty((await SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(VerificationSubject.FundsReport, Fixture.UnitId("430702")) })).Items);
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new VerificationQueueQuery { Filter = new(Subject: (VerificationSubject)99) }));
    }

    [Fact]
    public async Task A_filer_asking_directly_sees_only_its_own_units_tasks()
    {
        await ArrangeAsync();

        Assert.Equal(["Alpha", "Bravo"], (await SendAsync(Filer, new VerificationQueueQuery())).Items.Select(i => i.ProjectName));
        Assert.Equal(["Charlie"], (await SendAsync(Filer2, new VerificationQueueQuery())).Items.Select(i => i.ProjectName));
        Assert.Empty((await SendAsync(Filer2, new VerificationQueueQuery { Filter = new(UnitId: Fixture.UnitId("430702")) })).Items);
    }

    [Fact]
    public async Task Reported_again_the_task_is_replaced_with_a_new_deadline_and_the_project_counts_its_open_tasks()
    {
        var (alpha, _, _) = await ArrangeAsync();
        var milestone = (await SendAsync(Reviewer, new VerificationQueueQuery())).Items.Single(i => i.ProjectId == alpha).SubjectId;
        Assert.Equal(1, (await SendAsync(Filer, new GetProjectQuery(alpha))).OpenVerifications);

        At(ChinaTime(Monday.AddDays(7), 10));
        await OpenAsync(alpha, VerificationSubject.FundsReport, "2026年11月到位资金");
        await OpenAsync(alpha, VerificationSubject.Milestone, "签约 2026-11-27，协议投资额 13亿元", milestone);

        var queue = await SendAsync(Reviewer, new VerificationQueueQuery());
        var again = Assert.Single(queue.Items, i => i.SubjectId == milestone);
        Assert.Equal((Monday.AddDays(10), false, "签约 2026-11-27，协议投资额 13亿元"), (again.DueOn, again.IsOverdue, again.Summary));
        Assert.Equal(2, (await SendAsync(Filer, new GetProjectQuery(alpha))).OpenVerifications);

        await CloseAsync(VerificationSubject.Milestone, milestone);
        Assert.Equal(1, (await SendAsync(Filer, new GetProjectQuery(alpha))).OpenVerifications);
        Assert.DoesNotContain((await SendAsync(Reviewer, new VerificationQueueQuery())).Items, i => i.SubjectId == milestone);
    }

    [Fact]
    public async Task The_timeline_starts_with_the_approval_and_is_not_found_for_another_unit()
    {
        var approved = await ApprovedAsync("时间线项目");

        var timeline = await SendAsync(Filer, new GetProjectTimelineQuery(approved.Id));

        var line = Assert.Single(timeline, l => l.Kind == GetProjectTimelineHandler.ProjectKind);
        Assert.Equal(("Approved", approved.Id), (line.Status, line.SubjectId));
        Assert.Equal(DateOnly.FromDateTime(approved.DecidedAt!.Value.ToOffset(China).DateTime), line.On);
        Assert.Equal(timeline.OrderByDescending(l => l.On).ThenByDescending(l => l.At).Select(l => l.SubjectId), timeline.Select(l => l.SubjectId));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new GetProjectTimelineQuery(approved.Id)));
    }
}
