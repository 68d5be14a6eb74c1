using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.UnitTests;

public sealed class ChinaTimeTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_China_date_of_an_instant_is_taken_at_UTC_plus_eight()
    {
        Assert.Equal(D("2024-09-28"), ChinaTime.DateOf(new DateTimeOffset(2024, 9, 27, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(D("2024-09-27"), ChinaTime.DateOf(new DateTimeOffset(2024, 9, 27, 15, 59, 0, TimeSpan.Zero)));
        Assert.Equal(D("2025-04-01"), ChinaTime.DateOf(new DateTimeOffset(2025, 3, 31, 16, 10, 0, TimeSpan.Zero)));
        Assert.Equal(D("2025-03-31"), ChinaTime.DateOf(new DateTimeOffset(2025, 3, 31, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void A_China_day_runs_from_its_midnight_to_the_next_as_UTC_instants()
    {
        var start = ChinaTime.StartOfDay(D("2025-03-10"));
        var end = ChinaTime.EndOfDay(D("2025-03-10"));

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 16, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, start.Offset);
        Assert.Equal(TimeSpan.Zero, end.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 1, 0, 0, TimeSpan.Zero), ChinaTime.At(D("2025-03-10"), new TimeOnly(9, 0)));
    }

    [Theory]
    [InlineData("2025-03-09T15:30:00Z", "2025-03-02T16:00:00Z")] // Sunday 23:30 in China: the week began the Monday before
    [InlineData("2025-03-09T16:10:00Z", "2025-03-09T16:00:00Z")] // Monday 00:10 in China: this week began 10 minutes ago
    public void A_week_starts_on_Monday_at_midnight_China_time(string instant, string weekStart)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(DateTimeOffset.Parse(weekStart, culture), ChinaTime.StartOfWeek(DateTimeOffset.Parse(instant, culture)));
    }

    [Fact]
    public void An_instant_in_China_wall_clock_time_keeps_the_instant()
    {
        var instant = new DateTimeOffset(2025, 3, 9, 15, 30, 0, TimeSpan.Zero);
        var china = ChinaTime.ToChina(instant);

        Assert.Equal(instant, china);
        Assert.Equal(new DateTime(2025, 3, 9, 23, 30, 0), china.DateTime);
    }
}
