using InvestPromo.Domain.Security;

namespace InvestPromo.Domain.UnitTests;

public sealed class UserSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid User = Guid.Parse("0195a3c4-0000-7000-8000-000000000002");
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private static UserSession Start(string? address = "192.168.1.20", string? agent = "Mozilla/5.0") =>
        UserSession.Start(User, Now, TimeSpan.FromHours(8), address, agent);

    [Fact]
    public void Starting_a_session_keeps_who_when_and_where()
    {
        var session = Start();

        Assert.Equal(User, session.UserId);
        Assert.Equal(Now, session.CreatedAt);
        Assert.Equal(Now, session.LastSeenAt);
        Assert.Equal(Now.AddHours(8), session.ExpiresAt);
        Assert.Null(session.EndedAt);
        Assert.Null(session.EndReason);
        Assert.Equal("192.168.1.20", session.ClientAddress);
        Assert.Equal("Mozilla/5.0", session.UserAgent);
        Assert.NotEqual(Guid.Empty, session.Id);
    }

    [Fact]
    public void A_long_user_agent_is_cut_and_control_characters_are_dropped()
    {
        var session = Start(address: " ::ffff:10.0.0.1 ", agent: "  Agent\u0000\u202E" + new string('a', 300));

        Assert.Equal("::ffff:10.0.0.1", session.ClientAddress);
        Assert.Equal(UserSession.UserAgentMaxLength, session.UserAgent!.Length);
        Assert.StartsWith("Agentaaa", session.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_agent_of_exactly_the_maximum_length_is_kept_whole()
    {
        var agent = new string('b', UserSession.UserAgentMaxLength);

        Assert.Equal(agent, Start(agent: agent).UserAgent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002")]
    public void A_missing_address_or_agent_is_stored_as_none(string? value)
    {
        var session = Start(address: value, agent: value);

        Assert.Null(session.ClientAddress);
        Assert.Null(session.UserAgent);
    }

    [Fact]
    public void A_session_needs_some_lifetime()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UserSession.Start(User, Now, TimeSpan.Zero, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => UserSession.Start(User, Now, TimeSpan.FromMinutes(-1), null, null));
    }

    [Theory]
    [InlineData(0, SessionStatus.Active)]
    [InlineData(29, SessionStatus.Active)]
    [InlineData(30, SessionStatus.Idle)]
    [InlineData(31, SessionStatus.Idle)]
    public void A_session_unused_for_the_idle_timeout_is_idle(int minutes, SessionStatus expected)
    {
        Assert.Equal(expected, Start().StatusAt(Now.AddMinutes(minutes), Idle));
    }

    [Fact]
    public void Idle_is_counted_to_the_second()
    {
        var session = Start();

        Assert.Equal(SessionStatus.Active, session.StatusAt(Now + Idle - TimeSpan.FromTicks(1), Idle));
        Assert.Equal(SessionStatus.Idle, session.StatusAt(Now + Idle, Idle));
    }

    [Fact]
    public void A_session_past_its_absolute_lifetime_is_expired_before_it_is_idle()
    {
        var session = Start();

        Assert.Equal(SessionStatus.Active, session.StatusAt(Now.AddHours(8).AddTicks(-1), TimeSpan.FromDays(1)));
        Assert.Equal(SessionStatus.Expired, session.StatusAt(Now.AddHours(8), TimeSpan.FromDays(1)));
        Assert.Equal(SessionStatus.Expired, session.StatusAt(Now.AddHours(9), Idle));
    }

    [Fact]
    public void An_ended_session_stays_ended_whatever_the_time()
    {
        var session = Start();

        session.End(SessionEndReason.SignedOut, Now.AddMinutes(1));

        Assert.Equal(SessionStatus.Ended, session.StatusAt(Now.AddMinutes(1), Idle));
        Assert.Equal(SessionStatus.Ended, session.StatusAt(Now.AddHours(9), Idle));
        Assert.Equal(Now.AddMinutes(1), session.EndedAt);
        Assert.Equal(SessionEndReason.SignedOut, session.EndReason);
    }

    [Fact]
    public void Ending_an_ended_session_keeps_the_first_end()
    {
        var session = Start();
        session.End(SessionEndReason.EndedByAdmin, Now.AddMinutes(1));

        session.End(SessionEndReason.Idle, Now.AddMinutes(40));

        Assert.Equal(Now.AddMinutes(1), session.EndedAt);
        Assert.Equal(SessionEndReason.EndedByAdmin, session.EndReason);
    }

    [Fact]
    public void The_lapse_reason_is_idle_or_expired_and_none_while_active_or_ended()
    {
        var session = Start();

        Assert.Null(session.LapseReasonAt(Now.AddMinutes(10), Idle));
        Assert.Equal(SessionEndReason.Idle, session.LapseReasonAt(Now.AddMinutes(31), Idle));
        Assert.Equal(SessionEndReason.Expired, session.LapseReasonAt(Now.AddHours(8), Idle));
        session.End(SessionEndReason.SignedOut, Now.AddMinutes(1));
        Assert.Null(session.LapseReasonAt(Now.AddHours(8), Idle));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(59, false)]
    [InlineData(60, true)]
    [InlineData(600, true)]
    public void The_last_seen_time_needs_writing_once_a_minute_has_passed(int seconds, bool expected)
    {
        Assert.Equal(expected, Start().NeedsTouchAt(Now.AddSeconds(seconds)));
    }
}
