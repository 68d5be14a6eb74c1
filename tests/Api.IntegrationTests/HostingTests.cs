using System.Net;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class HostingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Liveness_answers_anonymous_callers_with_200_and_no_checks()
    {
        var response = await Fixture.CreateClient().GetAsync("/health");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_API_response_carries_the_security_headers()
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync("/api/units");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "API answers must not be cached");
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_and_declares_the_cookie_and_API_key_schemes()
    {
        var response = await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json");

        var document = await response.AssertOkJsonAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        Assert.Equal("header", schemes.GetProperty("apiKey").GetProperty("in").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/units", out _));
    }

    [Theory]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger")]
    [InlineData("/swagger/swagger-ui.css")]
    public async Task In_production_Swagger_UI_is_off_by_default_but_the_OpenAPI_document_stays_public(string uiPath)
    {
        await using var production = Fixture.Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var anonymous = Fixture.CreateClient(app: production);

        await (await anonymous.GetAsync(uiPath)).AssertStatusAsync(HttpStatusCode.NotFound);
        var document = await (await anonymous.GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync();
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/units", out _));
    }

    [Fact]
    public async Task Swagger_UI_is_served_when_the_option_turns_it_on()
    {
        await using var production = Fixture.Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("OpenApi:SwaggerUi", "true"));
        var anonymous = Fixture.CreateClient(app: production);

        var response = await anonymous.GetAsync("/swagger/index.html");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_imports_version_is_an_optional_form_field_so_clients_may_leave_it_out_for_a_new_year()
    {
        var document = await (await Fixture.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertOkJsonAsync();

        var form = document.GetProperty("paths").GetProperty("/api/calendar/years/{year}/import").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal(["file"], form.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.True(form.GetProperty("properties").GetProperty("version").GetProperty("nullable").GetBoolean());
        Assert.False(form.GetProperty("properties").GetProperty("file").TryGetProperty("nullable", out _));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/some/client/route")]
    [InlineData("/projects/2026/weekly")]
    public async Task The_SPA_index_page_is_served_for_the_root_and_client_routes(string path)
    {
        var response = await Fixture.CreateClient().GetAsync(path);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ApiFixture.SpaMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/units/not/a/route")]
    public async Task An_unknown_API_path_is_a_404_problem_and_never_the_SPA_page(string path)
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync(path);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(JsonValueKind.String, problem.GetProperty("title").ValueKind);
        Assert.DoesNotContain(ApiFixture.SpaMarker, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_API_path_asks_an_anonymous_caller_to_sign_in()
    {
        var response = await Fixture.CreateClient().GetAsync("/api/nope");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_known_API_path_with_the_wrong_method_is_a_405_with_Allow_for_anyone()
    {
        var anonymous = await Fixture.CreateClient().DeleteAsync("/api/public/publications");
        var admin = await (await AdminAsync()).DeleteAsync("/api/units");

        await anonymous.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "request.method-not-allowed");
        await admin.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "request.method-not-allowed");
        Assert.Contains("GET", anonymous.Content.Headers.Allow);
        Assert.Contains("POST", admin.Content.Headers.Allow);
    }
}
