using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Quarterly.Queries.GetQuarterlyReport;
using InvestPromo.Domain.Targets;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// The demo's quarterly reports (DemoFilings' current-year projects, DemoProjects' confirmed milestones and verified reports, then
/// DemoQuarterly's targets and runs) tell the units apart: actuals differ, some units lag and some do not, and the ranks differ.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class DemoQuarterlyTests(AppFixture fixture, ITestOutputHelper output) : AppTest(fixture)
{
    [Fact]
    public async Task The_seeded_Q3_report_has_units_with_actuals_lagging_and_not_and_distinct_ranks()
    {
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<DemoFilings>().SeedAsync(CancellationToken.None);
            await services.GetRequiredService<DemoProjects>().SeedAsync(CancellationToken.None);
            await services.GetRequiredService<DemoQuarterly>().SeedAsync(CancellationToken.None);
        }

        var year = AppFixture.Start.ToOffset(China).Year;
        var q3 = await SendAsync(Leader, new GetQuarterlyReportQuery(year, 3));

        foreach (var u in q3.Units)
        {
            output.WriteLine($"{u.Rank} {u.UnitCode} {u.UnitName} score {u.Score} lagging {u.Lagging}: {string.Join(" ", u.Metrics.Select(m => $"{m.Metric}={m.Actual}/{m.Target}"))}");
        }

        var withActuals = q3.Units.Where(u => u.Metrics.Any(m => m.Actual > 0)).ToList();
        Assert.True(withActuals.Count >= 2, $"{withActuals.Count} units with actuals");
        Assert.Contains(q3.Units, u => u.Lagging);
        Assert.Contains(q3.Units, u => !u.Lagging);
        Assert.True(q3.Units.Select(u => u.Rank).Distinct().Count() > 1, string.Join(", ", q3.Units.Select(u => $"{u.UnitCode}:{u.Rank}")));

        // Signings ≥ 10亿 and ≥ 50亿, 规模工业 investment and funds in place of both classes all count somewhere.
        foreach (var metric in new[] { TargetMetric.SignedOver1Billion, TargetMetric.SignedOver5Billion, TargetMetric.StartedProjects, TargetMetric.CompletedProjects,
                     TargetMetric.FixedAssetInvestment, TargetMetric.FundsDomestic, TargetMetric.FundsForeign })
        {
            Assert.Contains(q3.Units, u => u.Metrics.Single(m => m.Metric == metric).Actual > 0);
        }

        // The second quarter's report counts less than the third's (year to date).
        var q2 = await SendAsync(Leader, new GetQuarterlyReportQuery(year, 2));
        Assert.True(q2.Units.Sum(u => u.Metrics.Single(m => m.Metric == TargetMetric.SignedProjects).Actual)
            < q3.Units.Sum(u => u.Metrics.Single(m => m.Metric == TargetMetric.SignedProjects).Actual));
    }
}
