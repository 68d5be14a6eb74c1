using InvestPromo.Application.Auth.Commands.PurgeSignInThrottles;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Housekeeping of the failed sign-in counts (the counting itself is tested through HTTP in SignInTests).</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class SignInThrottleTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly SignInLimit Pair = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
    private static readonly SignInLimit Account = new(50, TimeSpan.FromHours(1), TimeSpan.FromHours(3));

    [Fact]
    public async Task Housekeeping_deletes_only_the_counts_that_can_no_longer_refuse_anyone_and_is_idempotent()
    {
        // Stored instants are UTC (PostgreSQL refuses another offset), as the clock gives them.
        var start = ChinaTime(2026, 5, 4, 9).ToUniversalTime();
        At(start);
        await Fixture.DbAsync(async db =>
        {
            var old = SignInThrottle.Start("old", "a", start);
            old.RecordFailure(start, Pair);
            var locked = SignInThrottle.Start("locked", "b", start);
            for (var i = 0; i < 50; i++)
            {
                locked.RecordFailure(start, Account);
            }

            var recent = SignInThrottle.Start("recent", "c", start.AddMinutes(30));
            recent.RecordFailure(start.AddMinutes(30), Pair);
            db.SignInThrottles.AddRange(old, locked, recent);
            return await db.SaveChangesAsync();
        });
        At(start.AddMinutes(80));

        var purged = await SendAsync(Admin, new PurgeSignInThrottlesCommand());
        var again = await SendAsync(Admin, new PurgeSignInThrottlesCommand());

        Assert.Equal(1, purged);
        Assert.Equal(0, again);
        var left = await Fixture.DbAsync(db => db.SignInThrottles.OrderBy(t => t.Key).Select(t => t.Key).ToListAsync());
        Assert.Equal(["locked", "recent"], left);
    }
}
