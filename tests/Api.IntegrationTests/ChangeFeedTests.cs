using System.Net;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>GET /api/changes over HTTP: the agreed wire (camelCase kinds, string cursors), scope per caller and key, and its 400s.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ChangeFeedTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<JsonElement> PageAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/changes" + query)).AssertOkJsonAsync();

    /// <summary>The cursor after everything the caller may see now.</summary>
    private static async Task<string> HeadAsync(HttpClient client)
    {
        var cursor = "0";
        while (true)
        {
            var page = await PageAsync(client, $"?after={cursor}&limit=1000");
            cursor = page.GetProperty("nextCursor").GetString()!;
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return cursor;
            }
        }
    }

    [Fact]
    public async Task A_filing_followed_from_draft_to_approval_reads_as_entries_of_the_agreed_shape()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var start = await HeadAsync(filer);
        var draft = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "变更流接口项目"));
        var submitted = await FilingsTests.PostAsync(filer, draft, "submit");
        var approved = await FilingsTests.PostAsync(reviewer, submitted, "approve");

        var page = await PageAsync(filer, $"?after={start}");

        var all = page.GetProperty("entries").EnumerateArray().ToList();
        var entries = all.Where(e => e.GetProperty("resource").GetString() == "filing").ToList();
        var project = Assert.Single(all, e => e.GetProperty("resource").GetString() == "project"); // the approval starts tracking it
        Assert.Equal(("created", draft.GetProperty("id").GetGuid()), (project.GetProperty("kind").GetString(), project.GetProperty("id").GetGuid()));
        Assert.Equal(["created", "statusChanged", "statusChanged"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(new[] { draft, submitted, approved }.Select(f => f.GetProperty("version").GetInt32()), entries.Select(e => e.GetProperty("version").GetInt32()));
        Assert.Equal(["Draft", "UnderReview", "Approved"], entries.Select(e => e.GetProperty("status").GetString()));
        Assert.All(entries, e => Assert.Equal(("filing", draft.GetProperty("id").GetGuid()), (e.GetProperty("resource").GetString(), e.GetProperty("id").GetGuid())));
        Assert.All(entries, e => Assert.Equal(JsonValueKind.String, e.GetProperty("cursor").ValueKind));
        Assert.All(entries, e => Assert.True(e.GetProperty("changedAt").TryGetDateTimeOffset(out _)));
        Assert.Equal(all[^1].GetProperty("cursor").GetString(), page.GetProperty("nextCursor").GetString());
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Another_units_filer_sees_nothing_of_it_and_a_key_sees_it_from_its_submission_on()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var key = await Fixture.ApiKeyClientAsync("ReadOnly");
        var (filer2Start, keyStart) = (await HeadAsync(filer2), await HeadAsync(key));
        var draft = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "他单位看不到的项目"));
        await FilingsTests.PostAsync(filer, draft, "submit");

        var other = await PageAsync(filer2, $"?after={filer2Start}");
        var keys = await PageAsync(key, $"?after={keyStart}");

        Assert.Empty(other.GetProperty("entries").EnumerateArray());
        Assert.Equal(filer2Start, other.GetProperty("nextCursor").GetString());
        var entry = Assert.Single(keys.GetProperty("entries").EnumerateArray());
        Assert.Equal(("statusChanged", "UnderReview"), (entry.GetProperty("kind").GetString(), entry.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("?after=abc", "changes.cursor-invalid")]
    [InlineData("?after=-1", "changes.cursor-invalid")]
    [InlineData("?after=2026-12-06T00:00:00Z", "changes.cursor-invalid")]
    [InlineData("?after=99999999999999999999", "changes.cursor-invalid")]
    [InlineData("?limit=0", "validation.failed")]
    [InlineData("?limit=1001", "validation.failed")]
    [InlineData("?limit=abc", "validation.failed")]
    public async Task A_malformed_cursor_or_a_limit_out_of_range_is_a_400(string query, string code)
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);

        var problem = await (await reviewer.GetAsync("/api/changes" + query)).AssertProblemAsync(HttpStatusCode.BadRequest, code);

        Assert.True(problem.TryGetProperty("errors", out var errors), problem.ToString());
        Assert.True(errors.TryGetProperty(query.Contains("after", StringComparison.Ordinal) ? "after" : "limit", out _), errors.ToString());
    }

    [Fact]
    public async Task The_cursor_message_is_localised()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        reviewer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var problem = await (await reviewer.GetAsync("/api/changes?after=x")).AssertProblemAsync(HttpStatusCode.BadRequest, "changes.cursor-invalid");

        Assert.Contains("变更游标无效", problem.GetProperty("errors").GetProperty("after")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_at_the_head_answers_an_empty_page_with_the_same_cursor()
    {
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var head = await HeadAsync(reviewer);

        var page = await PageAsync(reviewer, $"?after={head}&limit=1");

        Assert.Empty(page.GetProperty("entries").EnumerateArray());
        Assert.Equal((head, false), (page.GetProperty("nextCursor").GetString(), page.GetProperty("hasMore").GetBoolean()));
    }
}
