using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Rewards through HTTP (issue 14's bad input): a year not ended 409, an overlapping policy 409, a third decimal 400 with the field,
/// each saving nothing. The rules and worked cases run through ISender (Application.IntegrationTests/RewardTests.cs) and in the
/// domain (RewardRulesTests); here only what HTTP adds.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class RewardsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static object Policy(string from, string to, decimal threshold = 20_000_000m, decimal cap = 1_000_000m) => new
    {
        name = "测试政策",
        validFrom = from,
        validTo = to,
        thresholdYuan = threshold,
        rate = 0.001m,
        excludedCategories = new[] { "RealEstate" },
        annualCapYuan = cap,
    };

    [Fact]
    public async Task A_year_not_ended_an_overlapping_policy_and_a_third_decimal_are_refused_and_save_nothing()
    {
        var admin = await AdminAsync();
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var before = (await (await admin.GetAsync("/api/reward-policies")).AssertOkJsonAsync()).GetArrayLength();

        // The fixture's clock is in 2026 (China time): 2026 has not ended.
        await (await reviewer.PostAsJsonAsync("/api/rewards/calculations", new { year = 2026 })).AssertProblemAsync(HttpStatusCode.Conflict, "reward.year-not-ended");
        // Hunan's policy runs 2022-09-01 – 2024-08-31.
        await (await admin.PostAsJsonAsync("/api/reward-policies", Policy("2024-01-01", "2025-12-31"))).AssertProblemAsync(HttpStatusCode.Conflict, "reward-policy.overlap");
        await (await admin.PostAsJsonAsync("/api/reward-policies", Policy("2030-01-01", "2030-12-31", threshold: 20_000_000.001m))).AssertValidationProblemAsync("thresholdYuan");
        await (await admin.PostAsJsonAsync("/api/reward-policies", Policy("2030-01-01", "2030-12-31", cap: 1.005m))).AssertValidationProblemAsync("annualCapYuan");

        Assert.Equal(before, (await (await admin.GetAsync("/api/reward-policies")).AssertOkJsonAsync()).GetArrayLength());
        var calculations = await (await reviewer.GetAsync("/api/rewards/calculations?year=2026")).AssertOkJsonAsync();
        Assert.Equal(0, calculations.ValueKind == System.Text.Json.JsonValueKind.Array ? calculations.GetArrayLength() : calculations.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_association_user_cannot_list_the_center_directories_through_the_recommender_lookup()
    {
        var association = await LoginAsync(DemoLogin.Association);
        await (await association.GetAsync("/api/people/recommenders?kind=Native&search=a")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
