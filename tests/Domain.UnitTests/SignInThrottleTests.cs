using InvestPromo.Domain.Security;

namespace InvestPromo.Domain.UnitTests;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly SignInLimit FivePerQuarterHour = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
    private static readonly SignInLimit FiftyPerHourLockingAnHour = new(50, TimeSpan.FromHours(1), TimeSpan.FromHours(2));

    private static SignInThrottle Start() => SignInThrottle.Start("pair-key", "account-key", Now);

    private static bool Fail(SignInThrottle throttle, int times, DateTimeOffset at, SignInLimit limit)
    {
        var locked = false;
        for (var i = 0; i < times; i++)
        {
            locked = throttle.RecordFailure(at, limit);
        }

        return locked;
    }

    [Fact]
    public void A_fresh_count_keeps_its_keys_and_refuses_nobody()
    {
        var throttle = Start();

        Assert.Equal("pair-key", throttle.Key);
        Assert.Equal("account-key", throttle.AccountKey);
        Assert.Equal(0, throttle.Failures);
        Assert.Equal(Now, throttle.WindowStartedAt);
        Assert.Null(throttle.LockedUntil);
        Assert.False(throttle.IsLocked(Now));
    }

    [Theory]
    [InlineData("", "account")]
    [InlineData(" ", "account")]
    [InlineData("pair", "")]
    public void A_count_needs_both_keys(string key, string accountKey) =>
        Assert.ThrowsAny<ArgumentException>(() => SignInThrottle.Start(key, accountKey, Now));

    [Fact]
    public void Four_failures_within_the_window_do_not_lock()
    {
        var throttle = Start();

        var locked = Fail(throttle, 4, Now.AddMinutes(14), FivePerQuarterHour);

        Assert.False(locked);
        Assert.Equal(4, throttle.Failures);
        Assert.False(throttle.IsLocked(Now.AddMinutes(14)));
        Assert.Null(throttle.LockedUntil);
    }

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_for_the_lock_time_and_no_longer()
    {
        var throttle = Start();
        Fail(throttle, 4, Now, FivePerQuarterHour);

        var locked = throttle.RecordFailure(Now.AddMinutes(1), FivePerQuarterHour);

        Assert.True(locked);
        Assert.Equal(Now.AddMinutes(16), throttle.LockedUntil);
        Assert.True(throttle.IsLocked(Now.AddMinutes(16).AddTicks(-1)));
        Assert.False(throttle.IsLocked(Now.AddMinutes(16)));
    }

    [Fact]
    public void A_locked_key_counts_nothing_more()
    {
        var throttle = Start();
        Fail(throttle, 5, Now, FivePerQuarterHour);

        var again = throttle.RecordFailure(Now.AddMinutes(5), FivePerQuarterHour);

        Assert.False(again);
        Assert.Equal(5, throttle.Failures);
        Assert.Equal(Now.AddMinutes(15), throttle.LockedUntil);
    }

    [Fact]
    public void A_failure_after_the_window_starts_a_new_one()
    {
        var throttle = Start();
        Fail(throttle, 4, Now, FivePerQuarterHour);

        var locked = throttle.RecordFailure(Now.AddMinutes(15), FivePerQuarterHour);

        Assert.False(locked);
        Assert.Equal(1, throttle.Failures);
        Assert.Equal(Now.AddMinutes(15), throttle.WindowStartedAt);
    }

    [Fact]
    public void A_failure_just_inside_the_window_still_counts()
    {
        var throttle = Start();
        Fail(throttle, 4, Now, FivePerQuarterHour);

        Assert.True(throttle.RecordFailure(Now.AddMinutes(15).AddTicks(-1), FivePerQuarterHour));
    }

    [Fact]
    public void After_a_lock_ends_the_count_starts_again_from_one()
    {
        var throttle = Start();
        Fail(throttle, 50, Now, FiftyPerHourLockingAnHour);
        var after = Now.AddHours(2);

        var locked = throttle.RecordFailure(after, FiftyPerHourLockingAnHour);

        Assert.False(locked);
        Assert.Equal(1, throttle.Failures);
        Assert.Null(throttle.LockedUntil);
        Assert.Equal(after, throttle.WindowStartedAt);
    }

    [Fact]
    public void A_lock_may_last_longer_than_the_window()
    {
        var throttle = Start();

        Fail(throttle, 50, Now.AddMinutes(30), FiftyPerHourLockingAnHour);

        Assert.Equal(Now.AddMinutes(150), throttle.LockedUntil);
        Assert.True(throttle.IsLocked(Now.AddMinutes(149)));
        Assert.False(throttle.RecordFailure(Now.AddMinutes(149), FiftyPerHourLockingAnHour));
    }

    [Fact]
    public void A_count_is_stale_only_when_unlocked_and_its_window_is_over()
    {
        var throttle = Start();
        Fail(throttle, 5, Now, FivePerQuarterHour);
        var hour = TimeSpan.FromHours(1);

        Assert.False(throttle.IsStale(Now.AddMinutes(59), hour));
        Assert.True(throttle.IsStale(Now.AddHours(1), hour));
        var locked = Start();
        Fail(locked, 50, Now, FiftyPerHourLockingAnHour);
        Assert.False(locked.IsStale(Now.AddHours(1), hour));
        Assert.True(locked.IsStale(Now.AddHours(2), hour));
    }

    [Theory]
    [InlineData(0, 15, 15)]
    [InlineData(5, 0, 15)]
    [InlineData(5, 15, 0)]
    public void A_limit_needs_a_failure_a_window_and_a_lock(int failures, int windowMinutes, int lockMinutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignInLimit(failures, TimeSpan.FromMinutes(windowMinutes), TimeSpan.FromMinutes(lockMinutes)));

    [Fact]
    public void A_limit_keeps_its_values()
    {
        var limit = new SignInLimit(1, TimeSpan.FromTicks(1), TimeSpan.FromTicks(1));

        Assert.Equal(1, limit.Failures);
        Assert.Equal(TimeSpan.FromTicks(1), limit.Window);
        Assert.Equal(TimeSpan.FromTicks(1), limit.LockFor);
    }
}
