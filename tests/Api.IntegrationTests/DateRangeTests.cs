using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Every date the API accepts has a range (DateRules: 2000-01-01 to 2099-12-31 unless the field needs another, the calendar
/// 1949–2199). Outside it, or a required date left out, the answer is a 400 naming the field in zh-CN and en-US, never a 500.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class DateRangeTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string, string> OutOfRangeFilters() => new()
    {
        { "submittedTo=9999-12-31", "submittedTo" },
        { "submittedFrom=0001-01-01", "submittedFrom" },
        { "submittedFrom=1999-12-31", "submittedFrom" },
        { "submittedTo=2100-01-01", "submittedTo" },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeFilters))]
    public async Task A_filer_filtering_filings_by_a_date_out_of_range_gets_a_400_naming_it(string query, string field)
    {
        var filer = await LoginAsync(DemoLogin.Filer);

        foreach (var path in new[] { "/api/filings", "/api/filings/export" })
        {
            var response = await filer.GetAsync($"{path}?{query}");

            await response.AssertValidationProblemAsync(field);
        }
    }

    [Theory]
    [MemberData(nameof(OutOfRangeFilters))]
    public async Task A_read_only_key_and_a_reviewer_filtering_by_a_date_out_of_range_get_a_400_naming_it(string query, string field)
    {
        var key = await Fixture.ApiKeyClientAsync("ReadOnly");
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        foreach (var path in new[] { "/api/filings", "/api/filings/export", "/api/review/queue", "/api/review/queue/export" })
        {
            await (await key.GetAsync($"{path}?{query}")).AssertValidationProblemAsync(field);
            await (await reviewer.GetAsync($"{path}?{query}")).AssertValidationProblemAsync(field);
        }
    }

    [Fact]
    public async Task The_range_s_own_bounds_are_accepted()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        foreach (var path in new[] { "/api/filings", "/api/review/queue" })
        {
            await (await reviewer.GetAsync($"{path}?submittedFrom=2000-01-01&submittedTo=2099-12-31")).AssertStatusAsync(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("zh-CN", "日期必须在 2000-01-01 至 2099-12-31 之间。")]
    [InlineData("en-US", "The date must be between 2000-01-01 and 2099-12-31.")]
    public async Task The_range_error_is_in_the_caller_s_language(string language, string message)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/filings?submittedFrom=0001-01-01");
        request.Headers.AcceptLanguage.ParseAdd(language);

        var errors = await (await filer.SendAsync(request)).AssertValidationProblemAsync("submittedFrom");

        Assert.Equal(message, errors.GetProperty("submittedFrom")[0].GetString());
    }

    [Theory]
    [InlineData("""{"weekStart":"9999-12-27"}""", "The date must be between 2000-01-01 and 2099-12-31.")]
    [InlineData("""{"weekStart":"1999-12-27"}""", "The date must be between 2000-01-01 and 2099-12-31.")]
    [InlineData("""{"weekStart":"2100-01-04"}""", "The date must be between 2000-01-01 and 2099-12-31.")]
    // A left-out DateOnly binds as 0001-01-01: both are "required", never a week computed from year 1.
    [InlineData("""{}""", "A date is required.")]
    [InlineData("""{"weekStart":"0001-01-01"}""", "A date is required.")]
    public async Task Publishing_a_week_out_of_range_or_without_one_is_a_400_naming_the_week(string json, string message)
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var response = await reviewer.PostRawJsonAsync("/api/publications", json, "en-US");

        var errors = await response.AssertValidationProblemAsync("weekStart");
        Assert.Equal(message, errors.GetProperty("weekStart")[0].GetString());
    }

    [Theory]
    [InlineData("/api/analysis/filings?groupBy=IndustryChain&from=0001-01-01", "from")]
    [InlineData("/api/analysis/filings?groupBy=IndustryChain&to=9999-12-31", "to")]
    [InlineData("/api/analysis/filings/export?groupBy=IndustryChain&from=1999-12-31", "from")]
    [InlineData("/api/audit?from=0001-01-01T00:00:00%2B08:00", "from")]
    [InlineData("/api/audit?to=9999-12-31T23:59:59%2B00:00", "to")]
    [InlineData("/api/audit?from=1999-12-31T15:59:59Z", "from")]
    [InlineData("/api/calendar/days?from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("/api/calendar/add-working-days?date=9999-12-01&days=1", "date")]
    public async Task Every_other_date_in_a_query_string_is_range_checked(string url, string field)
    {
        var admin = await AdminAsync();

        await (await admin.GetAsync(url)).AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task An_instant_on_the_last_china_date_is_inside_and_the_next_is_outside()
    {
        var admin = await AdminAsync();

        // 2099-12-31T23:59:59 in China is 15:59:59 UTC; a second later it is 2100-01-01 in China.
        await (await admin.GetAsync("/api/audit?to=2099-12-31T15:59:59Z")).AssertStatusAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/audit?to=2099-12-31T16:00:00Z")).AssertValidationProblemAsync("to");
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+00:00")]
    [InlineData("2100-06-01T00:00:00+08:00")]
    public async Task An_api_key_expiring_out_of_range_is_a_400_naming_the_field(string expiresAt)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/api-keys", new { name = "远期密钥", scope = "ReadOnly", expiresAt });

        await response.AssertValidationProblemAsync("expiresAt");
    }
}
