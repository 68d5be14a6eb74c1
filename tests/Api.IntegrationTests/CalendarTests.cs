using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class CalendarTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Valid2027 = """
        { "year": 2027, "source": "国办发明电〔2026〕1号（测试）",
          "days": [
            { "date": "2027-01-01", "kind": "Holiday", "name": "元旦" },
            { "date": "2027-10-01", "kind": "Holiday", "name": "国庆节" },
            { "date": "2027-10-04", "kind": "Holiday", "name": "国庆节" },
            { "date": "2027-10-09", "kind": "MakeUpWorkday", "name": "国庆节" }
          ] }
        """;

    [Theory]
    [InlineData("2024-09-27", "2024-10-08")]
    [InlineData("2025-01-27", "2025-02-07")]
    [InlineData("2024-02-02", "2024-02-06")]
    public async Task Anyone_gets_the_review_deadline_examples_without_signing_in(string date, string expected)
    {
        var response = await Fixture.CreateClient().GetAsync($"/api/calendar/add-working-days?date={date}&days=3");

        var body = await response.AssertOkJsonAsync();
        Assert.Equal(expected, body.GetProperty("date").GetString());
        Assert.False(body.GetProperty("provisional").GetBoolean());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("2031-10-01", "2031-10-08")] // 2031 not held: 1–3 October are statutory days (中秋 on the 1st), then a weekend
    [InlineData("2026-12-29", "2027-01-04")] // the issue's example: 1 January 2027 (元旦) is not a working day
    [InlineData("2027-09-30", "2027-10-06")] // 2027-10-01 is not a working day
    public async Task A_year_the_calendar_does_not_hold_is_answered_by_its_statutory_holidays_and_marked_provisional(string date, string expected)
    {
        var body = await (await Fixture.CreateClient().GetAsync($"/api/calendar/add-working-days?date={date}&days=3")).AssertOkJsonAsync();

        Assert.Equal(expected, body.GetProperty("date").GetString());
        Assert.True(body.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task The_days_listing_names_a_provisional_years_statutory_holidays()
    {
        var days = (await (await Fixture.CreateClient().GetAsync("/api/calendar/days?from=2027-02-04&to=2027-02-09")).AssertOkJsonAsync()).EnumerateArray().ToList();

        Assert.Equal(
            ["2027-02-04 True Weekday -", "2027-02-05 False Holiday 春节（暂定）", "2027-02-06 False Holiday 春节（暂定）", "2027-02-07 False Holiday 春节（暂定）",
             "2027-02-08 False Holiday 春节（暂定）", "2027-02-09 True Weekday -"],
            days.Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("isWorkingDay").GetBoolean()} {d.GetProperty("kind").GetString()} " +
                (d.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : "-")));
        Assert.All(days, d => Assert.True(d.GetProperty("provisional").GetBoolean()));
    }

    /// <summary>
    /// A filing under review whose deadline was counted through 2027 before its notice: marked provisional in the queue and on
    /// the filing, and counted again when the admin saves 2027. The API clock only moves forward, so the submission's time and
    /// deadline are set in the database as a submission on Tuesday 29 December 2026 would have stored them.
    /// </summary>
    [Fact]
    public async Task Saving_a_year_counts_a_provisional_review_deadline_again_and_the_filing_says_why()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var admin = await AdminAsync();
        var filing = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer))), "submit");
        var id = filing.GetProperty("id").GetGuid();
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await db.Filings.Where(f => f.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.SubmittedAt, new DateTimeOffset(2026, 12, 29, 2, 0, 0, TimeSpan.Zero))
                .SetProperty(f => f.ReviewDueOn, new DateOnly(2027, 1, 4))
                .SetProperty(f => f.ReviewDueAt, new DateTimeOffset(2027, 1, 4, 16, 0, 0, TimeSpan.Zero))
                .SetProperty(f => f.ReviewDueProvisional, true));
        }

        var queued = (await (await reviewer.GetAsync("/api/review/queue")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.True(queued.GetProperty("reviewDueProvisional").GetBoolean());
        Assert.True((await (await reviewer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync()).GetProperty("reviewDueProvisional").GetBoolean());

        await (await admin.PutAsJsonAsync("/api/calendar/years/2027", new
        {
            source = "国办发明电〔2026〕x号（测试）",
            days = new object[] { new { date = "2027-01-01", kind = "Holiday", name = "元旦" }, new { date = "2027-01-04", kind = "Holiday", name = "元旦" } },
        })).AssertOkJsonAsync();

        var after = await (await reviewer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
        Assert.Equal("2027-01-05", after.GetProperty("reviewDueOn").GetString());
        Assert.False(after.GetProperty("reviewDueProvisional").GetBoolean());
        var line = after.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("DeadlineRecomputed", line.GetProperty("action").GetString());
        Assert.Equal("2027 年节假日安排已发布，审核时限由 2027-01-04 调整为 2027-01-05", line.GetProperty("reason").GetString());
        Assert.Equal("admin", line.GetProperty("actorName").GetString());
        queued = (await (await reviewer.GetAsync("/api/review/queue")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.False(queued.GetProperty("reviewDueProvisional").GetBoolean());
        Assert.Equal("2027-01-05", queued.GetProperty("reviewDueOn").GetString());
    }

    [Fact]
    public async Task The_days_listing_says_why_each_day_is_or_is_not_worked()
    {
        var response = await Fixture.CreateClient().GetAsync("/api/calendar/days?from=2024-09-27&to=2024-10-01");

        var days = (await response.AssertOkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Equal(
            ["2024-09-27 True Weekday -", "2024-09-28 False Weekend -", "2024-09-29 True MakeUpWorkday 国庆节", "2024-09-30 True Weekday -", "2024-10-01 False Holiday 国庆节"],
            days.Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("isWorkingDay").GetBoolean()} {d.GetProperty("kind").GetString()} " +
                (d.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : "-")));
        Assert.All(days, d => Assert.False(d.GetProperty("provisional").GetBoolean()));

        var future = (await (await Fixture.CreateClient().GetAsync("/api/calendar/days?from=2030-12-31&to=2031-01-01")).AssertOkJsonAsync()).EnumerateArray().ToList();
        Assert.All(future, d => Assert.True(d.GetProperty("provisional").GetBoolean()));
    }

    [Theory]
    [InlineData("/api/calendar/add-working-days?date=2024-13-01&days=3", "date")]
    [InlineData("/api/calendar/add-working-days?date=yesterday&days=3", "date")]
    [InlineData("/api/calendar/add-working-days?days=3", "date")]
    [InlineData("/api/calendar/add-working-days?date=2024-09-27&days=x", "days")]
    [InlineData("/api/calendar/add-working-days?date=2024-09-27&days=0", "days")]
    [InlineData("/api/calendar/add-working-days?date=2024-09-27&days=367", "days")]
    [InlineData("/api/calendar/add-working-days?date=9999-12-31&days=3", "date")]
    [InlineData("/api/calendar/days?from=2024-10-02&to=2024-10-01", "to")]
    [InlineData("/api/calendar/days?from=2024-01-01&to=2025-01-01", "to")]
    [InlineData("/api/calendar/days?from=2024-01-01&to=2024/02/30", "to")]
    public async Task Bad_input_on_the_public_endpoints_is_a_400_naming_the_field(string url, string field)
    {
        var response = await Fixture.CreateClient().GetAsync(url);

        await response.AssertValidationProblemAsync(field);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_admin_lists_the_shipped_years_and_reads_one()
    {
        var admin = await AdminAsync();

        var years = (await (await admin.GetAsync("/api/calendar/years")).AssertOkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2020, 7), years.Select(y => y.GetProperty("year").GetInt32()));
        var y2024 = years.Single(y => y.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(28, y2024.GetProperty("holidays").GetInt32());
        Assert.Equal(8, y2024.GetProperty("makeUpWorkdays").GetInt32());
        Assert.Equal("国办发明电〔2023〕7号", y2024.GetProperty("source").GetString());

        var year = await (await admin.GetAsync("/api/calendar/years/2024")).AssertOkJsonAsync();
        var days = year.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(36, days.Count);
        Assert.Contains(days, d => d.GetProperty("date").GetString() == "2024-09-29" && d.GetProperty("kind").GetString() == "MakeUpWorkday");
        await (await admin.GetAsync("/api/calendar/years/2031")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_correction_changes_the_answers_at_once_and_a_stale_version_is_refused()
    {
        var admin = await AdminAsync();
        var year = await (await admin.GetAsync("/api/calendar/years/2024")).AssertOkJsonAsync();
        var version = year.GetProperty("version").GetInt32();
        var days = year.GetProperty("days").EnumerateArray()
            .Where(d => d.GetProperty("date").GetString() != "2024-09-29")
            .Select(d => new { date = d.GetProperty("date").GetString(), kind = d.GetProperty("kind").GetString(), name = d.GetProperty("name").GetString() })
            .ToList();
        var anonymous = Fixture.CreateClient();
        Assert.Equal("2024-10-08", (await (await anonymous.GetAsync("/api/calendar/add-working-days?date=2024-09-27&days=3")).AssertOkJsonAsync()).GetProperty("date").GetString());

        var saved = await (await admin.PutAsJsonAsync("/api/calendar/years/2024", new { source = "更正", days, version })).AssertOkJsonAsync();

        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(35, saved.GetProperty("days").GetArrayLength());
        Assert.Equal("2024-10-09", (await (await anonymous.GetAsync("/api/calendar/add-working-days?date=2024-09-27&days=3")).AssertOkJsonAsync()).GetProperty("date").GetString());
        await (await admin.PutAsJsonAsync("/api/calendar/years/2024", new { source = "再改", days, version })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        await (await admin.PutAsJsonAsync("/api/calendar/years/2024", new { source = "再改", days })).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
        Assert.Equal("更正", (await (await admin.GetAsync("/api/calendar/years/2024")).AssertOkJsonAsync()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_admin_adds_a_new_year_and_its_answers_stop_being_provisional()
    {
        var admin = await AdminAsync();

        var created = await (await admin.PutAsJsonAsync("/api/calendar/years/2027", new
        {
            source = "国办发明电〔2026〕1号",
            days = new object[] { new { date = "2027-10-01", kind = "Holiday", name = "国庆节" }, new { date = "2027-10-04", kind = "Holiday", name = "国庆节" } },
        })).AssertOkJsonAsync();

        Assert.Equal(2, created.GetProperty("days").GetArrayLength());
        var answer = await (await Fixture.CreateClient().GetAsync("/api/calendar/add-working-days?date=2027-09-30&days=4")).AssertOkJsonAsync();
        Assert.Equal("2027-10-08", answer.GetProperty("date").GetString());
        Assert.False(answer.GetProperty("provisional").GetBoolean());
        Assert.Equal(8, (await (await admin.GetAsync("/api/calendar/years")).AssertOkJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_year_that_breaks_the_rules_is_a_400_naming_the_day()
    {
        var admin = await AdminAsync();

        var errors = await (await admin.PutAsJsonAsync("/api/calendar/years/2027", new
        {
            days = new object[]
            {
                new { date = "2027-10-08", kind = "MakeUpWorkday", name = "国庆节" }, // a Friday
                new { date = "2028-01-01", kind = "Holiday", name = "元旦" },
                new { date = "2027-10-01", kind = "Holiday", name = "" },
            },
        })).AssertValidationProblemAsync("days[0].date", "days[1]", "days[2].name");

        Assert.Equal(3, errors.EnumerateObject().Count());
        await (await admin.GetAsync("/api/calendar/years/2027")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsJsonAsync("/api/calendar/years/2027", new { days = new object[] { new { date = "2027-10-01", kind = "Weekend", name = "x" } } }))
            .AssertValidationProblemAsync("days[0].kind");
    }

    [Fact]
    public async Task Importing_a_valid_file_creates_the_year()
    {
        var admin = await AdminAsync();

        var imported = await (await admin.PostAsync("/api/calendar/years/2027/import", File("2027.json", Valid2027))).AssertOkJsonAsync();

        Assert.Equal(2027, imported.GetProperty("year").GetInt32());
        Assert.Equal(4, imported.GetProperty("days").GetArrayLength());
        var days = (await (await Fixture.CreateClient().GetAsync("/api/calendar/days?from=2027-10-09&to=2027-10-09")).AssertOkJsonAsync()).EnumerateArray().Single();
        Assert.Equal("MakeUpWorkday", days.GetProperty("kind").GetString());

        // Importing again replaces the year, with the version read.
        var again = File("2027.json", Valid2027.Replace("\"元旦\"", "\"元旦节\"", StringComparison.Ordinal), imported.GetProperty("version").GetInt32());
        var replaced = await (await admin.PostAsync("/api/calendar/years/2027/import", again)).AssertOkJsonAsync();
        Assert.Equal("元旦节", replaced.GetProperty("days")[0].GetProperty("name").GetString());
        await (await admin.PostAsync("/api/calendar/years/2027/import", File("2027.json", Valid2027))).AssertProblemAsync(HttpStatusCode.Conflict, "concurrency.stale");
    }

    [Theory]
    [InlineData("2027.json", "{ \"year\": 2027, \"days\": [", "days[0]")] // where the file breaks off
    [InlineData("2027.json", "not json at all", "file")]
    [InlineData("2027.json", "{ \"year\": 2027, \"days\": [{ \"date\": \"2027-02-30\", \"kind\": \"Holiday\", \"name\": \"春节\" }] }", "days[0].date")]
    [InlineData("2027.json", "{ \"year\": 2027, \"days\": [{ \"date\": \"2027-02-06\", \"kind\": \"Festival\", \"name\": \"春节\" }] }", "days[0].kind")]
    [InlineData("2027.json", "{ \"year\": 2027, \"days\": [{ \"date\": \"2027-02-06\", \"kind\": \"Holiday\" }] }", "days[0]")]
    [InlineData("2027.json", "{ \"year\": 2027, \"days\": [{ \"date\": \"2027-02-05\", \"kind\": \"MakeUpWorkday\", \"name\": \"春节\" }] }", "days[0].date")]
    [InlineData("2027.json", "{ \"year\": 2028, \"days\": [] }", "year")]
    [InlineData("2027.txt", Valid2027, "file")]
    public async Task A_broken_file_imports_nothing(string fileName, string content, string field)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsync("/api/calendar/years/2027/import", File(fileName, content));

        await response.AssertValidationProblemAsync(field);
        await (await admin.GetAsync("/api/calendar/years/2027")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(7, (await (await admin.GetAsync("/api/calendar/years")).AssertOkJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task An_upload_without_the_csrf_header_is_refused_and_imports_nothing()
    {
        var admin = await LoginAsync(DemoLogin.Admin, sendXsrfHeader: false);

        await (await admin.PostAsync("/api/calendar/years/2027/import", File("2027.json", Valid2027))).AssertProblemAsync(HttpStatusCode.BadRequest, "antiforgery.invalid");

        await (await admin.GetAsync("/api/calendar/years/2027")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_over_256_KiB_is_refused()
    {
        var admin = await AdminAsync();
        var padded = Valid2027 + new string(' ', 256 * 1024);

        await (await admin.PostAsync("/api/calendar/years/2027/import", File("2027.json", padded))).AssertValidationProblemAsync("file");
    }

    [Fact]
    public async Task Only_admins_maintain_the_calendar()
    {
        foreach (var login in new[] { DemoLogin.Reviewer, DemoLogin.Filer, DemoLogin.Leader })
        {
            var client = await LoginAsync(login);
            await (await client.GetAsync("/api/calendar/years")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await client.PostAsync("/api/calendar/years/2027/import", File("2027.json", Valid2027))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            Assert.Equal("2024-10-08", (await (await client.GetAsync("/api/calendar/add-working-days?date=2024-09-27&days=3")).AssertOkJsonAsync()).GetProperty("date").GetString());
        }

        var anonymous = Fixture.CreateClient();
        await (await anonymous.GetAsync("/api/calendar/years/2024")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await anonymous.PutAsJsonAsync("/api/calendar/years/2027", new { days = Array.Empty<object>() })).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static MultipartFormDataContent File(string fileName, string content, int? version = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new("application/json");
        form.Add(file, "file", fileName);
        if (version is { } v)
        {
            form.Add(new StringContent(v.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");
        }

        return form;
    }
}
