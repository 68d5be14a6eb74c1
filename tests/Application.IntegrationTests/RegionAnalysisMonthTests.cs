using System.Globalization;
using InvestPromo.Application.Analysis;
using InvestPromo.Application.Analysis.Commands.RebuildApprovalTotals;
using InvestPromo.Application.Analysis.Queries.AnalyzeFilings;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Analysis;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 16: the analysis by source region reads a range's whole months from month rows and its partial months from the daily
/// rows. Whatever the range, the answer is the approvals whose China date lies in it, as the daily rows alone would give.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class RegionAnalysisMonthTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>Approval dates around two month ends and a year end, each with its region (a Shenzhen city, or Singapore).</summary>
    private static readonly (string Day, string Region)[] Approvals =
    [
        ("2026-11-23", "440300"), ("2026-11-30", "SG"), ("2026-12-01", "440300"), ("2026-12-15", "SG"), ("2026-12-31", "440300"), ("2027-01-01", "SG"),
    ];

    private async Task ApproveAllAsync()
    {
        foreach (var (day, region) in Approvals)
        {
            // 10:00 in China on that date.
            Fixture.Clock.Set(new DateTimeOffset(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
            var draft = Draft.Complete(Equip, "月度" + day);
            // A mainland investor keeps its credit code; a foreign one has none.
            await ApproveAsync(Reviewer, await SubmitAsync(Filer, await CreateAsync(Filer, draft with { SourceRegionCode = region, CreditCode = region == "SG" ? null : draft.CreditCode })));
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-11-24", "2026-12-31")] // a partial month, then a whole one
    [InlineData("2026-12-01", "2026-12-31")] // one whole month
    [InlineData("2026-12-02", "2026-12-30")] // inside one month: no whole month
    [InlineData(null, "2026-12-15")] // whole months to a partial one
    [InlineData("2026-12-01", null)] // whole months onwards
    [InlineData("2026-11-30", "2027-01-01")] // a day, a whole month, a day
    [InlineData("2026-12-31", "2027-01-01")] // a day either side of a year end
    public async Task A_range_counts_exactly_the_approvals_dated_in_it(string? from, string? to)
    {
        await ApproveAllAsync();
        DateOnly? start = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture);
        DateOnly? end = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture);
        var expected = Approvals.Where(a => (start is null || DateOnly.Parse(a.Day, CultureInfo.InvariantCulture) >= start) && (end is null || DateOnly.Parse(a.Day, CultureInfo.InvariantCulture) <= end)).ToList();

        var byRegion = await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.SourceRegion, From: start, To: end));
        var byOrigin = await SendAsync(Leader, new AnalyzeFilingsQuery(AnalysisGroupBy.SourceOrigin, From: start, To: end));

        Assert.Equal(expected.Count, byRegion.Count);
        Assert.Equal(expected.Count(a => a.Region == "440300"), byRegion.Groups.SingleOrDefault(g => g.Key == "440000")?.Count ?? 0);
        Assert.Equal(expected.Count(a => a.Region == "SG"), byRegion.Groups.SingleOrDefault(g => g.Key == "SG")?.Count ?? 0);
        Assert.Equal(expected.Count, byOrigin.Count);
        Assert.Equal(byRegion.PlannedTotalInvestment, byOrigin.PlannedTotalInvestment);
    }

    [Fact]
    public async Task The_month_rows_kept_by_each_approval_are_the_ones_a_rebuild_computes()
    {
        await ApproveAllAsync();

        var months = await Fixture.DbAsync(db => db.ApprovalTotals.AsNoTracking().Where(t => t.Dimension == ApprovalDimension.RegionByMonth).OrderBy(t => t.Day).ToListAsync());

        Assert.Equal(
            [("440300", "2026-11-01", 1), ("SG", "2026-11-01", 1), ("440300", "2026-12-01", 2), ("SG", "2026-12-01", 1), ("SG", "2027-01-01", 1)],
            months.OrderBy(m => m.Day).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key, m.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Count)));
        Assert.Equal(0, await SendAsync(Caller.System, new RebuildApprovalTotalsCommand()));
    }
}
