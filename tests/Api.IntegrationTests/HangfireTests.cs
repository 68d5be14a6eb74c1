using System.Net;
using Hangfire;
using Hangfire.Storage;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class HangfireTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_dashboard_is_for_admins_only()
    {
        var admin = await AdminAsync();

        var forAdmin = await admin.GetAsync("/hangfire");
        var forReviewer = await (await LoginAsync(DemoLogin.Reviewer)).GetAsync("/hangfire");
        var forAnonymous = await Fixture.CreateClient().GetAsync("/hangfire");
        var forKey = await (await Fixture.ApiKeyClientAsync("ReadWrite", admin)).GetAsync("/hangfire");

        await forAdmin.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", forAdmin.Content.Headers.ContentType?.MediaType);
        Assert.Contains("InvestPromo 后台任务", await forAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await forReviewer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await forAnonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await forKey.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public void The_API_key_housekeeping_job_is_registered_daily_in_China_time()
    {
        var storage = Fixture.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.RetireUnusedApiKeys);

        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        Assert.Equal("30 3 * * *", job.Cron);
        Assert.Equal(typeof(RetireUnusedApiKeysJob), job.Job.Type);
    }

    [Fact]
    public async Task Housekeeping_retires_keys_unused_for_180_days_audits_it_and_a_second_run_retires_nothing()
    {
        var admin = await AdminAsync();
        var (unusedSecret, unused) = await Fixture.CreateApiKeyAsync("ReadOnly", admin, name: "无人使用");
        var (usedSecret, used) = await Fixture.CreateApiKeyAsync("ReadOnly", admin, name: "经常使用");
        Fixture.Clock.Advance(TimeSpan.FromDays(100));
        await (await Fixture.ApiKeyClient(usedSecret).GetAsync("/api/units")).AssertStatusAsync(HttpStatusCode.OK);
        Fixture.Clock.Advance(TimeSpan.FromDays(81));

        var first = await RunJobAsync();
        var second = await RunJobAsync();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        admin = await AdminAsync(); // the old session expired with the clock
        var keys = (await (await admin.GetAsync("/api/api-keys")).AssertOkJsonAsync()).EnumerateArray().ToList();
        var retired = keys.Single(k => k.GetProperty("id").GetGuid() == unused);
        Assert.Equal("Revoked", retired.GetProperty("status").GetString());
        Assert.Equal("unused", retired.GetProperty("revokedReason").GetString());
        Assert.Equal("Active", keys.Single(k => k.GetProperty("id").GetGuid() == used).GetProperty("status").GetString());
        await (await Fixture.ApiKeyClient(unusedSecret).GetAsync("/api/units")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await Fixture.ApiKeyClient(usedSecret).GetAsync("/api/units")).AssertStatusAsync(HttpStatusCode.OK);
        var audit = await (await admin.GetAsync($"/api/audit?entityType=ApiKey&entityId={unused}")).AssertOkJsonAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("userName").GetString() == "system");
        Assert.Equal("Modified", entry.GetProperty("action").GetString());
        Assert.Contains("unused", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetireUnusedApiKeysJob>().RunAsync(CancellationToken.None);
    }
}
