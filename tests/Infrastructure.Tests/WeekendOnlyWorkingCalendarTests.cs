using InvestPromo.Infrastructure.Time;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The temporary stand-in calendar (until the real one merges): weekends off, nothing else.</summary>
public sealed class WeekendOnlyWorkingCalendarTests
{
    [Theory]
    [InlineData("2026-11-20", 3, "2026-11-25")] // Friday → Wednesday
    [InlineData("2026-11-21", 3, "2026-11-25")] // Saturday: the start never counts
    [InlineData("2026-11-23", 3, "2026-11-26")] // Monday → Thursday
    [InlineData("2026-11-23", 0, "2026-11-23")]
    [InlineData("2026-11-19", 1, "2026-11-20")]
    public async Task Weekends_are_skipped(string start, int days, string expected)
    {
        var due = await new WeekendOnlyWorkingCalendar().AddWorkingDaysAsync(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days, CancellationToken.None);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }
}
