using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

/// <summary>The analysis' running totals: which rows an approval counts in, and the day each row stores.</summary>
public sealed class ApprovalTotalTests
{
    [Theory]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("2026-12-31", "2026-12-01")]
    [InlineData("2024-02-29", "2024-02-01")]
    [InlineData("2027-01-01", "2027-01-01")]
    public void A_month_row_stores_the_first_day_of_the_approval_s_month(string approved, string stored)
    {
        var day = DateOnly.Parse(approved, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), ApprovalTotal.DayFor(ApprovalDimension.RegionByMonth, day));
        Assert.Equal(day, ApprovalTotal.DayFor(ApprovalDimension.SourceRegion, day));
        Assert.Equal(day, ApprovalTotal.DayFor(ApprovalDimension.Day, day));
    }

    [Fact]
    public void An_approval_without_a_date_stays_undated_in_a_month_row()
    {
        Assert.Equal(ApprovalTotal.NoDay, ApprovalTotal.DayFor(ApprovalDimension.RegionByMonth, ApprovalTotal.NoDay));
    }

    [Fact]
    public void An_approval_counts_once_in_every_dimension_its_region_by_day_and_by_month()
    {
        var unit = Guid.Parse("0195a3c4-0000-7000-8000-0000000000a1");

        var keys = ApprovalTotal.KeysOf(unit, null, "440300", ScaleBand.Below100Million, ProjectStage.Signed).ToList();

        Assert.Equal(
            [ApprovalDimension.IndustryChain, ApprovalDimension.SourceRegion, ApprovalDimension.RegionByMonth, ApprovalDimension.ScaleBand, ApprovalDimension.Stage, ApprovalDimension.Unit, ApprovalDimension.Day],
            keys.Select(k => k.Dimension));
        Assert.Equal("440300", keys.Single(k => k.Dimension == ApprovalDimension.RegionByMonth).Key);
        Assert.Equal(ApprovalTotal.NoKey, ApprovalTotal.KeysOf(unit, null, null, null, null).Single(k => k.Dimension == ApprovalDimension.RegionByMonth).Key);
    }
}
