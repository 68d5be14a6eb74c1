using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Projects;
using InvestPromo.Infrastructure.Persistence;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// The demo filings (Seed:DemoFilings, on in Development) on a database of their own, of the run's provider (the reliability
/// run seeds them on PostgreSQL, where a China-time offset once refused the demo evaluation): every screen has something to
/// show, made through the domain's rules, and seeding again adds nothing.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class DemoFilingsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_fresh_demo_database_has_filings_in_every_state_publications_an_open_objection_and_a_reserve_list()
    {
        var folder = Path.Combine(Path.GetTempPath(), "investpromo-demo-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            await using var database = await TestDatabase.CreateAsync(folder);
            await using var app = Fixture.Factory.WithWebHostBuilder(builder => builder
                .UseSetting("Database:Provider", database.Provider.ToString())
                .UseSetting("ConnectionStrings:Default", database.ConnectionString)
                .UseSetting("App:DataPath", folder)
                .UseSetting("Seed:DemoFilings", "true"));
            var anonymous = Fixture.CreateClient(app: app);
            async Task<HttpClient> As(DemoLogin login)
            {
                var client = Fixture.CreateClient(app: app);
                (await client.PostAsJsonAsync("/api/auth/login", new { userName = login.UserName, password = login.Password, rememberMe = false })).EnsureSuccessStatusCode();
                return client;
            }

            var reviewer = await As(DemoLogin.Reviewer);
            var counts = await (await reviewer.GetAsync("/api/review/counts")).AssertOkJsonAsync();
            Assert.True(counts.GetProperty("underReview").GetInt32() >= 3, counts.ToString());
            Assert.True(counts.GetProperty("overdue").GetInt32() >= 1, counts.ToString());

            // The tracked projects' demo work (DemoProjects): the verification queue has rows overdue and not, of both filers' units.
            var verification = (await (await reviewer.GetAsync("/api/projects/verification-queue?pageSize=100")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().ToList();
            Assert.True(verification.Count >= 4, $"{verification.Count} verification tasks");
            Assert.Contains(verification, v => v.GetProperty("isOverdue").GetBoolean());
            Assert.Contains(verification, v => !v.GetProperty("isOverdue").GetBoolean());
            Assert.True(verification.Select(v => v.GetProperty("unitName").GetString()).Distinct().Count() >= 2);

            var filer = await As(DemoLogin.Filer);
            var mine = (await (await filer.GetAsync("/api/filings?pageSize=100")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray()
                .Select(f => f.GetProperty("status").GetString()).ToHashSet();
            Assert.Superset(new HashSet<string?> { "Draft", "UnderReview", "Returned", "Approved", "UnderReReview" }, mine);

            var publications = (await (await anonymous.GetAsync("/api/public/publications?pageSize=50")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray().ToList();
            Assert.True(publications.Count >= 5, $"{publications.Count} publications");
            var latest = await (await anonymous.GetAsync($"/api/public/publications/{publications[0].GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
            Assert.True(latest.GetProperty("acceptsObjections").GetBoolean());
            Assert.Contains(latest.GetProperty("entries").EnumerateArray(), e => e.GetProperty("status").GetString() == "UnderReReview");
            var statuses = new List<string?>();
            foreach (var publication in publications)
            {
                var detail = await (await anonymous.GetAsync($"/api/public/publications/{publication.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
                statuses.AddRange(detail.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
            }

            Assert.Contains("Revoked", statuses);
            var receipt = await (await anonymous.PostAsJsonAsync("/api/public/objections/status", new { receiptCode = DemoFilings.DemoReceiptCode })).AssertOkJsonAsync();
            Assert.Equal("Pending", receipt.GetProperty("status").GetString());

            var leader = await As(DemoLogin.Leader);
            var reserve = await (await leader.GetAsync("/api/reserve-list")).AssertOkJsonAsync();
            Assert.True(reserve.GetProperty("count").GetInt32() >= 3, reserve.ToString());
            var byChain = await (await leader.GetAsync("/api/analysis/filings?groupBy=IndustryChain")).AssertOkJsonAsync();
            Assert.True(byChain.GetProperty("groups").GetArrayLength() >= 5, byChain.ToString());

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            // The projects' lives (DemoProjects): a confirmed signing, a verified funds report, an open verification task, an open problem.
            Assert.True(await db.TrackedProjects.AnyAsync(p => p.SignedOn != null && p.AgreementAmount >= 50 * InvestPromo.Domain.Filings.Money.HundredMillion));
            Assert.True(await db.MonthlyReports.AnyAsync(r => r.Kind == MonthlyReportKind.FundsInPlace && r.Status == MonthlyReportStatus.Verified));
            Assert.True(await db.VerificationTasks.AnyAsync(t => t.IsOpen));
            Assert.True(await db.ProjectProblems.AnyAsync(p => p.Status != ProblemStatus.Solved));
            Assert.True(await db.TrackedProjects.AnyAsync(p => p.Status == TrackedProjectStatus.Stopped));

            // The promotion events (DemoEvents): every kind and every state, the demo association in them; publicity items.
            var events = await db.PromotionEvents.ToListAsync();
            Assert.Superset(Enum.GetValues<InvestPromo.Domain.PromotionEvents.PromotionEventKind>().ToHashSet(), events.Select(e => e.Kind).ToHashSet());
            Assert.Superset(Enum.GetValues<InvestPromo.Domain.PromotionEvents.PromotionEventStatus>().ToHashSet(), events.Select(e => e.Status).ToHashSet());
            Assert.True(await db.PublicityItems.CountAsync() >= 3);
            var portalEvents = await (await (await As(DemoLogin.Association)).GetAsync("/api/events?status=Proposed")).AssertOkJsonAsync();
            Assert.Equal(1, portalEvents.GetProperty("totalCount").GetInt32());

            var eventsBefore = (await db.PromotionEvents.CountAsync(), await db.PublicityItems.CountAsync());
            var before = (await db.Filings.CountAsync(), await db.Publications.CountAsync(), await db.Objections.CountAsync(),
                await db.ProjectMilestones.CountAsync(), await db.MonthlyReports.CountAsync(), await db.VerificationTasks.CountAsync(), await db.ProjectProblems.CountAsync());
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(CancellationToken.None);
            Assert.Equal(before, (await db.Filings.CountAsync(), await db.Publications.CountAsync(), await db.Objections.CountAsync(),
                await db.ProjectMilestones.CountAsync(), await db.MonthlyReports.CountAsync(), await db.VerificationTasks.CountAsync(), await db.ProjectProblems.CountAsync()));
            Assert.Equal(eventsBefore, (await db.PromotionEvents.CountAsync(), await db.PublicityItems.CountAsync()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
