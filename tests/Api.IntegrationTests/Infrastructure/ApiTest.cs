using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>Base of every test class: the demo baseline before each test, and small helpers over the HTTP API.</summary>
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected ApiFixture Fixture { get; } = fixture;

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected Task<HttpClient> LoginAsync(DemoLogin login, bool sendXsrfHeader = true) => Fixture.LoginAsync(login, sendXsrfHeader);

    protected Task<HttpClient> AdminAsync() => Fixture.LoginAsync(DemoLogin.Admin);

    /// <summary>A unit as the admin sees it, by code (e.g. "430703" for 鼎城区).</summary>
    protected static async Task<JsonElement> UnitByCodeAsync(HttpClient admin, string code)
    {
        var list = await (await admin.GetAsync($"/api/units?pageSize=200&search={Uri.EscapeDataString(code)}")).AssertOkJsonAsync();
        return list.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("code").GetString() == code);
    }

    protected static async Task<Guid> UnitIdAsync(HttpClient admin, string code) => (await UnitByCodeAsync(admin, code)).GetProperty("id").GetGuid();

    protected static async Task<int> UnitCountAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/units?pageSize=200")).AssertOkJsonAsync()).GetProperty("totalCount").GetInt32();

    protected static async Task<JsonElement> UserByNameAsync(HttpClient admin, string userName)
    {
        var list = await (await admin.GetAsync($"/api/users?pageSize=200&search={Uri.EscapeDataString(userName)}")).AssertOkJsonAsync();
        return list.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
    }

    /// <summary>Creates a unit as admin and returns it (201).</summary>
    protected static async Task<JsonElement> CreateUnitAsync(HttpClient admin, string code, string name, string kind = "Park", string? description = null)
    {
        var response = await admin.PostAsJsonAsync("/api/units", new { code, name, kind, description });
        return await response.AssertOkJsonAsync(HttpStatusCode.Created);
    }
}
