using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Notifications.Commands.SendReviewDigest;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class NotificationsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private const string Password = "Notify#2026-Pass";

    /// <summary>Creates a user as admin; inactive users are switched off after creation.</summary>
    private static async Task<Guid> CreateUserAsync(HttpClient admin, string userName, string role, Guid? unitId, bool active = true)
    {
        var created = await (await admin.PostAsJsonAsync("/api/users", new { userName, displayName = userName, password = Password, role, unitId }))
            .AssertOkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        if (!active)
        {
            await (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = userName, role, unitId, isActive = false, version = created.GetProperty("version").GetInt32() }))
                .AssertOkJsonAsync();
        }

        return id;
    }

    private static async Task<JsonElement[]> MineAsync(HttpClient client, string query = "")
    {
        var page = await (await client.GetAsync("/api/notifications" + query)).AssertOkJsonAsync();
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/notifications/unread-count")).AssertOkJsonAsync()).GetProperty("count").GetInt32();

    private static async Task<JsonElement> SubmittedFilingAsync(HttpClient filer, string name = "通知测试项目") =>
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name)), "submit");

    [Fact]
    public async Task Returning_a_filing_notifies_every_active_filer_of_its_unit_with_the_reasons_and_nobody_else()
    {
        var admin = await AdminAsync();
        var wuling = await UnitIdAsync(admin, "430702");
        await CreateUserAsync(admin, "wuling2", "Filer", wuling);
        await CreateUserAsync(admin, "wuling-off", "Filer", wuling, active: false);
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await SubmittedFilingAsync(filer);

        await FilingsTests.PostAsync(reviewer, filing, "return", new { reasons = "请补充投资协议" });

        foreach (var client in new[] { filer, await Fixture.LoginAsync("wuling2", Password) })
        {
            var n = Assert.Single(await MineAsync(client));
            Assert.Equal("FilingReturned", n.GetProperty("kind").GetString());
            Assert.Equal(filing.GetProperty("id").GetGuid(), n.GetProperty("filingId").GetGuid());
            Assert.Equal("通知测试项目", n.GetProperty("projectName").GetString());
            Assert.Equal("请补充投资协议", n.GetProperty("reason").GetString());
            Assert.Equal(JsonValueKind.Null, n.GetProperty("readAt").ValueKind);
            Assert.Equal(1, await UnreadAsync(client));
        }

        Assert.Empty(await MineAsync(await LoginAsync(DemoLogin.Filer2))); // 鼎城区's filer
        Assert.Empty(await MineAsync(reviewer));
        Assert.Empty(await MineAsync(admin));
        // The inactive filer got none: activate and look.
        var off = await UserByNameAsync(admin, "wuling-off");
        await (await admin.PutAsJsonAsync($"/api/users/{off.GetProperty("id").GetGuid()}", new { displayName = "wuling-off", role = "Filer", unitId = wuling, isActive = true, version = off.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
        Assert.Empty(await MineAsync(await Fixture.LoginAsync("wuling-off", Password)));
    }

    [Fact]
    public async Task Approving_and_revoking_notify_the_units_filers_and_not_another_units()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await SubmittedFilingAsync(filer2, "鼎城项目");

        filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await FilingsTests.PostAsync(reviewer, filing, "revoke", new { reason = "重复备案" });

        var mine = await MineAsync(filer2);
        Assert.Equal(["FilingRevoked", "FilingApproved"], mine.Select(n => n.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal("重复备案", mine[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, mine[1].GetProperty("reason").ValueKind);
        Assert.All(mine, n => Assert.Equal("鼎城项目", n.GetProperty("projectName").GetString()));
        Assert.Empty(await MineAsync(filer));
    }

    [Fact]
    public async Task A_refused_decision_notifies_nobody()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await SubmittedFilingAsync(filer);

        var stale = await reviewer.PostAsJsonAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/approve", new { version = filing.GetProperty("version").GetInt32() + 5 });
        var noReason = await reviewer.PostAsJsonAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/return", new { version = filing.GetProperty("version").GetInt32(), reasons = " " });

        await stale.AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Empty(await MineAsync(filer));
    }

    [Fact]
    public async Task Users_read_one_or_all_of_their_own_and_another_users_is_not_found()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var first = await SubmittedFilingAsync(filer, "第一");
        var second = await SubmittedFilingAsync(filer, "第二");
        await FilingsTests.PostAsync(reviewer, first, "approve");
        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await FilingsTests.PostAsync(reviewer, second, "return", new { reasons = "补充" });
        var mine = await MineAsync(filer);
        var older = mine.Single(n => n.GetProperty("projectName").GetString() == "第一").GetProperty("id").GetGuid();

        await (await reviewer.PostAsync($"/api/notifications/{older}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await filer.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, await UnreadAsync(filer));

        await (await filer.PostAsync($"/api/notifications/{older}/read", null)).AssertStatusAsync(HttpStatusCode.NoContent);
        await (await filer.PostAsync($"/api/notifications/{older}/read", null)).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(1, await UnreadAsync(filer));
        var unreadFirst = await MineAsync(filer, "?order=UnreadFirst");
        Assert.Equal(["第二", "第一"], unreadFirst.Select(n => n.GetProperty("projectName").GetString()!).ToArray());
        Assert.Equal("第二", Assert.Single(await MineAsync(filer, "?unreadOnly=true")).GetProperty("projectName").GetString());
        Assert.NotEqual(JsonValueKind.Null, (await MineAsync(filer)).Single(n => n.GetProperty("id").GetGuid() == older).GetProperty("readAt").ValueKind);

        var all = await (await filer.PostAsync("/api/notifications/read-all", null)).AssertOkJsonAsync();
        Assert.Equal(1, all.GetProperty("count").GetInt32());
        Assert.Equal(0, await UnreadAsync(filer));
        Assert.Empty(await MineAsync(filer, "?unreadOnly=true"));
        Assert.Equal(2, (await MineAsync(filer)).Length);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=1000")]
    [InlineData("?order=Oldest")]
    [InlineData("?unreadOnly=maybe")]
    public async Task Bad_paging_or_filters_are_400s(string query)
    {
        var response = await (await LoginAsync(DemoLogin.Filer)).GetAsync("/api/notifications" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Moves the shared clock forward to the next given weekday at this China time.</summary>
    private void AdvanceTo(DayOfWeek day, int chinaHour)
    {
        var now = Fixture.Clock.GetUtcNow().ToOffset(China);
        var target = new DateTimeOffset(now.Date, China).AddDays(1).AddHours(chinaHour);
        while (target.DayOfWeek != day)
        {
            target = target.AddDays(1);
        }

        Fixture.Clock.Advance(target - now);
    }

    private async Task<int> DigestAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendReviewDigestCommand());
    }

    [Fact]
    public async Task The_digest_goes_to_each_active_reviewer_once_a_day_and_only_when_something_is_due_or_overdue()
    {
        var admin = await AdminAsync();
        await CreateUserAsync(admin, "reviewer2", "Reviewer", null);
        await CreateUserAsync(admin, "reviewer-off", "Reviewer", null, active: false);
        AdvanceTo(DayOfWeek.Monday, 10);

        Assert.Equal(0, await DigestAsync()); // nothing under review

        var filer = await LoginAsync(DemoLogin.Filer);
        await SubmittedFilingAsync(filer, "周一提交"); // due Thursday
        Assert.Equal(0, await DigestAsync()); // under review, but neither due today nor overdue

        AdvanceTo(DayOfWeek.Thursday, 9);
        filer = await LoginAsync(DemoLogin.Filer);
        Assert.Equal(2, await DigestAsync());
        Assert.Equal(0, await DigestAsync()); // the same China day: no second digest

        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var digest = Assert.Single(await MineAsync(reviewer));
        Assert.Equal("ReviewDigest", digest.GetProperty("kind").GetString());
        Assert.Equal(1, digest.GetProperty("dueToday").GetInt32());
        Assert.Equal(0, digest.GetProperty("overdue").GetInt32());
        var listed = Assert.Single(digest.GetProperty("filings").EnumerateArray());
        Assert.Equal("周一提交", listed.GetProperty("projectName").GetString());
        Assert.False(listed.GetProperty("overdue").GetBoolean());
        Assert.Single(await MineAsync(await Fixture.LoginAsync("reviewer2", Password)));
        Assert.Empty(await MineAsync(filer));
        Assert.Empty(await MineAsync(await AdminAsync()));

        AdvanceTo(DayOfWeek.Friday, 9); // a new China day: overdue now
        Assert.Equal(2, await DigestAsync());
        reviewer = await LoginAsync(DemoLogin.Reviewer);
        var friday = (await MineAsync(reviewer))[0];
        Assert.Equal(0, friday.GetProperty("dueToday").GetInt32());
        Assert.Equal(1, friday.GetProperty("overdue").GetInt32());
        Assert.True(friday.GetProperty("filings")[0].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task The_database_refuses_a_second_digest_for_the_same_reviewer_and_China_day()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var reviewer = await db.Users.Where(u => u.UserName == DemoLogin.Reviewer.UserName).Select(u => u.Id).SingleAsync();
        var date = new DateOnly(2026, 12, 1);
        DigestFiling[] listed = [new(Guid.NewGuid(), "项目", date, false)];
        db.Notifications.Add(Notification.ReviewDigest(reviewer, date, 1, 0, listed, Fixture.Clock.GetUtcNow()));
        db.Notifications.Add(Notification.ForDecision(reviewer, new FilingDecided(Guid.NewGuid(), Guid.NewGuid(), "x", FilingAction.Approved, null), Fixture.Clock.GetUtcNow()));
        db.Notifications.Add(Notification.ForDecision(reviewer, new FilingDecided(Guid.NewGuid(), Guid.NewGuid(), "y", FilingAction.Approved, null), Fixture.Clock.GetUtcNow()));
        await db.SaveChangesAsync(); // notifications without a key are not limited

        db.Notifications.Add(Notification.ReviewDigest(reviewer, date, 2, 0, listed, Fixture.Clock.GetUtcNow()));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void The_digest_job_is_registered_daily_at_nine_in_China_time()
    {
        var storage = Fixture.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.ReviewDigest);

        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal("0 9 * * *", job.Cron);
        Assert.Equal(typeof(ReviewDigestJob), job.Job.Type);
    }

    [Fact]
    public async Task Running_the_registered_recurring_job_sends_the_digest_and_running_it_again_sends_none()
    {
        AdvanceTo(DayOfWeek.Monday, 10);
        await SubmittedFilingAsync(await LoginAsync(DemoLogin.Filer)); // due Thursday
        AdvanceTo(DayOfWeek.Friday, 9); // overdue

        var first = await Fixture.RunRecurringJobAsync(RecurringJobs.ReviewDigest);
        var second = await Fixture.RunRecurringJobAsync(RecurringJobs.ReviewDigest);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var digest = Assert.Single(await MineAsync(await LoginAsync(DemoLogin.Reviewer)));
        Assert.Equal(1, digest.GetProperty("overdue").GetInt32());
    }
}
