using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

[Collection(ApiCollectionDefinition.Name)]
public sealed class DuplicatesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string OtherCreditCode = "91430700MA4L00003P";
    private const string ThirdCreditCode = "91430100MA4L12346D";

    /// <summary>A complete body that shares nothing a duplicate rule looks at with <see cref="FilingsTests.CompleteBody"/> unless told.</summary>
    private static Dictionary<string, object?> Body(Guid chain, string name, string investor, string creditCode, decimal total = 1_000_000_000m, string region = "440000")
    {
        var body = FilingsTests.CompleteBody(chain, name, total);
        body["investorName"] = investor;
        body["creditCode"] = creditCode;
        body["sourceRegionCode"] = region;
        return body;
    }

    private static async Task<JsonElement> SubmittedAsync(HttpClient filer, Dictionary<string, object?> body) =>
        await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, body), "submit");

    private static Guid Id(JsonElement filing) => filing.GetProperty("id").GetGuid();

    /// <summary>The rules each look-alike of another unit matched, as a filer is told them (no id, no fields).</summary>
    private static string[][] OtherUnitReasons(JsonElement filing) =>
        [.. filing.GetProperty("otherUnitMatches").EnumerateArray().Select(n => n.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray())];

    private static Dictionary<Guid, string[]> Suspected(JsonElement list) =>
        list.EnumerateArray().ToDictionary(
            d => d.GetProperty("filingId").GetGuid(),
            d => d.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());

    [Fact]
    public async Task The_same_credit_code_in_another_unit_is_flagged_on_submission_which_still_goes_through()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var theirs = await SubmittedAsync(filer2, Body(chain, "鼎城智能制造基地", "湖南某某科技有限公司", FilingsTests.ValidCreditCode));

        var mine = await SubmittedAsync(filer, Body(chain, "武陵电子信息产业园", "另一家投资公司", FilingsTests.ValidCreditCode, region: "110000"));

        // Issue 10: the filer learns the other unit and the rule, not the other filing (before, its project, status, id…).
        Assert.Equal("UnderReview", mine.GetProperty("status").GetString());
        Assert.Empty(mine.GetProperty("suspectedDuplicates").EnumerateArray());
        var notice = Assert.Single(mine.GetProperty("otherUnitMatches").EnumerateArray());
        Assert.Equal("鼎城区", notice.GetProperty("unitName").GetString());
        Assert.Equal(["SameCreditCode"], notice.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("与鼎城区已受理项目疑似重复（统一社会信用代码相同）", notice.GetProperty("message").GetString());
        Assert.DoesNotContain(Id(theirs).ToString(), mine.ToString(), StringComparison.OrdinalIgnoreCase);

        // Reading the filing afterwards carries no list: the warning belongs to the submission.
        var read = await (await filer.GetAsync($"/api/filings/{Id(mine)}")).AssertOkJsonAsync();
        Assert.Equal(JsonValueKind.Null, read.GetProperty("suspectedDuplicates").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("otherUnitMatches").ValueKind);
    }

    [Fact]
    public async Task A_near_identical_name_with_the_same_investor_is_flagged()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await SubmittedAsync(filer2, Body(chain, "常德新能源汽车零部件项目（一期）", "湖南某某科技有限公司", FilingsTests.ValidCreditCode));

        var mine = await SubmittedAsync(filer, Body(chain, "常德 新能源汽车零部件 项目", "湖南某某科技公司", OtherCreditCode, region: "110000"));

        Assert.Equal([["SameNameSameInvestor"]], OtherUnitReasons(mine));
    }

    [Theory]
    [InlineData(1_000_000_000, 1_200_000_000, true)]
    [InlineData(1_200_000_000, 1_000_000_000, true)]
    [InlineData(1_250_000_000, 1_000_000_000, false)]
    [InlineData(1_000_000_000, 1_250_000_000, false)]
    [InlineData(1_000_000_000, 800_000_000, false)]
    public async Task The_same_name_chain_and_region_is_flagged_when_the_other_amount_is_within_20_percent(long theirTotal, long myTotal, bool flagged)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await SubmittedAsync(filer2, Body(chain, "智能装备产业园", "甲投资有限公司", FilingsTests.ValidCreditCode, theirTotal));

        var mine = await SubmittedAsync(filer, Body(chain, "智能装备产业园项目", "乙投资有限公司", OtherCreditCode, myTotal));

        Assert.Empty(mine.GetProperty("suspectedDuplicates").EnumerateArray());
        if (flagged)
        {
            Assert.Equal([["SameNameSameChainRegionAmount"]], OtherUnitReasons(mine));
        }
        else
        {
            Assert.Empty(OtherUnitReasons(mine));
        }
    }

    [Fact]
    public async Task The_same_name_in_another_region_or_chain_is_not_flagged_without_the_same_investor()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        await SubmittedAsync(filer2, Body(chain, "智能装备产业园", "甲投资有限公司", FilingsTests.ValidCreditCode));

        var mine = await SubmittedAsync(filer, Body(chain, "智能装备产业园", "乙投资有限公司", OtherCreditCode, region: "110000"));

        Assert.Empty(mine.GetProperty("suspectedDuplicates").EnumerateArray());
        Assert.Empty(OtherUnitReasons(mine));
    }

    [Fact]
    public async Task Only_live_filings_are_compared_drafts_returned_and_withdrawn_ones_are_not()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var body = Body(chain, "智能装备产业园", "甲投资有限公司", FilingsTests.ValidCreditCode);
        await FilingsTests.CreateAsync(filer2, body);
        await FilingsTests.PostAsync(reviewer, await SubmittedAsync(filer2, body), "return", new { reasons = "请补充协议" });
        await FilingsTests.PostAsync(filer2, await SubmittedAsync(filer2, body), "withdraw");
        var approved = await FilingsTests.PostAsync(reviewer, await SubmittedAsync(filer2, body), "approve");

        var mine = await SubmittedAsync(filer, body);

        Assert.Equal([["SameCreditCode", "SameNameSameInvestor", "SameNameSameChainRegionAmount"]], OtherUnitReasons(mine));
        var full = await (await reviewer.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertOkJsonAsync();
        Assert.Equal([Id(approved)], Suspected(full.GetProperty("suspectedDuplicates")).Keys);
    }

    [Fact]
    public async Task A_reviewer_sees_both_filings_side_by_side_and_a_dismissed_pair_is_not_flagged_again_from_either_side()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var theirs = await SubmittedAsync(filer2, Body(chain, "鼎城智能制造基地", "湖南某某科技有限公司", FilingsTests.ValidCreditCode));
        var unrelated = await SubmittedAsync(filer2, Body(chain, "无关项目", "丙公司", ThirdCreditCode, region: "110000"));
        var mine = await SubmittedAsync(filer, Body(chain, "武陵电子信息产业园", "另一家投资公司", FilingsTests.ValidCreditCode, region: "110000"));

        var view = await (await reviewer.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertOkJsonAsync();
        Assert.Equal(Id(mine), view.GetProperty("filing").GetProperty("filingId").GetGuid());
        Assert.Equal("武陵电子信息产业园", view.GetProperty("filing").GetProperty("projectName").GetString());
        Assert.Equal(FilingsTests.ValidCreditCode, view.GetProperty("filing").GetProperty("creditCode").GetString());
        Assert.False(string.IsNullOrEmpty(view.GetProperty("filing").GetProperty("industryChainName").GetString()));
        Assert.False(string.IsNullOrEmpty(view.GetProperty("filing").GetProperty("sourceRegionName").GetString()));
        var other = Assert.Single(view.GetProperty("suspectedDuplicates").EnumerateArray());
        Assert.Equal(Id(theirs), other.GetProperty("filingId").GetGuid());
        Assert.Equal(1_000_000_000m, other.GetProperty("plannedTotalInvestment").GetDecimal());
        Assert.Equal("Signed", other.GetProperty("stage").GetString());

        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Id(unrelated)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "duplicate.not-suspected");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Id(mine)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "duplicate.not-suspected");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Guid.NewGuid()}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Guid.NewGuid()}/duplicates/{Id(mine)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");

        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Id(theirs)}/dismiss", new { reason = "同一投资方的两个不同项目" })).AssertStatusAsync(HttpStatusCode.NoContent);

        var after = await (await reviewer.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertOkJsonAsync();
        Assert.Empty(after.GetProperty("suspectedDuplicates").EnumerateArray());
        var fromTheirSide = await (await reviewer.GetAsync($"/api/filings/{Id(theirs)}/duplicates")).AssertOkJsonAsync();
        Assert.Empty(fromTheirSide.GetProperty("suspectedDuplicates").EnumerateArray());
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Id(theirs)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "duplicate.already-dismissed");
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(theirs)}/duplicates/{Id(mine)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "duplicate.already-dismissed");

        // The decision is in the audit trail.
        var audit = await (await (await AdminAsync()).GetAsync("/api/audit?entityType=DuplicateDismissal")).AssertOkJsonAsync();
        Assert.Equal(1, audit.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_filer_reads_the_duplicates_of_its_own_units_filing_only()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var theirs = await SubmittedAsync(filer2, Body(chain, "鼎城智能制造基地", "湖南某某科技有限公司", FilingsTests.ValidCreditCode));
        var mine = await SubmittedAsync(filer, Body(chain, "武陵电子信息产业园", "另一家投资公司", FilingsTests.ValidCreditCode, region: "110000"));

        await (await filer2.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        var own = await (await filer.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertOkJsonAsync();

        Assert.Empty(own.GetProperty("suspectedDuplicates").EnumerateArray()); // another unit's: a notice only (issue 10)
        Assert.Equal("鼎城区", Assert.Single(own.GetProperty("otherUnitMatches").EnumerateArray()).GetProperty("unitName").GetString());
        await (await filer.PostAsJsonAsync($"/api/filings/{Id(mine)}/duplicates/{Id(theirs)}/dismiss", new { })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_filer_is_told_only_the_unit_and_rule_of_another_units_match_while_a_reviewer_sees_both_side_by_side()
    {
        var filer = await LoginAsync(DemoLogin.Filer);   // 武陵区
        var filer2 = await LoginAsync(DemoLogin.Filer2); // 鼎城区
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var theirs = await SubmittedAsync(filer, Body(chain, "武陵保密项目", "武陵某某投资有限公司", FilingsTests.ValidCreditCode, 1_234_000_000m));
        var ownEarlier = await SubmittedAsync(filer2, Body(chain, "鼎城自有项目", "鼎城投资有限公司", FilingsTests.ValidCreditCode, region: "110000"));

        // 鼎城区's filer types the same credit code into a draft and asks for its duplicates.
        var draft = await FilingsTests.CreateAsync(filer2, Body(chain, "随便一个名字", "随便一家公司", FilingsTests.ValidCreditCode, region: "310000"));
        var response = await filer2.GetAsync($"/api/filings/{Id(draft)}/duplicates");
        var view = await response.AssertOkJsonAsync();
        var text = await response.Content.ReadAsStringAsync();

        // Its own unit's match shows as before; the other unit's is only a message naming the unit and the rule.
        Assert.Equal([Id(ownEarlier)], Suspected(view.GetProperty("suspectedDuplicates")).Keys);
        var notice = Assert.Single(view.GetProperty("otherUnitMatches").EnumerateArray());
        Assert.Equal(["message", "reasons", "unitName"], notice.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("武陵区", notice.GetProperty("unitName").GetString());
        Assert.Equal(["SameCreditCode"], notice.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("与武陵区已受理项目疑似重复（统一社会信用代码相同）", notice.GetProperty("message").GetString());
        foreach (var secret in new[] { Id(theirs).ToString(), "武陵保密项目", "武陵某某投资有限公司", "1234000000", "440000" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{Id(draft)}/duplicates");
        english.Headers.AcceptLanguage.ParseAdd("en-US");
        var inEnglish = await (await filer2.SendAsync(english)).AssertOkJsonAsync();
        Assert.Equal("Suspected duplicate of a filing accepted in 武陵区 (same credit code)", inEnglish.GetProperty("otherUnitMatches")[0].GetProperty("message").GetString());

        // The submission's answer says the same and no more.
        var submitted = await filer2.PostAsJsonAsync($"/api/filings/{Id(draft)}/submit", new { version = draft.GetProperty("version").GetInt32() });
        var mine = await submitted.AssertOkJsonAsync();
        var submittedText = await submitted.Content.ReadAsStringAsync();
        Assert.Equal([Id(ownEarlier)], Suspected(mine.GetProperty("suspectedDuplicates")).Keys);
        Assert.Equal("与武陵区已受理项目疑似重复（统一社会信用代码相同）", Assert.Single(mine.GetProperty("otherUnitMatches").EnumerateArray()).GetProperty("message").GetString());
        Assert.DoesNotContain(Id(theirs).ToString(), submittedText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("武陵保密项目", submittedText, StringComparison.Ordinal);

        // Reviewers keep the side-by-side view of every unit's filings.
        var full = await (await reviewer.GetAsync($"/api/filings/{Id(mine)}/duplicates")).AssertOkJsonAsync();
        Assert.Empty(full.GetProperty("otherUnitMatches").EnumerateArray());
        Assert.Equal(new HashSet<Guid> { Id(theirs), Id(ownEarlier) }, Suspected(full.GetProperty("suspectedDuplicates")).Keys.ToHashSet());
        var other = full.GetProperty("suspectedDuplicates").EnumerateArray().Single(d => d.GetProperty("filingId").GetGuid() == Id(theirs));
        Assert.Equal("武陵保密项目", other.GetProperty("projectName").GetString());
        Assert.Equal(1_234_000_000m, other.GetProperty("plannedTotalInvestment").GetDecimal());
    }

    [Fact]
    public async Task The_review_queue_counts_each_filings_suspected_duplicates_without_the_dismissed_pairs()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var chain = await FilingsTests.ChainIdAsync(filer);
        var body = Body(chain, "智能装备产业园", "甲投资有限公司", FilingsTests.ValidCreditCode);
        var a = await SubmittedAsync(filer2, body);
        var b = await SubmittedAsync(filer, body);
        var c = await SubmittedAsync(filer, Body(chain, "智能装备产业园（一期）", "甲投资公司", OtherCreditCode, region: "110000"));
        var alone = await SubmittedAsync(filer, Body(chain, "无关项目", "丙公司", ThirdCreditCode, region: "110000"));

        async Task<Dictionary<Guid, int>> CountsAsync() =>
            (await (await reviewer.GetAsync("/api/review/queue?pageSize=50")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray()
                .ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("suspectedDuplicateCount").GetInt32());

        Assert.Equal(new Dictionary<Guid, int> { [Id(a)] = 2, [Id(b)] = 2, [Id(c)] = 2, [Id(alone)] = 0 }, await CountsAsync());
        await (await reviewer.PostAsJsonAsync($"/api/filings/{Id(a)}/duplicates/{Id(c)}/dismiss", new { })).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(new Dictionary<Guid, int> { [Id(a)] = 1, [Id(b)] = 2, [Id(c)] = 1, [Id(alone)] = 0 }, await CountsAsync());
        var list = await (await reviewer.GetAsync("/api/filings")).AssertOkJsonAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("suspectedDuplicateCount").ValueKind));
    }
}
