using Microsoft.Extensions.Time.Testing;

namespace InvestPromo.Application.IntegrationTests.Infrastructure;

/// <summary>
/// The app's <see cref="TimeProvider"/> in these tests: a <see cref="FakeTimeProvider"/> that a test may also set back
/// (each test starts at <see cref="AppFixture.Start"/> and travels to the dates its rule needs, past or future).
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private FakeTimeProvider current = new(start.ToUniversalTime());

    /// <summary>Now is <paramref name="instant"/>, earlier or later than before; given as UTC, as the system clock does (Npgsql insists).</summary>
    public void Set(DateTimeOffset instant) => current = new FakeTimeProvider(instant.ToUniversalTime());

    public void Advance(TimeSpan by) => current.Advance(by);

    public override DateTimeOffset GetUtcNow() => current.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => current.LocalTimeZone;

    public override long TimestampFrequency => current.TimestampFrequency;

    public override long GetTimestamp() => current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        current.CreateTimer(callback, state, dueTime, period);
}
