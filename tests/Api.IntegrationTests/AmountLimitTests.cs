using System.Net;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The same class of bug as dates out of range (issue 10 item 5), for amounts: the largest amount a filing may carry, approved
/// many times over, must still add up in the running totals (long fen), the analysis and the reserve list: never a 500.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class AmountLimitTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Twelve_approved_filings_at_the_largest_amount_still_add_up_everywhere()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var admin = await AdminAsync();
        var chain = await FilingsTests.ChainIdAsync(filer);

        for (var i = 0; i < 12; i++)
        {
            var body = FilingsTests.CompleteBody(chain, $"最大金额项目{i}", Money.MaxYuan);
            body["plannedFixedAssetInvestment"] = Money.MaxYuan;
            var submitted = await FilingsTests.PostAsync(filer, await FilingsTests.CreateAsync(filer, body), "submit");
            await FilingsTests.PostAsync(reviewer, submitted, "approve");
        }

        foreach (var url in new[]
                 {
                     "/api/analysis/filings?groupBy=IndustryChain", "/api/analysis/filings?groupBy=SourceRegion&period=Month",
                     "/api/analysis/filings/export?groupBy=SourceOrigin", "/api/reserve-list", "/api/reserve-list/export",
                     "/api/filings?pageSize=5", "/api/filings/export", "/api/review/counts",
                 })
        {
            await (await admin.GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        }
    }
}
