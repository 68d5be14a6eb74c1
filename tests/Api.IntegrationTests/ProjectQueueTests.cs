using System.Net;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// GET /api/projects/verification-queue (+ /export) and /api/projects/{id}/timeline over HTTP: the spreadsheet, who may read the
/// queue, bad filters, 404 across units. The tasks are opened as the reporting commands open them (<see cref="VerificationTasks"/>).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectQueueTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<Guid> ProjectAsync(HttpClient filer, HttpClient reviewer, string name)
    {
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name));
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        await FilingsTests.PostAsync(reviewer, filing, "approve");
        return filing.GetProperty("id").GetGuid();
    }

    private async Task OpenAsync(Guid projectId, VerificationSubject subject, string summary)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var project = await db.TrackedProjects.SingleAsync(p => p.Id == projectId);
        await db.OpenVerificationAsync(scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>(), project, subject, Guid.CreateVersion7(), summary, Fixture.Clock.GetUtcNow(), default);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_export_holds_every_open_task_of_the_filter_under_Chinese_headers_and_filers_get_403()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var ours = await ProjectAsync(filer, reviewer, "核实导出项目");
        var theirs = await ProjectAsync(filer2, reviewer, "核实导出他单位");
        await OpenAsync(ours, VerificationSubject.Milestone, "签约 2026-11-20，协议投资额 12亿元");
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await OpenAsync(theirs, VerificationSubject.FundsReport, "2026年10月到位资金 3000万元");
        Fixture.Clock.Advance(TimeSpan.FromDays(7)); // both overdue now (and the sessions idle: signed in again)
        filer = await LoginAsync(DemoLogin.Filer);
        reviewer = await LoginAsync(DemoLogin.Reviewer);

        var response = await reviewer.GetAsync("/api/projects/verification-queue/export");
        var sheet = await ExcelTests.SheetAsync(response);
        Assert.StartsWith("核实队列_", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(["所属单位", "项目名称", "核实事项", "内容", "提交时间", "核实截止日", "是否逾期", "今日到期"], sheet[0].AsEnumerable());
        Assert.Equal(["核实导出项目", "核实导出他单位"], sheet.Skip(1).Select(r => r[1]));
        Assert.Equal(["武陵区", "项目节点", "签约 2026-11-20，协议投资额 12亿元"], sheet[1].Where((_, i) => i is 0 or 2 or 3));
        Assert.Equal("是", sheet[1][6]);

        var funds = await ExcelTests.SheetAsync(await reviewer.GetAsync("/api/projects/verification-queue/export?subject=FundsReport"));
        Assert.Equal(["核实导出他单位"], funds.Skip(1).Select(r => r[1]));

        foreach (var path in new[] { "/api/projects/verification-queue", "/api/projects/verification-queue/export" })
        {
            await (await filer.GetAsync(path)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }
    }

    [Fact]
    public async Task The_queue_answers_a_page_with_names_and_flags_and_refuses_an_unknown_subject()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ProjectAsync(filer, reviewer, "核实分页项目");
        await OpenAsync(id, VerificationSubject.InvestmentReport, "2026年10月固定资产投资 500万元");

        var page = await (await reviewer.GetAsync("/api/projects/verification-queue?pageSize=10")).AssertOkJsonAsync();
        var row = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(("核实分页项目", "武陵区", "InvestmentReport"), (row.GetProperty("projectName").GetString(), row.GetProperty("unitName").GetString(), row.GetProperty("subject").GetString()));
        Assert.False(row.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(id, row.GetProperty("projectId").GetGuid());
        Assert.Equal(1, (await (await filer.GetAsync($"/api/projects/{id}")).AssertOkJsonAsync()).GetProperty("openVerifications").GetInt32());

        await (await reviewer.GetAsync("/api/projects/verification-queue?subject=Nonsense")).AssertValidationProblemAsync("subject");
        await (await reviewer.GetAsync("/api/projects/verification-queue?overdue=maybe")).AssertValidationProblemAsync("overdue");
    }

    [Fact]
    public async Task The_timeline_has_the_approval_line_and_another_units_filer_gets_404()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var id = await ProjectAsync(filer, reviewer, "时间线项目");

        var timeline = await (await filer.GetAsync($"/api/projects/{id}/timeline")).AssertOkJsonAsync();
        var line = Assert.Single(timeline.EnumerateArray(), l => l.GetProperty("kind").GetString() == "project");
        Assert.Equal("Approved", line.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, line.GetProperty("on").ValueKind);

        await (await filer2.GetAsync($"/api/projects/{id}/timeline")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.GetAsync($"/api/projects/{Guid.NewGuid()}/timeline")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}
