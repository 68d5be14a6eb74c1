using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Publications;
using InvestPromo.Infrastructure.Jobs;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// 每周公示. The fixture's clock only moves forward and sessions last 8 hours, so instead of travelling weeks ahead these
/// tests approve filings now and move their approval instants back into completed weeks (DecidedAt is the approval time).
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class PublicationsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private DateOnly CurrentMonday => PublicationWeek.Containing(Fixture.Clock.GetUtcNow());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(DateOnly date, int hour, int minute = 0) => new(date.ToDateTime(new TimeOnly(hour, minute)), China);

    /// <summary>A filing of the filer's unit, submitted and approved, its approval moved back to <paramref name="approvedAt"/>.</summary>
    private async Task<Guid> ApprovedAsync(string name, DateTimeOffset approvedAt, string contactName = "王联系", string contactPhone = "0736-7654321")
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), name);
        body["contactName"] = contactName;
        body["contactPhone"] = contactPhone;
        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, body), "submit");
        filing = await FilingsTests.PostAsync(reviewer, filing, "approve");
        var id = filing.GetProperty("id").GetGuid();
        await BackdateApprovalAsync(Fixture, id, approvedAt);
        return id;
    }

    internal static async Task BackdateApprovalAsync(ApiFixture fixture, Guid filingId, DateTimeOffset approvedAt)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var utc = approvedAt.ToUniversalTime();
        await db.Filings.Where(f => f.Id == filingId).ExecuteUpdateAsync(s => s.SetProperty(f => f.DecidedAt, utc));
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, DateOnly weekStart) =>
        await client.PostAsJsonAsync("/api/publications", new { weekStart = Iso(weekStart) });

    private static string[] Names(JsonElement publication) =>
        [.. publication.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("projectName").GetString()!)];

    [Fact]
    public async Task Manual_publishing_needs_a_Monday_a_completed_week_and_some_approvals()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var tuesday = await PublishAsync(reviewer, CurrentMonday.AddDays(-6));
        var running = await PublishAsync(reviewer, CurrentMonday);
        var empty = await PublishAsync(reviewer, CurrentMonday.AddDays(-7));
        var notADate = await reviewer.PostRawJsonAsync("/api/publications", """{"weekStart":"next monday"}""");
        // Mondays at DateOnly's ends: 0001-01-01 00:00 China time is before year 1 in UTC, and 9999-12-27's week ends past 9999.
        var firstMonday = await PublishAsync(reviewer, DateOnly.MinValue);
        var lastMonday = await PublishAsync(reviewer, new DateOnly(9999, 12, 27));

        await tuesday.AssertValidationProblemAsync("weekStart");
        await firstMonday.AssertValidationProblemAsync("weekStart");
        await lastMonday.AssertValidationProblemAsync("weekStart");
        await running.AssertProblemAsync(HttpStatusCode.Conflict, "publication.week-not-completed");
        await empty.AssertProblemAsync(HttpStatusCode.Conflict, "publication.week-empty");
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        var list = await (await reviewer.GetAsync("/api/publications")).AssertOkJsonAsync();
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_weekly_job_is_registered_on_Mondays_at_nine_in_China_time()
    {
        var storage = Fixture.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.WeeklyPublication);

        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal("0 9 * * 1", job.Cron);
        Assert.Equal(typeof(WeeklyPublicationJob), job.Job.Type);
    }

    /// <summary>The job as Hangfire stored it sends the catch-up command (its rules: Application.IntegrationTests' PublicationTests).</summary>
    [Fact]
    public async Task The_weekly_job_publishes_last_weeks_approvals_once()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAsync("上周项目", At(week.AddDays(2), 10));

        var first = await Fixture.RunRecurringJobAsync(RecurringJobs.WeeklyPublication);
        var second = await Fixture.RunRecurringJobAsync(RecurringJobs.WeeklyPublication);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var list = await (await (await LoginAsync(DemoLogin.Reviewer)).GetAsync("/api/publications")).AssertOkJsonAsync();
        Assert.Equal(Iso(week), Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("weekStart").GetString());
    }

    [Fact]
    public async Task Anyone_reads_publications_without_contact_data_and_caches_may_keep_them_a_minute()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAsync("公开项目甲", At(week.AddDays(1), 10), contactName: "秘密联系人", contactPhone: "13987654321");
        await ApprovedAsync("公开项目乙", At(week.AddDays(2), 10), contactName: "另一联系人", contactPhone: "0736-1112223");
        var published = await (await PublishAsync(await LoginAsync(DemoLogin.Reviewer), week)).AssertOkJsonAsync();
        var anonymous = Fixture.CreateClient();

        var listResponse = await anonymous.GetAsync("/api/public/publications");
        var detailResponse = await anonymous.GetAsync($"/api/public/publications/{published.GetProperty("id").GetGuid()}");

        var list = await listResponse.AssertOkJsonAsync();
        var detail = await detailResponse.AssertOkJsonAsync();
        Assert.Equal("public, max-age=60", listResponse.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=60", detailResponse.Headers.CacheControl?.ToString());
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(["公开项目甲", "公开项目乙"], Names(detail));
        var entry = detail.GetProperty("entries")[0];
        Assert.Equal("湖南某某科技有限公司", entry.GetProperty("investorName").GetString());
        Assert.Equal("武陵区", entry.GetProperty("unitName").GetString());
        Assert.Equal("Signed", entry.GetProperty("stage").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("industryChainName").GetString()));
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("sourceRegionName").GetString()));
        Assert.Equal(1_500_000_000m, entry.GetProperty("plannedTotalInvestment").GetDecimal());

        var bodies = await listResponse.Content.ReadAsStringAsync() + await detailResponse.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "秘密联系人", "13987654321", "另一联系人", "0736-1112223", "王联系", FilingsTests.ValidCreditCode, "李引荐", "13912345678" })
        {
            Assert.DoesNotContain(secret, bodies, StringComparison.Ordinal);
        }

        var names = entry.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            ["id", "position", "projectName", "investorName", "unitName", "industryChainName", "sourceRegionName", "plannedTotalInvestment", "stage", "status"],
            names);
        Assert.DoesNotContain(detail.EnumerateObject(), p => p.Name.Contains("createdBy", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("filingId", StringComparison.OrdinalIgnoreCase));

        var etag = detailResponse.Headers.ETag;
        Assert.NotNull(etag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/public/publications/{published.GetProperty("id").GetGuid()}");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(conditional)).StatusCode);
        await (await anonymous.GetAsync($"/api/public/publications/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/public/publications?pageSize=0")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_reach_the_public_publications_and_nothing_of_the_reviewers()
    {
        var anonymous = Fixture.CreateClient();

        await (await anonymous.GetAsync("/api/publications")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await PublishAsync(anonymous, CurrentMonday.AddDays(-7))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await anonymous.GetAsync("/api/filings")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await anonymous.GetAsync("/api/public/publications")).AssertStatusAsync(HttpStatusCode.OK);
        await (await (await LoginAsync(DemoLogin.Filer)).GetAsync("/api/publications")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

}
