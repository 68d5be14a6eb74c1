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
    public async Task Sunday_23_30_China_time_is_published_with_its_week_and_Monday_00_10_with_the_next()
    {
        var earlier = CurrentMonday.AddDays(-14);
        var later = CurrentMonday.AddDays(-7);
        await ApprovedAsync("周日深夜备案", At(later.AddDays(-1), 23, 30));
        await ApprovedAsync("周一凌晨备案", At(later, 0, 10));
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var first = await (await PublishAsync(reviewer, earlier)).AssertOkJsonAsync();
        var second = await (await PublishAsync(reviewer, later)).AssertOkJsonAsync();

        Assert.Equal(["周日深夜备案"], Names(first));
        Assert.Equal(Iso(earlier), first.GetProperty("weekStart").GetString());
        Assert.Equal(Iso(earlier.AddDays(6)), first.GetProperty("weekEnd").GetString());
        Assert.Equal(["周一凌晨备案"], Names(second));
        AssertNumbering([first, second]);
    }

    [Fact]
    public async Task Publishing_a_week_again_answers_the_same_publication_and_creates_no_second_list()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAsync("幂等项目", At(week.AddDays(2), 10));
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var first = await (await PublishAsync(reviewer, week)).AssertOkJsonAsync();
        await ApprovedAsync("迟到的项目", At(week.AddDays(3), 10)); // would change the list if it were rebuilt
        var again = await (await PublishAsync(await AdminAsync(), week)).AssertOkJsonAsync();

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("number").GetInt32(), again.GetProperty("number").GetInt32());
        Assert.Equal(["幂等项目"], Names(again));
        var list = await (await reviewer.GetAsync("/api/publications")).AssertOkJsonAsync();
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, list.GetProperty("items")[0].GetProperty("entryCount").GetInt32());
        Assert.Equal($"{week.Year}年第1期", first.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_filing_revoked_before_publishing_is_left_out()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAsync("保留项目", At(week.AddDays(1), 9));
        var revoked = await ApprovedAsync("撤销项目", At(week.AddDays(1), 10));
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await (await reviewer.GetAsync($"/api/filings/{revoked}")).AssertOkJsonAsync();
        await FilingsTests.PostAsync(reviewer, filing, "revoke", new { reason = "重复备案" });

        var publication = await (await PublishAsync(reviewer, week)).AssertOkJsonAsync();

        Assert.Equal(["保留项目"], Names(publication));
        Assert.Equal(1, publication.GetProperty("entryCount").GetInt32());
    }

    [Fact]
    public async Task The_publicity_period_ends_five_working_days_after_the_publication_day_on_the_calendar()
    {
        var week = CurrentMonday.AddDays(-7);
        await ApprovedAsync("公示期项目", At(week.AddDays(4), 16));
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var publication = await (await PublishAsync(reviewer, week)).AssertOkJsonAsync();

        var publishedOn = publication.GetProperty("publishedOn").GetString()!;
        Assert.Equal(Iso(DateOnly.FromDateTime(Fixture.Clock.GetUtcNow().ToOffset(China).DateTime)), publishedOn);
        var expected = await (await Fixture.CreateClient().GetAsync($"/api/calendar/add-working-days?date={publishedOn}&days=5")).AssertOkJsonAsync();
        Assert.Equal(expected.GetProperty("date").GetString(), publication.GetProperty("publicityEndsOn").GetString());
        Assert.Equal(5, publication.GetProperty("publicityWorkingDays").GetInt32());
    }

    [Fact]
    public async Task Manual_publishing_needs_a_Monday_a_completed_week_and_some_approvals()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var tuesday = await PublishAsync(reviewer, CurrentMonday.AddDays(-6));
        var running = await PublishAsync(reviewer, CurrentMonday);
        var empty = await PublishAsync(reviewer, CurrentMonday.AddDays(-7));
        var notADate = await reviewer.PostRawJsonAsync("/api/publications", """{"weekStart":"next monday"}""");

        await tuesday.AssertValidationProblemAsync("weekStart");
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

    [Fact]
    public async Task The_job_catches_up_every_missed_week_in_order_skips_empty_ones_and_a_second_run_publishes_nothing()
    {
        // Approvals three, two and four weeks back... and an empty week in between; nothing in the running week is published.
        var w4 = CurrentMonday.AddDays(-28);
        var w3 = CurrentMonday.AddDays(-21);
        var w1 = CurrentMonday.AddDays(-7);
        await ApprovedAsync("第四周前", At(w4.AddDays(1), 10));
        await ApprovedAsync("第三周前", At(w3.AddDays(6), 23, 59));
        await ApprovedAsync("上周一", At(w1, 0, 0));
        await ApprovedAsync("本周", Fixture.Clock.GetUtcNow());

        var first = await Fixture.RunRecurringJobAsync(RecurringJobs.WeeklyPublication);
        var second = await Fixture.RunRecurringJobAsync(RecurringJobs.WeeklyPublication);

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        var list = await (await (await LoginAsync(DemoLogin.Reviewer)).GetAsync("/api/publications")).AssertOkJsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([Iso(w1), Iso(w3), Iso(w4)], items.Select(i => i.GetProperty("weekStart").GetString()));
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("entryCount").GetInt32()));
        AssertNumbering([.. items.AsEnumerable().Reverse()]);
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

    /// <summary>Oldest week first: numbers run 1, 2, … within the year of each week's Monday.</summary>
    private static void AssertNumbering(IReadOnlyList<JsonElement> oldestFirst)
    {
        var expected = 0;
        var year = 0;
        foreach (var publication in oldestFirst)
        {
            var y = publication.GetProperty("year").GetInt32();
            expected = y == year ? expected + 1 : 1;
            year = y;
            Assert.Equal(expected, publication.GetProperty("number").GetInt32());
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{y}年第{expected}期"), publication.GetProperty("label").GetString());
            Assert.Equal(DateOnly.Parse(publication.GetProperty("weekStart").GetString()!, CultureInfo.InvariantCulture).Year, y);
        }
    }
}
