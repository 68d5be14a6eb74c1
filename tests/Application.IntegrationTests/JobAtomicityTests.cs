using InvestPromo.Application.Evaluations.Commands.OpenEvaluation;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Quarterly.Commands.RunQuarterlyScheduling;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>
/// Issue 15: a job's run that fails halfway leaves nothing half-written. The database refuses the run's last kind of row (its
/// notifications, written in the same save as the report or the snapshot): nothing of the run is stored, and the next run,
/// once the database accepts it again, stores the whole as revision 1.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class JobAtomicityTests(AppFixture fixture) : AppTest(fixture)
{
    /// <summary>Until disposed, every insert into Notifications fails in the database (a trigger), as a full disk or a lost connection would.</summary>
    private async Task<IAsyncDisposable> RefuseNotificationsAsync()
    {
        var postgres = Fixture.Provider == DatabaseProvider.PostgreSql;
        await Fixture.DbAsync(db => db.Database.ExecuteSqlRawAsync(postgres
            ? "CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; "
              + "CREATE TRIGGER test_refuse BEFORE INSERT ON \"Notifications\" FOR EACH ROW EXECUTE FUNCTION test_refuse();"
            : "CREATE TRIGGER test_refuse BEFORE INSERT ON \"Notifications\" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"));
        return new Cleanup(() => Fixture.DbAsync(db => db.Database.ExecuteSqlRawAsync(postgres
            ? "DROP TRIGGER test_refuse ON \"Notifications\"; DROP FUNCTION test_refuse();"
            : "DROP TRIGGER test_refuse;")));
    }

    [Fact]
    public async Task A_quarterly_run_that_fails_halfway_stores_no_report_and_the_next_run_stores_revision_1()
    {
        await using (await RefuseNotificationsAsync())
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(Caller.System, new RunQuarterlySchedulingCommand(2025, 4, false)));
            Assert.True(refused.ToString().Contains("refused by the test", StringComparison.Ordinal), refused.ToString()[..Math.Min(1500, refused.ToString().Length)]);
        }

        Assert.False(await Fixture.DbAsync(db => db.QuarterlyReports.AnyAsync(r => r.Year == 2025 && r.Quarter == 4)));
        var report = await SendAsync(Caller.System, new RunQuarterlySchedulingCommand(2025, 4, false));
        Assert.Equal(1, report.Revision);
        Assert.True(await Fixture.DbAsync(db => db.Notifications.AnyAsync(n => n.Kind == Domain.Notifications.NotificationKind.QuarterlyReportReady)));
    }

    [Fact]
    public async Task An_evaluation_opening_that_fails_halfway_stores_no_evaluation_snapshot_or_scheme_and_the_next_run_opens_it()
    {
        At(ChinaTime(2026, 12, 1, 0, 30));
        var schemesBefore = await Fixture.DbAsync(db => db.EvaluationSchemes.CountAsync(s => s.Year == 2026));
        await using (await RefuseNotificationsAsync())
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(Caller.System, new OpenEvaluationCommand(2026)));
            Assert.True(refused.ToString().Contains("refused by the test", StringComparison.Ordinal), refused.ToString()[..Math.Min(1500, refused.ToString().Length)]);
        }

        Assert.Equal(0, await Fixture.DbAsync(db => db.AssociationEvaluations.CountAsync(e => e.Year == 2026)));
        Assert.Equal(0, await Fixture.DbAsync(db => db.EvaluationEntries.CountAsync()));
        Assert.Equal(schemesBefore, await Fixture.DbAsync(db => db.EvaluationSchemes.CountAsync(s => s.Year == 2026)));
        var opened = await SendAsync(Caller.System, new OpenEvaluationCommand(2026));
        Assert.Equal(opened.AssociationCount, await Fixture.DbAsync(db => db.EvaluationEntries.CountAsync(e => e.EvaluationId == opened.Id)));
    }

    private sealed class Cleanup(Func<Task> dispose) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await dispose();
    }
}
