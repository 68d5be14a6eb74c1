using InvestPromo.Application.Auth.Commands.PurgeEndedSessions;
using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Users.Commands.EndUserSessions;
using InvestPromo.Application.Users.Queries.ListUserSessions;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Server-side sessions: the per-request check (idle 30 minutes, absolute 8 hours, last seen written at most once a minute),
/// an admin ending a user's sessions (audited), and housekeeping.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class UserSessionTests(AppFixture fixture) : AppTest(fixture)
{
    private async Task<Guid> StartAsync(Caller user) =>
        await InSessionsAsync(s => s.StartAsync(user.UserId!.Value, "10.0.0.7", "Mozilla/5.0 " + new string('x', 500), CancellationToken.None));

    private Task<bool> CheckAsync(Guid session, Caller user) => InSessionsAsync(s => s.CheckAsync(session, user.UserId!.Value, CancellationToken.None));

    private async Task<T> InSessionsAsync<T>(Func<UserSessions, Task<T>> work)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserSessions>());
    }

    private Task<UserSession> SessionAsync(Guid id) => Fixture.DbAsync(db => db.UserSessions.AsNoTracking().SingleAsync(s => s.Id == id));

    [Fact]
    public async Task A_session_starts_active_with_its_absolute_expiry_and_a_truncated_user_agent()
    {
        var id = await StartAsync(Filer);

        var session = await SessionAsync(id);

        Assert.Equal(AppFixture.Start, session.CreatedAt);
        Assert.Equal(AppFixture.Start.AddHours(8), session.ExpiresAt);
        Assert.Equal("10.0.0.7", session.ClientAddress);
        Assert.Equal(UserSession.UserAgentMaxLength, session.UserAgent!.Length);
        Assert.True(await CheckAsync(id, Filer));
    }

    [Fact]
    public async Task Idle_29_minutes_is_still_active_and_31_minutes_ends_the_session_as_idle()
    {
        var id = await StartAsync(Filer);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await CheckAsync(id, Filer));
        Fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await CheckAsync(id, Filer));

        var session = await SessionAsync(id);
        Assert.Equal(SessionEndReason.Idle, session.EndReason);
        Assert.Equal(Fixture.Clock.GetUtcNow(), session.EndedAt);
    }

    [Fact]
    public async Task Activity_every_10_minutes_does_not_outlive_8_hours_and_the_end_is_recorded_as_expired()
    {
        var id = await StartAsync(Leader);
        for (var i = 1; i < 48; i++)
        {
            Fixture.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.True(await CheckAsync(id, Leader), $"after {i * 10} minutes");
        }

        Fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(await CheckAsync(id, Leader));
        Assert.Equal(SessionEndReason.Expired, (await SessionAsync(id)).EndReason);
    }

    [Fact]
    public async Task The_last_seen_time_is_written_at_most_once_a_minute()
    {
        var id = await StartAsync(Filer);

        Fixture.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(await CheckAsync(id, Filer));
        var unchanged = await SessionAsync(id);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await CheckAsync(id, Filer));
        var touched = await SessionAsync(id);

        Assert.Equal(AppFixture.Start, unchanged.LastSeenAt);
        Assert.Equal(AppFixture.Start.AddMinutes(1), touched.LastSeenAt);
    }

    [Fact]
    public async Task Another_users_id_or_an_unknown_session_is_refused()
    {
        var id = await StartAsync(Filer);

        Assert.False(await CheckAsync(id, Filer2));
        Assert.False(await CheckAsync(Guid.CreateVersion7(), Filer));
        Assert.True(await CheckAsync(id, Filer));
    }

    [Fact]
    public async Task An_admin_ends_every_active_session_of_a_user_and_no_one_elses_and_it_is_audited()
    {
        var first = await StartAsync(Filer);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await StartAsync(Filer);
        var other = await StartAsync(Filer2);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var listed = await SendAsync(Admin, new ListUserSessionsQuery(Filer.UserId!.Value));
        var result = await SendAsync(Admin, new EndUserSessionsCommand(Filer.UserId!.Value));

        Assert.Equal([second, first], listed.Select(s => s.Id));
        Assert.Equal(2, result.Ended);
        Assert.False(await CheckAsync(first, Filer));
        Assert.False(await CheckAsync(second, Filer));
        Assert.True(await CheckAsync(other, Filer2));
        Assert.Equal(SessionEndReason.EndedByAdmin, (await SessionAsync(first)).EndReason);
        Assert.Empty(await SendAsync(Admin, new ListUserSessionsQuery(Filer.UserId!.Value)));
        var audit = await Fixture.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.After!.Contains("EndedByAdmin")).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(Filer.UserId!.Value.ToString(), entry.EntityId);
        Assert.Equal("ApplicationUser", entry.EntityType);
        Assert.Equal(AuditAction.Modified, entry.Action);
        Assert.Equal(Admin.UserId, entry.UserId);
        Assert.Equal("admin", entry.UserName);
        Assert.Contains("\"activeSessions\":2", entry.Before, StringComparison.Ordinal);
        Assert.Contains("EndedByAdmin", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_leaves_lapsed_sessions_as_they_lapsed_and_counts_only_active_ones()
    {
        var idle = await StartAsync(Filer);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        var active = await StartAsync(Filer);

        var result = await SendAsync(Admin, new EndUserSessionsCommand(Filer.UserId!.Value));

        Assert.Equal(1, result.Ended);
        Assert.Null((await SessionAsync(idle)).EndReason);
        Assert.Equal(SessionEndReason.EndedByAdmin, (await SessionAsync(active)).EndReason);
    }

    [Fact]
    public async Task Only_an_admin_may_end_sessions_and_an_unknown_user_is_not_found()
    {
        var id = await StartAsync(Filer);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(Reviewer, new EndUserSessionsCommand(Filer.UserId!.Value)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(Filer, new EndUserSessionsCommand(Filer.UserId!.Value)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Admin, new EndUserSessionsCommand(Guid.CreateVersion7())));

        Assert.True(await CheckAsync(id, Filer));
    }

    [Fact]
    public async Task A_session_ended_here_is_refused_at_once_though_it_was_found_active_a_moment_ago()
    {
        var byAdmin = await StartAsync(Filer);
        var signedOut = await StartAsync(Filer2);
        Assert.True(await CheckAsync(byAdmin, Filer));
        Assert.True(await CheckAsync(signedOut, Filer2));

        await SendAsync(Admin, new EndUserSessionsCommand(Filer.UserId!.Value));
        await InSessionsAsync(s => s.EndAsync(signedOut, SessionEndReason.SignedOut, CancellationToken.None));

        Assert.False(await CheckAsync(byAdmin, Filer));
        Assert.False(await CheckAsync(signedOut, Filer2));
    }

    [Fact]
    public async Task A_session_ended_by_another_instance_is_refused_within_five_seconds()
    {
        var id = await StartAsync(Filer);
        Assert.True(await CheckAsync(id, Filer));
        // Another instance ends it: the row changes behind this process's back.
        await Fixture.DbAsync(db => db.UserSessions.Where(s => s.Id == id).EndAllAsync(SessionEndReason.EndedByAdmin, Fixture.Clock.GetUtcNow(), CancellationToken.None));

        Fixture.Clock.Advance(ActiveSessionCache.Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.True(await CheckAsync(id, Filer));
        Fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(await CheckAsync(id, Filer));
    }

    [Fact]
    public async Task Housekeeping_deletes_sessions_only_30_days_after_their_absolute_expiry()
    {
        var old = await StartAsync(Filer);
        Fixture.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(7));
        var young = await StartAsync(Filer);

        Assert.Equal(0, await SendAsync(Caller.System, new PurgeEndedSessionsCommand()));
        Fixture.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await SendAsync(Caller.System, new PurgeEndedSessionsCommand()));
        Assert.Equal(0, await SendAsync(Caller.System, new PurgeEndedSessionsCommand()));

        var left = await Fixture.DbAsync(db => db.UserSessions.AsNoTracking().Select(s => s.Id).ToListAsync());
        Assert.Equal([young], left);
        Assert.DoesNotContain(old, left);
    }
}
