using System.Net;
using System.Net.Http.Json;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Every endpoint × every kind of caller → the status the caller gets. A 2xx row really is that 2xx. Who may call what does not
/// depend on the database, so the matrix runs in the SQLite pass only (build/test.sh filters on the trait); the rules behind a
/// row (own unit only, 404 for another's id) are covered on both providers by their own classes.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
[Trait(TestProviders.Trait, TestProviders.SqliteOnly)]
public sealed class AuthorizationMatrixTests(ApiFixture fixture) : ApiTest(fixture)
{
    public enum Caller
    {
        Anonymous,
        Admin,
        Reviewer,
        Filer,
        Leader,
        Association,
        ReadOnlyKey,
        ReadWriteKey,
    }

    /// <summary>Who may call an endpoint.</summary>
    private enum Access
    {
        /// <summary>Anyone, signed in or not (sign-in, CSRF token, health, OpenAPI).</summary>
        Anyone,

        /// <summary>Signed-in users of any role; not API keys.</summary>
        SignedInUser,

        /// <summary>Every role and both kinds of API key.</summary>
        ReadOrganisation,

        /// <summary>Admins only.</summary>
        Admin,

        /// <summary>Filers only (their own unit's filings).</summary>
        Filer,

        /// <summary>Reviewers and admins.</summary>
        Reviewer,

        /// <summary>Every role but associations, and both kinds of API key.</summary>
        ReadFilings,

        /// <summary>Reviewers, admins, leaders and both kinds of API key.</summary>
        ReadReview,

        /// <summary>Reviewers, admins and leaders; not API keys (the reserve list).</summary>
        Staff,

        /// <summary>Filers (their own unit's projects) and read-write API keys: reporting a tracked project's milestones and figures.</summary>
        ReportProjects,

        /// <summary>The ReportProjects policy on a read (a template): filers and every API key (the read-only key's refusal is for writes).</summary>
        ReportProjectsRead,
        /// <summary>Filers (their own unit's projects), reviewers, admins and read-write API keys: evidence, revisits, problems.</summary>
        WorkOnProjects,

        /// <summary>A user of role Association (its own association's portal).</summary>
        AssociationPortal,

        /// <summary>Leaders and admins: approving a year's rewards.</summary>
        ApproveRewards,

        /// <summary>Filers, reviewers, admins and associations; not leaders, not API keys: project leads.</summary>
        Leads,

        /// <summary>Filers, reviewers, admins, leaders and associations; not API keys: reading promotion events.</summary>
        ReadEvents,

        /// <summary>Filers, reviewers and admins: recording a promotion event.</summary>
        RecordEvents,

        /// <summary>Filers, reviewers, admins and associations: changing a promotion event and its files.</summary>
        EditEvents,

        /// <summary>Reviewers, admins, leaders and associations: reading publicity items.</summary>
        ReadPublicity,

        /// <summary>Filers, reviewers, admins and leaders; not associations, not API keys: the recommender lookup.</summary>
        PickRecommenders,

        /// <summary>Filers (their own unit's line), reviewers, admins and leaders; not associations, not API keys: the quarterly reports.</summary>
        ReadQuarterly,
    }

    private sealed record Endpoint(string Name, HttpMethod Method, Access Access, HttpStatusCode Success, Func<Setup, Caller, Task<HttpRequestMessage>> Request);

    /// <summary>The default Chinese font paths (DocumentOptions); declared before <see cref="Endpoints"/>, which reads them.</summary>
    private static readonly string[] DefaultFontPaths =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc", "C:\\Windows\\Fonts\\msyh.ttc", "C:\\Windows\\Fonts\\simsun.ttc",
    ];

    private static readonly Endpoint[] Endpoints =
    [
        new("POST /api/auth/login", HttpMethod.Post, Access.Anyone, HttpStatusCode.OK,
            (_, _) => Json(HttpMethod.Post, "/api/auth/login", new { userName = "leader", password = "Leader#2026-Demo", rememberMe = false })),
        new("GET /api/auth/antiforgery", HttpMethod.Get, Access.Anyone, HttpStatusCode.NoContent, (_, _) => Get("/api/auth/antiforgery")),
        new("GET /api/auth/me", HttpMethod.Get, Access.SignedInUser, HttpStatusCode.OK, (_, _) => Get("/api/auth/me")),
        new("GET /api/auth/session", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/api/auth/session")),
        new("POST /api/auth/logout", HttpMethod.Post, Access.SignedInUser, HttpStatusCode.NoContent,
            (_, _) => Json(HttpMethod.Post, "/api/auth/logout", new { })),
        new("POST /api/auth/change-password", HttpMethod.Post, Access.SignedInUser, HttpStatusCode.NoContent,
            (_, caller) => Json(HttpMethod.Post, "/api/auth/change-password", new { currentPassword = Login(caller)?.Password ?? "Whatever#2026", newPassword = "Changed#2027" })),
        new("POST /api/auth/logout-everywhere", HttpMethod.Post, Access.SignedInUser, HttpStatusCode.NoContent,
            (_, _) => Json(HttpMethod.Post, "/api/auth/logout-everywhere", new { })),
        new("GET /api/units", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK, (_, _) => Get("/api/units?page=1&pageSize=50&kind=County")),
        new("GET /api/units/{id}", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/units/{await setup.UnitAsync("430702")}")),
        new("POST /api/units", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/units", new { code = "MTX" + Random(), name = "矩阵测试园区", kind = "Park", description = "matrix" })),
        new("PUT /api/units/{id}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var unit = await setup.ThrowawayUnitAsync();
            return await Json(HttpMethod.Put, $"/api/units/{unit.Id}", new { name = "改名园区", kind = "Park", description = (string?)null, version = unit.Version });
        }),
        new("DELETE /api/units/{id}", HttpMethod.Delete, Access.Admin, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var unit = await setup.ThrowawayUnitAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/units/{unit.Id}?version={unit.Version}");
        }),
        new("GET /api/users", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/users?role=Filer")),
        new("GET /api/users/{id}", HttpMethod.Get, Access.Admin, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/users/{(await setup.LeaderAsync()).Id}")),
        new("POST /api/users", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/users", new { userName = "mtx" + Random(), displayName = "矩阵", password = "Matrix#2026-Pass", role = "Leader" })),
        new("PUT /api/users/{id}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var leader = await setup.LeaderAsync();
            return await Json(HttpMethod.Put, $"/api/users/{leader.Id}", new { displayName = "王市长(改)", role = "Leader", unitId = (Guid?)null, isActive = true, version = leader.Version });
        }),
        new("GET /api/users/{id}/sessions", HttpMethod.Get, Access.Admin, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/users/{(await setup.LeaderAsync()).Id}/sessions")),
        new("POST /api/users/{id}/sessions/end", HttpMethod.Post, Access.Admin, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/users/{(await setup.LeaderAsync()).Id}/sessions/end", new { })),
        new("POST /api/users/{id}/reset-password", HttpMethod.Post, Access.Admin, HttpStatusCode.NoContent,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/users/{(await setup.LeaderAsync()).Id}/reset-password", new { newPassword = "Reset#2027-Pass" })),
        new("POST /api/users/{id}/unlock", HttpMethod.Post, Access.Admin, HttpStatusCode.NoContent,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Post, $"/api/users/{(await setup.LeaderAsync()).Id}/unlock")),
        new("GET /api/api-keys", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/api-keys")),
        new("POST /api/api-keys", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/api-keys", new { name = "matrix", scope = "ReadOnly", expiresAt = (DateTimeOffset?)null })),
        new("POST /api/api-keys/{id}/revoke", HttpMethod.Post, Access.Admin, HttpStatusCode.NoContent,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/api-keys/{await setup.ThrowawayKeyAsync()}/revoke", new { reason = "matrix" })),
        new("PUT /api/api-keys/{id}/contacts", HttpMethod.Put, Access.Admin, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Put, $"/api/api-keys/{await setup.ThrowawayKeyAsync()}/contacts", new { mayReadContacts = true, version = 0 })),
        new("GET /api/webhooks/subscriptions", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/webhooks/subscriptions")),
        new("POST /api/webhooks/subscriptions", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/webhooks/subscriptions", new { url = "https://203.0.113.10/hook", eventTypes = new[] { "filing.approved" } })),
        new("GET /api/webhooks/subscriptions/{id}", HttpMethod.Get, Access.Admin, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/webhooks/subscriptions/{(await setup.WebhookSubscriptionAsync()).Id}")),
        new("PUT /api/webhooks/subscriptions/{id}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var subscription = await setup.WebhookSubscriptionAsync();
            return await Json(HttpMethod.Put, $"/api/webhooks/subscriptions/{subscription.Id}",
                new { url = "https://203.0.113.11/hook", eventTypes = new[] { "filing.revoked" }, description = "matrix", paused = true, version = subscription.Version });
        }),
        new("DELETE /api/webhooks/subscriptions/{id}", HttpMethod.Delete, Access.Admin, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var subscription = await setup.WebhookSubscriptionAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/webhooks/subscriptions/{subscription.Id}?version={subscription.Version}");
        }),
        new("POST /api/webhooks/subscriptions/{id}/ping", HttpMethod.Post, Access.Admin, HttpStatusCode.Accepted,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/webhooks/subscriptions/{(await setup.WebhookSubscriptionAsync()).Id}/ping", new { })),
        new("GET /api/webhooks/event-types", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/webhooks/event-types")),
        new("GET /api/webhooks/deliveries", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/webhooks/deliveries?status=Delivered&page=1&pageSize=20")),
        new("POST /api/webhooks/deliveries/{id}/redeliver", HttpMethod.Post, Access.Admin, HttpStatusCode.Accepted,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/webhooks/deliveries/{await setup.DeliveredWebhookAsync()}/redeliver", new { })),
        new("GET /api/audit", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/audit?entityType=CarrierUnit")),
        new("GET /api/audit/entity-types", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/audit/entity-types")),
        new("GET /api/industry-chains", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK, (_, _) => Get("/api/industry-chains")),
        new("POST /api/industry-chains", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/industry-chains", new { code = "M" + Random(), name = "矩阵产业链", sortOrder = 900 })),
        new("PUT /api/industry-chains/{id}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var chain = await setup.IndustryChainAsync();
            return await Json(HttpMethod.Put, $"/api/industry-chains/{chain.Id}", new { name = "改名产业链", sortOrder = 901, isActive = false, version = chain.Version });
        }),
        new("DELETE /api/industry-chains/{id}", HttpMethod.Delete, Access.Admin, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var chain = await setup.IndustryChainAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/industry-chains/{chain.Id}?version={chain.Version}");
        }),
        new("GET /api/regions?kind=Province", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK, (_, _) => Get("/api/regions?kind=Province")),
        new("GET /api/regions?kind=Country", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK, (_, _) => Get("/api/regions?kind=Country")),
        new("GET /api/regions?parentCode=430000&includeInactive=true", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK,
            (_, _) => Get("/api/regions?parentCode=430000&includeInactive=true")),
        new("POST /api/regions", HttpMethod.Post, Access.Admin, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/regions", new { code = $"43{System.Random.Shared.Next(90, 100)}{System.Random.Shared.Next(10, 100)}", name = "矩阵市", nameEn = "Matrix" })),
        new("PUT /api/regions/{code}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var (code, version) = await setup.SourceRegionAsync();
            return await Json(HttpMethod.Put, $"/api/regions/{code}", new { name = "改名市", nameEn = "Renamed", isActive = false, version });
        }),
        new("GET /api/calendar/add-working-days", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/api/calendar/add-working-days?date=2024-09-27&days=3")),
        new("GET /api/calendar/days", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/api/calendar/days?from=2024-09-27&to=2024-10-08")),
        new("GET /api/calendar/years", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/calendar/years")),
        new("GET /api/calendar/years/{year}", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/calendar/years/2024")),
        new("PUT /api/calendar/years/{year}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK,
            (_, _) => Json(HttpMethod.Put, "/api/calendar/years/2027", new { source = "matrix", days = new[] { new { date = "2027-10-01", kind = "Holiday", name = "国庆节" } } })),
        new("POST /api/calendar/years/{year}/import", HttpMethod.Post, Access.Admin, HttpStatusCode.OK, (_, _) =>
        {
            var form = new MultipartFormDataContent();
            form.Add(new StringContent("""{ "year": 2027, "days": [{ "date": "2027-10-01", "kind": "Holiday", "name": "国庆节" }] }""", System.Text.Encoding.UTF8, "application/json"), "file", "2027.json");
            return Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/calendar/years/2027/import") { Content = form });
        }),
        new("GET /api/filings", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/filings?status=Draft&page=1")),
        new("GET /api/changes", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/changes?after=0&limit=10")),
        new("GET /api/projects/{id}/evidence", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/evidence")),
        new("GET /api/projects", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/projects?status=Active&page=1")),
        new("GET /api/projects/{id}/milestones", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.MilestoneAsync()).ProjectId}/milestones")),
        new("POST /api/projects/{id}/milestones", HttpMethod.Post, Access.ReportProjects, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/milestones",
                new { kind = "Signed", occurredOn = setup.Today(), agreementAmount = 1_000_000m, note = "矩阵", externalReference = (string?)null })),
        new("PUT /api/projects/{id}/milestones/{milestoneId}", HttpMethod.Put, Access.ReportProjects, HttpStatusCode.OK, async (setup, _) =>
        {
            var m = await setup.MilestoneAsync("return");
            return await Json(HttpMethod.Put, $"/api/projects/{m.ProjectId}/milestones/{m.Id}", new { version = m.Version, occurredOn = setup.Today(), agreementAmount = 2_000_000m, note = "已更正" });
        }),
        new("POST /api/projects/{id}/milestones/{milestoneId}/confirm", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var m = await setup.MilestoneAsync();
            return await Json(HttpMethod.Post, $"/api/projects/{m.ProjectId}/milestones/{m.Id}/confirm", new { version = m.Version });
        }),
        new("POST /api/projects/{id}/milestones/{milestoneId}/return", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var m = await setup.MilestoneAsync();
            return await Json(HttpMethod.Post, $"/api/projects/{m.ProjectId}/milestones/{m.Id}/return", new { version = m.Version, reason = "请补充协议" });
        }),
        new("POST /api/projects/{id}/milestones/{milestoneId}/correct", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var m = await setup.MilestoneAsync("confirm");
            return await Json(HttpMethod.Post, $"/api/projects/{m.ProjectId}/milestones/{m.Id}/correct", new { version = m.Version, occurredOn = setup.Today(), agreementAmount = 3_000_000m, reason = "金额有误" });
        }),
        new("POST /api/projects/{id}/above-designated-size", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var project = await setup.FilingAsync("submit", "approve");
            return await Json(HttpMethod.Post, $"/api/projects/{project.Id}/above-designated-size", new { version = await setup.ProjectVersionAsync(project.Id), qualifiedOn = setup.Today() });
        }),
        new("POST /api/projects/{id}/stop", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var project = await setup.FilingAsync("submit", "approve");
            return await Json(HttpMethod.Post, $"/api/projects/{project.Id}/stop", new { version = await setup.ProjectVersionAsync(project.Id), stoppedOn = setup.Today(), reason = "撤资" });
        }),
        new("GET /api/projects/{id}", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}")),
        new("GET /api/projects/{id}/timeline", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/timeline")),
        new("GET /api/projects/verification-queue", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/projects/verification-queue?subject=Milestone&overdue=false")),
        new("GET /api/projects/verification-queue/export", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/projects/verification-queue/export?subject=FundsReport")),
        new("GET /api/projects/reports/import/template", HttpMethod.Get, Access.ReportProjectsRead, HttpStatusCode.OK, (_, _) => Get("/api/projects/reports/import/template")),
        new("POST /api/projects/reports/import", HttpMethod.Post, Access.ReportProjects, HttpStatusCode.OK, (_, _) =>
            Task.FromResult(ProjectReportImportTests.ImportRequest(ExcelTests.Workbook(ProjectReportImportTests.Headers, [Guid.NewGuid().ToString(), null, "到位资金", 2026, 8, 1, null, null, null, null, null])))),
        new("GET /api/projects/summary", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/projects/summary?year=2026")),
        new("GET /api/projects/funds-totals", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/projects/funds-totals?from=2026-01-01&to=2026-12-31&groupBy=Unit")),
        new("GET /api/projects/{id}/reports", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/reports")),
        new("POST /api/projects/{id}/reports", HttpMethod.Post, Access.ReportProjects, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/projects/{await setup.ReportableProjectAsync()}/reports", ProjectReportsTests.Funds(5, 1m))),
        new("POST /api/projects/{id}/reports/{reportId}/corrections", HttpMethod.Post, Access.ReportProjects, HttpStatusCode.Created,
            async (setup, _) =>
            {
                var (project, report, version) = await setup.MonthlyReportAsync(reject: true);
                return await Json(HttpMethod.Post, $"/api/projects/{project}/reports/{report}/corrections", new { version, domesticOutsideProvince = 2 });
            }),
        new("POST /api/projects/{id}/reports/{reportId}/verify", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) =>
            {
                var (project, report, version) = await setup.MonthlyReportAsync();
                return await Json(HttpMethod.Post, $"/api/projects/{project}/reports/{report}/verify", new { version });
            }),
        new("POST /api/projects/{id}/reports/{reportId}/reject", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) =>
            {
                var (project, report, version) = await setup.MonthlyReportAsync();
                return await Json(HttpMethod.Post, $"/api/projects/{project}/reports/{report}/reject", new { version, reason = "缺少回单" });
            }),
        new("GET /api/projects/service/due", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/projects/service/due?withinDays=7")),
        new("GET /api/projects/problems/summary", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/projects/problems/summary")),
        new("GET /api/projects/problems/departments", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/projects/problems/departments?search=局")),
        new("GET /api/projects/{id}/service", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/service")),
        new("PUT /api/projects/{id}/service", HttpMethod.Put, Access.WorkOnProjects, HttpStatusCode.OK,
            async (setup, _) =>
            {
                var project = await setup.ProjectAsync();
                return await Json(HttpMethod.Put, $"/api/projects/{project.Id}/service", new { version = project.Version, serviceOwnerId = (Guid?)null, revisitIntervalDays = 30 });
            }),
        new("GET /api/projects/{id}/revisits", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/revisits")),
        new("POST /api/projects/{id}/revisits", HttpMethod.Post, Access.WorkOnProjects, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/revisits",
                new { visitedOn = setup.Today(), visitors = "招商科", metWith = "企业负责人", notes = "生产正常。" })),
        new("GET /api/projects/{id}/problems", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/problems")),
        new("POST /api/projects/{id}/problems", HttpMethod.Post, Access.WorkOnProjects, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/projects/{(await setup.FilingAsync("submit", "approve")).Id}/problems",
                new { description = "用地指标未落实。", department = "市自然资源和规划局", dueOn = setup.Today() })),
        new("POST /api/projects/{id}/problems/{problemId}/status", HttpMethod.Post, Access.WorkOnProjects, HttpStatusCode.OK,
            async (setup, _) =>
            {
                var (projectId, problemId, version) = await setup.ProblemAsync();
                return await Json(HttpMethod.Post, $"/api/projects/{projectId}/problems/{problemId}/status", new { version, status = "InProgress", note = "已协调。" });
            }),
        new("GET /api/filings/{id}", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{(await setup.FilingAsync("submit")).Id}")),
        new("POST /api/filings", HttpMethod.Post, Access.Filer, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, "/api/filings", FilingsTests.CompleteBody(await setup.ChainAsync()))),
        new("PUT /api/filings/{id}", HttpMethod.Put, Access.Filer, HttpStatusCode.OK, async (setup, _) =>
        {
            var filing = await setup.FilingAsync();
            var body = FilingsTests.CompleteBody(await setup.ChainAsync(), "矩阵修改");
            body["version"] = filing.Version;
            return await Json(HttpMethod.Put, $"/api/filings/{filing.Id}", body);
        }),
        new("POST /api/filings/{id}/submit", HttpMethod.Post, Access.Filer, HttpStatusCode.OK,
            async (setup, _) => await FilingAction(await setup.FilingAsync(), "submit", new { })),
        new("POST /api/filings/{id}/withdraw", HttpMethod.Post, Access.Filer, HttpStatusCode.OK,
            async (setup, _) => await FilingAction(await setup.FilingAsync("submit"), "withdraw", new { })),
        new("POST /api/filings/{id}/approve", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await FilingAction(await setup.FilingAsync("submit"), "approve", new { })),
        new("POST /api/filings/{id}/return", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await FilingAction(await setup.FilingAsync("submit"), "return", new { reasons = "矩阵退回" })),
        new("POST /api/filings/{id}/revoke", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await FilingAction(await setup.FilingAsync("submit", "approve"), "revoke", new { reason = "矩阵撤销" })),
        new("GET /api/filings/{id}/duplicates", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{(await setup.FilingAsync("submit")).Id}/duplicates")),
        new("POST /api/filings/{id}/duplicates/{otherId}/dismiss", HttpMethod.Post, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            // Two submissions of the same body: suspected duplicates of each other.
            var first = await setup.FilingAsync("submit");
            var second = await setup.FilingAsync("submit");
            return await Json(HttpMethod.Post, $"/api/filings/{second.Id}/duplicates/{first.Id}/dismiss", new { reason = "矩阵" });
        }),
        new("GET /api/filings/{id}/attachments", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{(await setup.FilingWithAttachmentAsync("submit")).Filing.Id}/attachments")),
        new("POST /api/filings/{id}/attachments", HttpMethod.Post, Access.Filer, HttpStatusCode.Created, async (setup, _) =>
        {
            var filing = await setup.FilingAsync();
            return new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{filing.Id}/attachments")
            {
                Content = FilingAttachmentsTests.Form(FilingAttachmentsTests.Pdf, "矩阵协议.pdf", "Agreement", filing.Version),
            };
        }),
        new("GET /api/filings/{id}/attachments/{attachmentId}/content", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, async (setup, _) =>
        {
            var (filing, attachmentId) = await setup.FilingWithAttachmentAsync("submit");
            return new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filing.Id}/attachments/{attachmentId}/content");
        }),
        new("DELETE /api/filings/{id}/attachments/{attachmentId}", HttpMethod.Delete, Access.Filer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (filing, attachmentId) = await setup.FilingWithAttachmentAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/filings/{filing.Id}/attachments/{attachmentId}?version={filing.Version}");
        }),
        new("GET /api/filings/export", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, (_, _) => Get("/api/filings/export?category=Industrial")),
        new("GET /api/filings/import/template", HttpMethod.Get, Access.Filer, HttpStatusCode.OK, (_, _) => Get("/api/filings/import/template")),
        new("POST /api/filings/import", HttpMethod.Post, Access.Filer, HttpStatusCode.OK, (_, _) =>
            Task.FromResult(ExcelTests.ImportRequest(ExcelTests.Workbook(ExcelTests.TemplateHeaders, ExcelTests.Row("矩阵导入"))))),
        new("GET /api/review/queue/export", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/review/queue/export?sort=Name")),
        new("GET /api/review/queue", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/review/queue?sort=Deadline")),
        new("GET /api/review/counts", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/review/counts")),
        new("GET /api/analysis/filings", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK,
            (_, _) => Get("/api/analysis/filings?groupBy=Period&period=Week&from=2025-01-01")),
        new("GET /api/leads", HttpMethod.Get, Access.Leads, HttpStatusCode.OK, (_, _) => Get("/api/leads?status=Assigned")),
        new("GET /api/leads/{id}", HttpMethod.Get, Access.Leads, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/leads/{(await setup.SharedLeadAsync()).Id}")),
        new("POST /api/leads", HttpMethod.Post, Access.Leads, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/leads", new { companyName = "矩阵线索公司", sourceKind = "Center" })),
        new("POST /api/leads/{id}/opinion-requests", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.OpenLeadAsync();
            return await Json(HttpMethod.Post, $"/api/leads/{id}/opinion-requests", new { associationIds = new[] { await setup.DemoAssociationAsync() }, question = "请了解情况。", version });
        }),
        new("POST /api/leads/{id}/assign", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.OpenLeadAsync();
            return await Json(HttpMethod.Post, $"/api/leads/{id}/assign", new { unitId = await setup.UnitAsync("430702"), version });
        }),
        new("POST /api/leads/{id}/merge", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.OpenLeadAsync();
            var (target, _) = await setup.OpenLeadAsync();
            return await Json(HttpMethod.Post, $"/api/leads/{id}/merge", new { targetLeadId = target, version });
        }),
        new("POST /api/leads/{id}/shelve", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.OpenLeadAsync();
            return await Json(HttpMethod.Post, $"/api/leads/{id}/shelve", new { reason = "暂缓", version });
        }),
        new("GET /api/association-portal/opinion-requests", HttpMethod.Get, Access.AssociationPortal, HttpStatusCode.OK,
            (_, _) => Get("/api/association-portal/opinion-requests?openOnly=true")),
        new("POST /api/association-portal/opinion-requests/{id}/answer", HttpMethod.Post, Access.AssociationPortal, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.OpinionRequestAsync();
            return await Json(HttpMethod.Post, $"/api/association-portal/opinion-requests/{id}/answer", new { answer = "经营稳健。", version });
        }),
        new("GET /api/events", HttpMethod.Get, Access.ReadEvents, HttpStatusCode.OK, (_, _) => Get("/api/events?kind=Promotion&year=2026&status=Confirmed")),
        new("GET /api/events/export", HttpMethod.Get, Access.ReadEvents, HttpStatusCode.OK, (_, _) => Get("/api/events/export?year=2026")),
        new("GET /api/events/{id}", HttpMethod.Get, Access.ReadEvents, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/events/{(await setup.SharedEventAsync()).Id}")),
        new("POST /api/events", HttpMethod.Post, Access.RecordEvents, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, "/api/events", await setup.EventBodyAsync())),
        new("PUT /api/events/{id}", HttpMethod.Put, Access.EditEvents, HttpStatusCode.OK, async (setup, caller) =>
        {
            var (id, version) = await setup.EventAsync(caller);
            var body = await setup.EventBodyAsync();
            body["version"] = version;
            return await Json(HttpMethod.Put, $"/api/events/{id}", body);
        }),
        new("DELETE /api/events/{id}", HttpMethod.Delete, Access.EditEvents, HttpStatusCode.NoContent, async (setup, caller) =>
        {
            var (id, version) = await setup.EventAsync(caller);
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/events/{id}?version={version}");
        }),
        new("POST /api/events/{id}/confirm", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.EventAsync(Caller.Association);
            return await Json(HttpMethod.Post, $"/api/events/{id}/confirm", new { version });
        }),
        new("POST /api/events/{id}/reject", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.EventAsync(Caller.Association);
            return await Json(HttpMethod.Post, $"/api/events/{id}/reject", new { reason = "不属于招商活动。", version });
        }),
        new("POST /api/events/{id}/files", HttpMethod.Post, Access.EditEvents, HttpStatusCode.Created, async (setup, caller) =>
        {
            var (id, _) = await setup.EventAsync(caller);
            return new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/files") { Content = CreditsTests.EvidenceForm() };
        }),
        new("GET /api/events/{id}/files/{fileId}/content", HttpMethod.Get, Access.ReadEvents, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, fileId) = await setup.SharedEventFileAsync();
            return new HttpRequestMessage(HttpMethod.Get, $"/api/events/{id}/files/{fileId}/content");
        }),
        new("DELETE /api/events/{id}/files/{fileId}", HttpMethod.Delete, Access.EditEvents, HttpStatusCode.NoContent, async (setup, caller) =>
        {
            var (id, fileId) = await setup.EventFileAsync(caller);
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/events/{id}/files/{fileId}");
        }),
        new("POST /api/association-portal/events", HttpMethod.Post, Access.AssociationPortal, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/association-portal/events", new
            {
                kind = "Symposium", title = "矩阵座谈会", startsOn = "2026-10-01", endsOn = "2026-10-01", place = "北京", ownRole = "Host", invitedCompanyCount = 3,
            })),
        new("GET /api/publicity", HttpMethod.Get, Access.ReadPublicity, HttpStatusCode.OK, (_, _) => Get("/api/publicity?year=2026")),
        new("GET /api/publicity/export", HttpMethod.Get, Access.ReadPublicity, HttpStatusCode.OK, (_, _) => Get("/api/publicity/export?year=2026")),
        new("POST /api/publicity", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created,
            async (setup, _) => await Json(HttpMethod.Post, "/api/publicity", await setup.PublicityBodyAsync())),
        new("PUT /api/publicity/{id}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (id, version) = await setup.PublicityItemAsync();
            var body = await setup.PublicityBodyAsync();
            body["version"] = version;
            return await Json(HttpMethod.Put, $"/api/publicity/{id}", body);
        }),
        new("DELETE /api/publicity/{id}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (id, version) = await setup.PublicityItemAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/publicity/{id}?version={version}");
        }),
        new("GET /api/analysis/filings/export", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK,
            (_, _) => Get("/api/analysis/filings/export?groupBy=SourceRegion")),
        new("GET /api/reserve-list", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/reserve-list?perRegion=10")),
        new("GET /api/reserve-list/regions/{code}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/reserve-list/regions/430000?page=1&pageSize=10")),
        new("GET /api/reserve-list/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/reserve-list/export")),
        new("GET /api/workbench/filer", HttpMethod.Get, Access.Filer, HttpStatusCode.OK, (_, _) => Get("/api/workbench/filer")),
        new("GET /api/workbench/leader", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/workbench/leader")),
        new("GET /api/filings/{id}/credits", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{(await setup.CreditAsync()).FilingId}/credits")),
        new("POST /api/filings/{id}/credits", HttpMethod.Post, Access.Filer, HttpStatusCode.Created, async (setup, _) =>
        {
            var filing = await setup.FilingAsync("submit", "approve");
            return await Json(HttpMethod.Post, $"/api/filings/{filing.Id}/credits", new { associationId = (await setup.AssociationAsync()).Id });
        }),
        new("POST /api/filings/{id}/credits/change", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var credit = await setup.CreditAsync(confirm: true);
            return await Json(HttpMethod.Post, $"/api/filings/{credit.FilingId}/credits/change", new { version = credit.Version, recommenderKind = "Person", recommenderName = "矩阵引荐人", reason = "矩阵变更" });
        }),
        new("GET /api/credits/queue", HttpMethod.Get, Access.ReadReview, HttpStatusCode.OK, (_, _) => Get("/api/credits/queue?page=1&pageSize=20")),
        new("GET /api/people/recommenders", HttpMethod.Get, Access.PickRecommenders, HttpStatusCode.OK, (_, _) => Get("/api/people/recommenders?kind=Ambassador&search=CD")),
        new("GET /api/ambassadors", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/ambassadors?year=2026&cityRegionCode=440000")),
        new("GET /api/ambassadors/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/ambassadors/export?year=2026")),
        new("GET /api/ambassadors/{id}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, async (setup, _) => await Get($"/api/ambassadors/{(await setup.AmbassadorAsync()).Id}")),
        new("GET /api/ambassadors/{id}/certificate.pdf", HttpMethod.Get, Access.Staff, PdfFontInstalled ? HttpStatusCode.OK : HttpStatusCode.Conflict,
            async (setup, _) => await Get($"/api/ambassadors/{(await setup.AmbassadorAsync()).Id}/certificate.pdf")),
        new("POST /api/ambassadors", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/ambassadors", new { year = 2026, name = "矩阵大使", certificateNumber = "MTX-" + Random() })),
        new("PUT /api/ambassadors/{id}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var ambassador = await setup.AmbassadorAsync();
            return await Json(HttpMethod.Put, $"/api/ambassadors/{ambassador.Id}", new { name = "改名大使", certificateNumber = "MTX-" + Random(), version = ambassador.Version });
        }),
        new("POST /api/ambassadors/{id}/reappoint", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created, async (setup, _) =>
            await Json(HttpMethod.Post, $"/api/ambassadors/{(await setup.AmbassadorAsync()).Id}/reappoint", new { certificateNumber = "MTX-" + Random() })),
        new("DELETE /api/ambassadors/{id}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var ambassador = await setup.AmbassadorAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/ambassadors/{ambassador.Id}?version={ambassador.Version}");
        }),
        new("GET /api/natives", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/natives?tag=储能&isListed=true")),
        new("GET /api/natives/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/natives/export?cityRegionCode=440000")),
        new("GET /api/natives/import/template", HttpMethod.Get, Access.Reviewer, HttpStatusCode.OK, (_, _) => Get("/api/natives/import/template")),
        new("POST /api/natives/import", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, (_, _) =>
        {
            var request = ExcelTests.ImportRequest(ExcelTests.Workbook(
                ["姓名", "籍贯（区县）", "单位", "职务", "产业链", "城市代码", "所属商协会", "上市公司", "标签", "电话", "电子邮箱"], ["矩阵人士", null, "矩阵公司", null, null, null, null, null, null, null, null]));
            request.RequestUri = new Uri("/api/natives/import", UriKind.Relative);
            return Task.FromResult(request);
        }),
        new("POST /api/natives", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created, (_, _) => Json(HttpMethod.Post, "/api/natives", new { name = "矩阵人士", tags = new[] { "矩阵" } })),
        new("PUT /api/natives/{id}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var native = await setup.NativeAsync();
            return await Json(HttpMethod.Put, $"/api/natives/{native.Id}", new { name = "改名人士", version = native.Version });
        }),
        new("DELETE /api/natives/{id}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var native = await setup.NativeAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/natives/{native.Id}?version={native.Version}");
        }),
        new("GET /api/targeting", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/targeting?regionCode=440000")),
        new("GET /api/targeting/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/targeting/export?regionCode=440300")),
        new("POST /api/credits/{id}/confirm", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var credit = await setup.CreditAsync();
            return await Json(HttpMethod.Post, $"/api/credits/{credit.Id}/confirm", new { version = credit.Version });
        }),
        new("POST /api/credits/{id}/reject", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var credit = await setup.CreditAsync();
            return await Json(HttpMethod.Post, $"/api/credits/{credit.Id}/reject", new { version = credit.Version, reason = "矩阵" });
        }),
        new("POST /api/credits/{id}/evidence", HttpMethod.Post, Access.Filer, HttpStatusCode.Created, async (setup, _) =>
        {
            var credit = await setup.CreditAsync();
            return new HttpRequestMessage(HttpMethod.Post, $"/api/credits/{credit.Id}/evidence") { Content = CreditsTests.EvidenceForm() };
        }),
        new("GET /api/credits/{id}/evidence/{evidenceId}/content", HttpMethod.Get, Access.ReadFilings, HttpStatusCode.OK, async (setup, _) =>
        {
            var credit = await setup.CreditAsync(withEvidence: true);
            return new HttpRequestMessage(HttpMethod.Get, $"/api/credits/{credit.Id}/evidence/{credit.EvidenceId}/content");
        }),
        new("DELETE /api/credits/{id}/evidence/{evidenceId}", HttpMethod.Delete, Access.Filer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var credit = await setup.CreditAsync(withEvidence: true);
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/credits/{credit.Id}/evidence/{credit.EvidenceId}");
        }),
        new("GET /api/purchased-service", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/purchased-service")),
        new("GET /api/purchased-service/{id}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/purchased-service/{(await setup.PurchasedServiceYearAsync()).Id}")),
        new("POST /api/purchased-service", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/purchased-service", new { year = 2030, contractor = "矩阵机构", contractAmount = 1_000_000m })),
        new("PUT /api/purchased-service/{id}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var year = await setup.PurchasedServiceYearAsync();
            return await Json(HttpMethod.Put, $"/api/purchased-service/{year.Id}", new { version = year.Version, contractor = "改名机构", contractAmount = 1_000_000m, budgetLimit = 3_000_000m });
        }),
        new("PUT /api/purchased-service/{id}/evaluation", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var year = await setup.PurchasedServiceYearAsync();
            return await Json(HttpMethod.Put, $"/api/purchased-service/{year.Id}/evaluation", new { version = year.Version, result = "90分 优秀", evaluatedOn = "2031-12-28" });
        }),
        new("POST /api/purchased-service/{id}/payments", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Post, $"/api/purchased-service/{(await setup.PurchasedServiceYearAsync()).Id}/payments", new { paidOn = "2031-03-31", amount = 100m })),
        new("POST /api/purchased-service/{id}/subsidies", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var year = await setup.PurchasedServiceYearAsync();
            return await Json(HttpMethod.Post, $"/api/purchased-service/{year.Id}/subsidies", new { associationId = (await setup.AssociationAsync()).Id, paidOn = "2031-12-01", amount = 100m });
        }),
        new("DELETE /api/purchased-service/{id}/entries/{entryId}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var year = await setup.PurchasedServiceYearAsync(withPayment: true);
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/purchased-service/{year.Id}/entries/{year.PaymentId}");
        }),
        new("GET /api/associations", HttpMethod.Get, Access.ReadOrganisation, HttpStatusCode.OK, (_, _) => Get("/api/associations?kind=AlumniAssociation")),
        new("POST /api/associations", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/associations", new { name = "矩阵校友会", kind = "AlumniAssociation", status = "Preparatory", homeRegionCode = "440300" })),
        new("PUT /api/associations/{id}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var association = await setup.AssociationAsync();
            return await Json(HttpMethod.Put, $"/api/associations/{association.Id}", new { name = "改名商会", kind = "IndustryAssociation", version = association.Version });
        }),
        new("DELETE /api/associations/{id}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var association = await setup.AssociationAsync();
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/associations/{association.Id}?version={association.Version}");
        }),
        new("GET /api/associations/{id}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, async (setup, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/associations/{(await setup.AssociationAsync()).Id}")),
        new("GET /api/associations/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/associations/export?status=Established")),
        new("PUT /api/associations/{id}/profile", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var association = await setup.AssociationAsync();
            return await Json(HttpMethod.Put, $"/api/associations/{association.Id}/profile", new
            {
                name = "矩阵商会", kind = "IndustryAssociation", homeRegionCode = "430700", memberCount = 10, presidentName = "周建华", presidentContact = "13807361000",
                version = association.Version,
            });
        }),
        new("POST /api/associations/{id}/status", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var association = await setup.AssociationAsync();
            return await Json(HttpMethod.Post, $"/api/associations/{association.Id}/status", new { status = "Dissolved", version = association.Version });
        }),
        new("POST /api/associations/{id}/ratings", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created, async (setup, _) =>
            await Json(HttpMethod.Post, $"/api/associations/{(await setup.AssociationAsync()).Id}/ratings", new { level = "Municipal", year = 2024 })),
        new("DELETE /api/associations/{id}/ratings/{ratingId}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (association, id, version) = await setup.AssociationPartAsync(null, "ratings", new { level = "National", year = 2023 });
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/associations/{association}/ratings/{id}?version={version}");
        }),
        new("POST /api/associations/{id}/offices", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created, async (setup, _) =>
            await Json(HttpMethod.Post, $"/api/associations/{(await setup.AssociationAsync()).Id}/offices", new { name = "矩阵联络处", cityRegionCode = "440300" })),
        new("PUT /api/associations/{id}/offices/{officeId}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (association, id, version) = await setup.AssociationPartAsync(null, "offices", new { name = "矩阵联络处", cityRegionCode = "440300" });
            return await Json(HttpMethod.Put, $"/api/associations/{association}/offices/{id}", new { name = "矩阵联络站", cityRegionCode = "310000", version });
        }),
        new("DELETE /api/associations/{id}/offices/{officeId}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (association, id, version) = await setup.AssociationPartAsync(null, "offices", new { name = "矩阵联络处", cityRegionCode = "440300" });
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/associations/{association}/offices/{id}?version={version}");
        }),
        new("POST /api/associations/{id}/members", HttpMethod.Post, Access.Reviewer, HttpStatusCode.Created, async (setup, _) =>
            await Json(HttpMethod.Post, $"/api/associations/{(await setup.AssociationAsync()).Id}/members", new { companyName = "矩阵企业", position = "会员单位" })),
        new("PUT /api/associations/{id}/members/{memberId}", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var (association, id, version) = await setup.AssociationPartAsync(null, "members", new { companyName = "矩阵企业" });
            return await Json(HttpMethod.Put, $"/api/associations/{association}/members/{id}", new { companyName = "矩阵企业二", version });
        }),
        new("DELETE /api/associations/{id}/members/{memberId}", HttpMethod.Delete, Access.Reviewer, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (association, id, version) = await setup.AssociationPartAsync(null, "members", new { companyName = "矩阵企业" });
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/associations/{association}/members/{id}?version={version}");
        }),
        new("GET /api/association-portal", HttpMethod.Get, Access.AssociationPortal, HttpStatusCode.OK, (_, _) => Get("/api/association-portal?page=1&pageSize=10")),
        new("POST /api/association-portal/offices", HttpMethod.Post, Access.AssociationPortal, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/association-portal/offices", new { name = "矩阵联络处", cityRegionCode = "440300" })),
        new("PUT /api/association-portal/offices/{officeId}", HttpMethod.Put, Access.AssociationPortal, HttpStatusCode.OK, async (setup, _) =>
        {
            var (_, id, version) = await setup.AssociationPartAsync(await setup.DemoAssociationAsync(), "offices", new { name = "矩阵联络处", cityRegionCode = "440300" });
            return await Json(HttpMethod.Put, $"/api/association-portal/offices/{id}", new { name = "矩阵联络站", cityRegionCode = "310000", version });
        }),
        new("DELETE /api/association-portal/offices/{officeId}", HttpMethod.Delete, Access.AssociationPortal, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (_, id, version) = await setup.AssociationPartAsync(await setup.DemoAssociationAsync(), "offices", new { name = "矩阵联络处", cityRegionCode = "440300" });
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/association-portal/offices/{id}?version={version}");
        }),
        new("POST /api/association-portal/members", HttpMethod.Post, Access.AssociationPortal, HttpStatusCode.Created,
            (_, _) => Json(HttpMethod.Post, "/api/association-portal/members", new { companyName = "矩阵企业" })),
        new("PUT /api/association-portal/members/{memberId}", HttpMethod.Put, Access.AssociationPortal, HttpStatusCode.OK, async (setup, _) =>
        {
            var (_, id, version) = await setup.AssociationPartAsync(await setup.DemoAssociationAsync(), "members", new { companyName = "矩阵企业" });
            return await Json(HttpMethod.Put, $"/api/association-portal/members/{id}", new { companyName = "矩阵企业二", version });
        }),
        new("DELETE /api/association-portal/members/{memberId}", HttpMethod.Delete, Access.AssociationPortal, HttpStatusCode.NoContent, async (setup, _) =>
        {
            var (_, id, version) = await setup.AssociationPartAsync(await setup.DemoAssociationAsync(), "members", new { companyName = "矩阵企业" });
            return new HttpRequestMessage(HttpMethod.Delete, $"/api/association-portal/members/{id}?version={version}");
        }),
        new("GET /api/targets/{year}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/targets/2011")),
        new("PUT /api/targets/{year}/units/{unitId}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var (unitId, version) = await setup.TargetAsync();
            return await Json(HttpMethod.Put, $"/api/targets/2011/units/{unitId}", new
            {
                figures = new { signedProjects = 10, signedOver1Billion = 2, signedOver5Billion = 1, startedProjects = 8, completedProjects = 6, fixedAssetInvestment = 1_000_000m, fundsDomestic = 0m, fundsForeign = 0m },
                version,
            });
        }),
        new("GET /api/targets/{year}/import/template", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/api/targets/2011/import/template")),
        new("POST /api/targets/import", HttpMethod.Post, Access.Admin, HttpStatusCode.OK, (_, _) =>
        {
            var request = ExcelTests.ImportRequest(ExcelTests.Workbook(
                ["年度", "载体单位", "新签约工业项目（个）", "其中协议投资10亿元以上（个）", "其中协议投资50亿元以上（个）", "新开工工业项目（个）", "新竣工工业项目（个）",
                    "规模工业固定资产投资（万元）", "到位资金省外境内（万元）", "到位资金境外（万元）"],
                ["2012", "汉寿县", "3", "1", "0", "2", "1", "100", "10", "1"]));
            request.RequestUri = new Uri("/api/targets/import", UriKind.Relative);
            return Task.FromResult(request);
        }),
        new("GET /api/quarterly/reports", HttpMethod.Get, Access.ReadQuarterly, HttpStatusCode.OK, (_, _) => Get("/api/quarterly/reports?year=2011")),
        new("POST /api/quarterly/reports", HttpMethod.Post, Access.Admin, HttpStatusCode.OK,
            (_, _) => Json(HttpMethod.Post, "/api/quarterly/reports", new { year = 2011, quarter = 2, again = false })),
        new("GET /api/quarterly/reports/{year}/{quarter}", HttpMethod.Get, Access.ReadQuarterly, HttpStatusCode.OK, async (setup, _) =>
        {
            await setup.QuarterlyReportAsync();
            return new HttpRequestMessage(HttpMethod.Get, "/api/quarterly/reports/2011/1");
        }),
        new("GET /api/quarterly/reports/{year}/{quarter}/units/{unitId}", HttpMethod.Get, Access.ReadQuarterly, HttpStatusCode.OK, async (setup, _) =>
        {
            await setup.QuarterlyReportAsync();
            return new HttpRequestMessage(HttpMethod.Get, $"/api/quarterly/reports/2011/1/units/{await setup.UnitAsync("430702")}");
        }),
        new("GET /api/quarterly/reports/{year}/{quarter}/export", HttpMethod.Get, Access.ReadQuarterly, HttpStatusCode.OK, async (setup, _) =>
        {
            await setup.QuarterlyReportAsync();
            return new HttpRequestMessage(HttpMethod.Get, "/api/quarterly/reports/2011/1/export");
        }),
        new("GET /api/quarterly/cockpit", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/quarterly/cockpit")),
        new("GET /api/reward-policies", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/reward-policies")),
        new("POST /api/reward-policies", HttpMethod.Post, Access.Admin, HttpStatusCode.Created, (_, _) => Json(HttpMethod.Post, "/api/reward-policies", Setup.NextPolicyBody())),
        new("PUT /api/reward-policies/{id}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, async (setup, _) =>
        {
            var policy = await setup.RewardPolicyAsync();
            var body = Setup.PolicyBody(policy.From) with { Version = policy.Version };
            return await Json(HttpMethod.Put, $"/api/reward-policies/{policy.Id}", body);
        }),
        new("GET /api/rewards/calculations", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/rewards/calculations?year=2010")),
        new("POST /api/rewards/calculations", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            (_, _) => Json(HttpMethod.Post, "/api/rewards/calculations", new { year = 2009 })),
        new("GET /api/rewards/calculations/{id}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/rewards/calculations/{(await setup.RewardCalculationAsync(2008, 0)).Id}")),
        new("GET /api/rewards/calculations/{id}/lines", HttpMethod.Get, Access.Staff, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/rewards/calculations/{(await setup.RewardCalculationAsync(2008, 0)).Id}/lines?outcome=Eligible")),
        new("GET /api/rewards/calculations/{id}/lines/export", HttpMethod.Get, Access.Staff, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/rewards/calculations/{(await setup.RewardCalculationAsync(2008, 0)).Id}/lines/export")),
        new("GET /api/rewards/calculations/{id}/diff", HttpMethod.Get, Access.Staff, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/rewards/calculations/{(await setup.RewardCalculationAsync(2008, 0)).Id}/diff")),
        new("POST /api/rewards/calculations/{id}/submit", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var calculation = await setup.RewardCalculationAsync(2005, 0);
            return await Json(HttpMethod.Post, $"/api/rewards/calculations/{calculation.Id}/submit", new { version = calculation.Version });
        }),
        new("POST /api/rewards/calculations/{id}/approve", HttpMethod.Post, Access.ApproveRewards, HttpStatusCode.OK, async (setup, _) =>
        {
            var calculation = await setup.RewardCalculationAsync(2006, 1);
            return await Json(HttpMethod.Post, $"/api/rewards/calculations/{calculation.Id}/approve", new { version = calculation.Version });
        }),
        new("POST /api/rewards/calculations/{id}/pay", HttpMethod.Post, Access.ApproveRewards, HttpStatusCode.OK, async (setup, _) =>
        {
            var calculation = await setup.RewardCalculationAsync(2007, 2);
            return await Json(HttpMethod.Post, $"/api/rewards/calculations/{calculation.Id}/pay", new { paidOn = setup.Today(), voucherNumber = "记-001", version = calculation.Version });
        }),
        new("POST /api/rewards/impact-confirmations", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Post, "/api/rewards/impact-confirmations", new { projectId = (await setup.ProjectAsync()).Id, year = 2025 })),
        new("GET /api/association-portal/rewards", HttpMethod.Get, Access.AssociationPortal, HttpStatusCode.OK, (_, _) => Get("/api/association-portal/rewards")),
        new("GET /api/evaluation-schemes", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/evaluation-schemes")),
        new("GET /api/evaluation-schemes/templates", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/evaluation-schemes/templates")),
        new("GET /api/evaluation-schemes/{year}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, async (setup, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/evaluation-schemes/{await setup.EvaluationSchemeYearAsync()}")),
        new("PUT /api/evaluation-schemes/{year}", HttpMethod.Put, Access.Admin, HttpStatusCode.OK, (_, _) =>
            Json(HttpMethod.Put, "/api/evaluation-schemes/2061", new { name = "矩阵细则", totalScore = 10m, groups = new[]
            {
                new { code = "g", name = "组", maxScore = 10m, indicators = new[] { new { code = "m", name = "人工", maxScore = 10m, kind = "Manual" } } },
            }, version = (int?)null })),
        new("POST /api/evaluation-schemes/{year}/copy", HttpMethod.Post, Access.Admin, HttpStatusCode.OK, (_, _) =>
            Json(HttpMethod.Post, "/api/evaluation-schemes/2062/copy", new { template = "hunan", version = (int?)null })),
        new("GET /api/evaluations", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, (_, _) => Get("/api/evaluations")),
        new("POST /api/evaluations", HttpMethod.Post, Access.Admin, HttpStatusCode.OK, (_, _) => Json(HttpMethod.Post, "/api/evaluations", new { year = 2004 })),
        new("GET /api/evaluations/{year}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, async (setup, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/{(await setup.EvaluationAsync(2010, scored: false)).Year}")),
        new("PUT /api/evaluations/{year}/associations/{associationId}/scores", HttpMethod.Put, Access.Reviewer, HttpStatusCode.OK, async (setup, caller) =>
        {
            var (year, _, association) = await setup.EvaluationAsync(caller is Caller.Reviewer or Caller.Admin ? 2011 : 2010, scored: false);
            return await Json(HttpMethod.Put, $"/api/evaluations/{year}/associations/{association}/scores",
                new { scores = new[] { new { indicatorCode = "products", score = 10m, note = "矩阵", evidence = (string?)null, version = (int?)null } }, reason = (string?)null });
        }),
        new("POST /api/evaluations/{year}/approve", HttpMethod.Post, Access.ApproveRewards, HttpStatusCode.OK, async (setup, caller) =>
        {
            var (year, version, _) = await setup.EvaluationAsync(caller is Caller.Leader or Caller.Admin ? 2012 : 2010, scored: true);
            return await Json(HttpMethod.Post, $"/api/evaluations/{year}/approve", new { version, reason = (string?)null });
        }),
        new("GET /api/evaluations/{year}/revisions/{number}", HttpMethod.Get, Access.Staff, HttpStatusCode.OK, async (setup, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/{await setup.PublishedEvaluationYearAsync()}/revisions/1")),
        new("GET /api/public/evaluations", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/api/public/evaluations")),
        new("GET /api/public/evaluations/{year}", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, async (setup, _) =>
            new HttpRequestMessage(HttpMethod.Get, $"/api/public/evaluations/{await setup.PublishedEvaluationYearAsync()}")),
        new("GET /api/association-portal/evaluations", HttpMethod.Get, Access.AssociationPortal, HttpStatusCode.OK, (_, _) => Get("/api/association-portal/evaluations")),
        new("GET /api/notifications", HttpMethod.Get, Access.SignedInUser, HttpStatusCode.OK, (_, _) => Get("/api/notifications?unreadOnly=true&order=UnreadFirst")),
        new("GET /api/notifications/unread-count", HttpMethod.Get, Access.SignedInUser, HttpStatusCode.OK, (_, _) => Get("/api/notifications/unread-count")),
        new("POST /api/notifications/{id}/read", HttpMethod.Post, Access.SignedInUser, HttpStatusCode.NoContent,
            async (setup, caller) => new HttpRequestMessage(HttpMethod.Post, $"/api/notifications/{await setup.NotificationForAsync(caller)}/read")),
        new("POST /api/notifications/read-all", HttpMethod.Post, Access.SignedInUser, HttpStatusCode.OK,
            (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/notifications/read-all"))),
        new("GET /api/publications", HttpMethod.Get, Access.Reviewer, HttpStatusCode.OK, (_, _) => Get("/api/publications?page=1&pageSize=10")),
        new("POST /api/publications", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Post, "/api/publications", new { weekStart = await setup.PublishableWeekAsync() })),
        new("GET /api/public/publications", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/api/public/publications")),
        new("GET /api/public/publications/{id}", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/public/publications/{await setup.PublicationAsync()}")),
        new("POST /api/public/publications/{id}/entries/{entryId}/objections", HttpMethod.Post, Access.Anyone, HttpStatusCode.Created, async (setup, _) =>
        {
            var publication = await setup.PublishedAsync();
            var entry = publication.GetProperty("entries")[0].GetProperty("id").GetGuid();
            return new HttpRequestMessage(HttpMethod.Post, $"/api/public/publications/{publication.GetProperty("id").GetGuid()}/entries/{entry}/objections")
            {
                Content = ObjectionsTests.ObjectionForm(),
            };
        }),
        new("POST /api/public/objections/status", HttpMethod.Post, Access.Anyone, HttpStatusCode.OK,
            async (setup, _) => await Json(HttpMethod.Post, "/api/public/objections/status", new { receiptCode = (await setup.ObjectionAsync()).ReceiptCode })),
        new("GET /api/objections", HttpMethod.Get, Access.Reviewer, HttpStatusCode.OK, (_, _) => Get("/api/objections?status=Pending&page=1&pageSize=10")),
        new("GET /api/objections/{id}", HttpMethod.Get, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{(await setup.ObjectionAsync()).Id}")),
        new("GET /api/objections/{id}/evidence", HttpMethod.Get, Access.Reviewer, HttpStatusCode.OK,
            async (setup, _) => new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{(await setup.ObjectionAsync(withEvidence: true)).Id}/evidence")),
        new("POST /api/objections/{id}/dismiss", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var objection = await setup.ObjectionAsync();
            return await Json(HttpMethod.Post, $"/api/objections/{objection.Id}/dismiss", new { version = objection.Version, reason = "不成立" });
        }),
        new("POST /api/objections/{id}/uphold", HttpMethod.Post, Access.Reviewer, HttpStatusCode.OK, async (setup, _) =>
        {
            var objection = await setup.ObjectionAsync();
            return await Json(HttpMethod.Post, $"/api/objections/{objection.Id}/uphold", new { version = objection.Version, remedy = "Return", reason = "请更正" });
        }),
        new("GET /health", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/health")),
        new("GET /health/ready", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/health/ready")),
        new("GET /hangfire", HttpMethod.Get, Access.Admin, HttpStatusCode.OK, (_, _) => Get("/hangfire")),
        // Anonymous by design, restricted by address (Telemetry:ScrapeAllowedAddresses, loopback by default): TelemetryTests.
        new("GET /metrics", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Task.FromResult(TelemetryTests.Scrape("127.0.0.1"))),
        new("GET /swagger/v1/swagger.json", HttpMethod.Get, Access.Anyone, HttpStatusCode.OK, (_, _) => Get("/swagger/v1/swagger.json")),
    ];

    public static TheoryData<string, Caller, int, string?> Matrix()
    {
        var data = new TheoryData<string, Caller, int, string?>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var (status, code) = Expected(endpoint, caller);
                data.Add(endpoint.Name, caller, (int)status, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_expected_status_from_each_endpoint(string endpoint, Caller caller, int expectedStatus, string? expectedCode)
    {
        var setup = new Setup(Fixture);
        var client = await ClientAsync(setup, caller);
        var request = await Endpoints.Single(e => e.Name == endpoint).Request(setup, caller);

        var response = await client.SendAsync(request);

        if (expectedCode is null)
        {
            await response.AssertStatusAsync((HttpStatusCode)expectedStatus);
        }
        else
        {
            await response.AssertProblemAsync((HttpStatusCode)expectedStatus, expectedCode);
        }
    }

    [Fact]
    public void The_matrix_covers_every_caller_for_every_endpoint_and_has_both_successes_and_refusals()
    {
        var rows = Matrix().Select(row => ((string)row[0], (Caller)row[1], (int)row[2])).ToList();
        Assert.Equal(Endpoints.Length * Enum.GetValues<Caller>().Length, rows.Count);
        Assert.Contains(rows, r => r.Item3 == 401);
        Assert.Contains(rows, r => r.Item3 == 403);
        Assert.All(Endpoints, e => Assert.Contains(rows, r => r.Item1 == e.Name && r.Item3 < 300));
    }

    /// <summary>Who reads a filing's contacts (FilingContacts): the filing's unit, reviewers, admins, and API keys an admin granted them.</summary>
    public enum ContactsCaller
    {
        Admin,
        Reviewer,
        Filer,
        Leader,
        ReadOnlyKey,
        ReadWriteKey,
        ContactsKey,
    }

    /// <summary>Every read that carries filings × every caller that may make it → whether the contacts are in the answer.</summary>
    public static TheoryData<string, ContactsCaller, bool> ContactsMatrix()
    {
        var data = new TheoryData<string, ContactsCaller, bool>();
        foreach (var read in new[] { "GET /api/filings/{id}", "GET /api/filings", "GET /api/filings/export", "GET /api/review/queue", "GET /api/review/queue/export" })
        {
            foreach (var caller in Enum.GetValues<ContactsCaller>())
            {
                if (read.Contains("/review/", StringComparison.Ordinal) && caller == ContactsCaller.Filer)
                {
                    continue; // not the filer's (403 above)
                }

                // Lists never carry contacts; a filing and the exports carry them for those the rule allows.
                var lists = read is "GET /api/filings" or "GET /api/review/queue";
                data.Add(read, caller, !lists && caller is ContactsCaller.Admin or ContactsCaller.Reviewer or ContactsCaller.Filer or ContactsCaller.ContactsKey);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContactsMatrix))]
    public async Task Each_caller_sees_a_filings_contacts_only_where_the_contacts_rule_allows(string read, ContactsCaller caller, bool seesContacts)
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var body = FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "联系人矩阵");
        var filing = await FilingsTests.CreateAsync(filer, body);
        var id = filing.GetProperty("id").GetGuid();
        // The contacts are edited once, so the history's changes carry them too.
        body["contactName"] = "赵新联系";
        body["contactPhone"] = "13800001111";
        body["version"] = filing.GetProperty("version").GetInt32();
        filing = await (await filer.PutAsJsonAsync($"/api/filings/{id}", body)).AssertOkJsonAsync();
        await FilingsTests.PostAsync(filer, filing, "submit");
        var admin = await AdminAsync();
        var client = caller switch
        {
            ContactsCaller.Admin => admin,
            ContactsCaller.Reviewer => await LoginAsync(DemoLogin.Reviewer),
            ContactsCaller.Filer => filer,
            ContactsCaller.Leader => await LoginAsync(DemoLogin.Leader),
            ContactsCaller.ReadOnlyKey => await Fixture.ApiKeyClientAsync("ReadOnly", admin),
            ContactsCaller.ReadWriteKey => await Fixture.ApiKeyClientAsync("ReadWrite", admin),
            _ => Fixture.ApiKeyClient((await Fixture.CreateApiKeyAsync("ReadOnly", admin, mayReadContacts: true)).Secret),
        };
        string[] contacts = ["赵新联系", "13800001111", "13912345678"];
        string[] old = ["王联系", "0736-7654321"];

        var url = read[4..].Replace("{id}", id.ToString(), StringComparison.Ordinal);
        var response = await client.GetAsync(url);

        if (read.EndsWith("export", StringComparison.Ordinal))
        {
            var sheet = await ExcelTests.SheetAsync(response);
            Assert.Equal(seesContacts, sheet[0].Contains("联系人"));
            Assert.Equal(seesContacts, sheet[0].Contains("联系电话"));
            Assert.Equal(seesContacts, sheet[0].Contains("引荐人联系方式"));
            var row = Assert.Single(sheet.Skip(1), r => r.Contains("联系人矩阵"));
            Assert.All(contacts, c => Assert.Equal(seesContacts, row.Contains(c)));
            Assert.Contains("李引荐", row); // the recommender's name is not a contact
            return;
        }

        var json = await response.AssertOkJsonAsync();
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(contacts.Concat(old), c => Assert.Equal(seesContacts, text.Contains(c, StringComparison.Ordinal)));
        if (read == "GET /api/filings/{id}")
        {
            Assert.Equal(seesContacts ? "赵新联系" : null, json.GetProperty("contactName").GetString());
            Assert.Equal(seesContacts ? "13800001111" : null, json.GetProperty("contactPhone").GetString());
            Assert.Equal(seesContacts ? "13912345678" : null, json.GetProperty("recommenderContact").GetString());
            Assert.Equal("李引荐", json.GetProperty("recommenderName").GetString());
        }
        else
        {
            Assert.Contains(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        }
    }

    private static (HttpStatusCode Status, string? Code) Expected(Endpoint endpoint, Caller caller)
    {
        var isKey = caller is Caller.ReadOnlyKey or Caller.ReadWriteKey;
        var writes = endpoint.Method != HttpMethod.Get;
        if (caller == Caller.ReadOnlyKey && writes)
        {
            return (HttpStatusCode.Forbidden, "auth.api-key-read-only");
        }

        return endpoint.Access switch
        {
            Access.Anyone => (endpoint.Success, null),
            _ when caller == Caller.Anonymous => (HttpStatusCode.Unauthorized, "unauthorized"),
            Access.ReadOrganisation => (endpoint.Success, null),
            Access.SignedInUser => isKey ? (HttpStatusCode.Forbidden, "forbidden") : (endpoint.Success, null),
            Access.Admin => caller == Caller.Admin ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.Filer => caller == Caller.Filer ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.Reviewer => caller is Caller.Reviewer or Caller.Admin ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ReadFilings => caller == Caller.Association ? (HttpStatusCode.Forbidden, "forbidden") : (endpoint.Success, null),
            Access.ReadReview => caller is Caller.Filer or Caller.Association ? (HttpStatusCode.Forbidden, "forbidden") : (endpoint.Success, null),
            Access.ReportProjects => caller is Caller.Filer or Caller.ReadWriteKey ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ReportProjectsRead => caller is Caller.Filer or Caller.ReadWriteKey or Caller.ReadOnlyKey ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.WorkOnProjects => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.ReadWriteKey ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.AssociationPortal => caller == Caller.Association ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.Leads => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.Association ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ReadEvents => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.Leader or Caller.Association ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.RecordEvents => caller is Caller.Filer or Caller.Reviewer or Caller.Admin ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.EditEvents => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.Association ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ReadQuarterly => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.Leader ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.PickRecommenders => caller is Caller.Filer or Caller.Reviewer or Caller.Admin or Caller.Leader ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ReadPublicity => caller is Caller.Reviewer or Caller.Admin or Caller.Leader or Caller.Association ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.ApproveRewards => caller is Caller.Leader or Caller.Admin ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            Access.Staff => caller is Caller.Reviewer or Caller.Admin or Caller.Leader ? (endpoint.Success, null) : (HttpStatusCode.Forbidden, "forbidden"),
            _ => throw new InvalidOperationException(),
        };
    }

    private static DemoLogin? Login(Caller caller) => caller switch
    {
        Caller.Admin => DemoLogin.Admin,
        Caller.Reviewer => DemoLogin.Reviewer,
        Caller.Filer => DemoLogin.Filer,
        Caller.Leader => DemoLogin.Leader,
        Caller.Association => DemoLogin.Association,
        _ => null,
    };

    private async Task<HttpClient> ClientAsync(Setup setup, Caller caller) => caller switch
    {
        Caller.Anonymous => Fixture.CreateClient(),
        Caller.ReadOnlyKey => await Fixture.ApiKeyClientAsync("ReadOnly", await setup.AdminAsync()),
        Caller.ReadWriteKey => await Fixture.ApiKeyClientAsync("ReadWrite", await setup.AdminAsync()),
        _ => await Fixture.LoginAsync(Login(caller)!),
    };

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Json<T>(HttpMethod method, string url, T body) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });

    /// <summary>A POST to a filing's action with the version it has now.</summary>
    private static Task<HttpRequestMessage> FilingAction(ThrowawayFiling filing, string action, object extra)
    {
        var body = new Dictionary<string, object?> { ["version"] = filing.Version };
        foreach (var property in System.Text.Json.JsonSerializer.SerializeToElement(extra).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        return Json(HttpMethod.Post, $"/api/filings/{filing.Id}/{action}", body);
    }

    private sealed record ThrowawayFiling(Guid Id, int Version);

    private static readonly string[] Approved = ["filing.approved"];

    private static readonly Lazy<WebhookReceiver> MatrixReceiver = new(() => WebhookReceiver.Start(200));

    /// <summary>Whether a default Chinese font for the certificate PDF exists here (else the certificate is a 409 certificate.font-missing).</summary>
    private static bool PdfFontInstalled => DefaultFontPaths.Any(File.Exists);


    private static string Random() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>What a row needs before the call, made by an admin through the API.</summary>
    private sealed class Setup(ApiFixture fixture)
    {
        private HttpClient? admin;

        public async Task<HttpClient> AdminAsync() => admin ??= await fixture.LoginAsync(DemoLogin.Admin);

        public async Task<Guid> UnitAsync(string code) => await UnitIdAsync(await AdminAsync(), code);

        public async Task<(Guid Id, int Version)> ThrowawayUnitAsync()
        {
            var unit = await CreateUnitAsync(await AdminAsync(), "TMP" + Random(), "临时园区");
            return (unit.GetProperty("id").GetGuid(), unit.GetProperty("version").GetInt32());
        }

        public async Task<(Guid Id, int Version)> LeaderAsync()
        {
            var leader = await UserByNameAsync(await AdminAsync(), "leader");
            return (leader.GetProperty("id").GetGuid(), leader.GetProperty("version").GetInt32());
        }

        private (Guid Id, int Version)? sharedLead;

        /// <summary>A new open lead recorded by the center.</summary>
        public async Task<(Guid Id, int Version)> OpenLeadAsync()
        {
            var lead = await (await (await AdminAsync()).PostAsJsonAsync("/api/leads", new { companyName = "矩阵线索" + Random(), sourceKind = "Center" })).AssertOkJsonAsync(HttpStatusCode.Created);
            return (lead.GetProperty("id").GetGuid(), lead.GetProperty("version").GetInt32());
        }

        /// <summary>A lead every lead reader sees: the demo association was asked about it, and it is assigned to 武陵区 (the filer's unit).</summary>
        public async Task<(Guid Id, int Version)> SharedLeadAsync()
        {
            if (sharedLead is { } known)
            {
                return known;
            }

            var (id, version) = await OpenLeadAsync();
            var admin = await AdminAsync();
            var asked = await (await admin.PostAsJsonAsync($"/api/leads/{id}/opinion-requests", new { associationIds = new[] { await DemoAssociationAsync() }, question = "请了解情况。", version })).AssertOkJsonAsync();
            var assigned = await (await admin.PostAsJsonAsync($"/api/leads/{id}/assign", new { unitId = await UnitAsync("430702"), version = asked.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
            sharedLead = (id, assigned.GetProperty("version").GetInt32());
            return sharedLead.Value;
        }

        /// <summary>A new open opinion request to the demo association.</summary>
        public async Task<(Guid Id, int Version)> OpinionRequestAsync()
        {
            var (id, version) = await OpenLeadAsync();
            var asked = await (await (await AdminAsync()).PostAsJsonAsync($"/api/leads/{id}/opinion-requests", new { associationIds = new[] { await DemoAssociationAsync() }, question = "请了解情况。", version })).AssertOkJsonAsync();
            var request = asked.GetProperty("opinions")[0];
            return (request.GetProperty("id").GetGuid(), request.GetProperty("version").GetInt32());
        }

        private HttpClient? filer;
        private HttpClient? reviewer;
        private Guid? chain;

        public async Task<Guid> ChainAsync() => chain ??= await FilingsTests.ChainIdAsync(await AdminAsync());

        /// <summary>An approved project of the filer's unit whose approval is moved back to March 2026 (months to report).</summary>
        public async Task<Guid> ReportableProjectAsync()
        {
            filer ??= await fixture.LoginAsync(DemoLogin.Filer);
            reviewer ??= await fixture.LoginAsync(DemoLogin.Reviewer);
            return await ProjectReportsTests.ReportableProjectAsync(fixture, filer, reviewer);
        }

        /// <summary>A funds report of May 2026 submitted by the filer (rejected by the reviewer if asked).</summary>
        public async Task<(Guid Project, Guid Report, int Version)> MonthlyReportAsync(bool reject = false)
        {
            var project = await ReportableProjectAsync();
            var report = await (await filer!.PostAsJsonAsync($"/api/projects/{project}/reports", ProjectReportsTests.Funds(5, 1m))).AssertOkJsonAsync(HttpStatusCode.Created);
            if (reject)
            {
                report = await (await reviewer!.PostAsJsonAsync($"/api/projects/{project}/reports/{report.GetProperty("id").GetGuid()}/reject", new { version = report.GetProperty("version").GetInt32(), reason = "缺少回单" })).AssertOkJsonAsync();
            }

            return (project, report.GetProperty("id").GetGuid(), report.GetProperty("version").GetInt32());
        }

        /// <summary>A complete filing of the filer's unit (武陵区), taken through these actions (filer submits, reviewer decides).</summary>
        public async Task<ThrowawayFiling> FilingAsync(params string[] actions)
        {
            filer ??= await fixture.LoginAsync(DemoLogin.Filer);
            var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await ChainAsync()));
            foreach (var action in actions)
            {
                var by = action == "submit" ? filer : reviewer ??= await fixture.LoginAsync(DemoLogin.Reviewer);
                filing = await FilingsTests.PostAsync(by, filing, action);
            }

            return new ThrowawayFiling(filing.GetProperty("id").GetGuid(), filing.GetProperty("version").GetInt32());
        }

        /// <summary>A signing reported by the filer on a new approved project, then returned or confirmed by the reviewer if asked.</summary>
        public async Task<(Guid ProjectId, Guid Id, int Version)> MilestoneAsync(params string[] actions)
        {
            var project = await FilingAsync("submit", "approve");
            filer ??= await fixture.LoginAsync(DemoLogin.Filer);
            var m = await (await filer.PostAsJsonAsync($"/api/projects/{project.Id}/milestones", new { kind = "Signed", occurredOn = Today(), agreementAmount = 1_000_000m }))
                .AssertOkJsonAsync(HttpStatusCode.Created);
            foreach (var action in actions)
            {
                reviewer ??= await fixture.LoginAsync(DemoLogin.Reviewer);
                var url = $"/api/projects/{project.Id}/milestones/{m.GetProperty("id").GetGuid()}/{action}";
                m = await (await reviewer.PostAsJsonAsync(url, new { version = m.GetProperty("version").GetInt32(), reason = "矩阵" })).AssertOkJsonAsync();
            }

            return (project.Id, m.GetProperty("id").GetGuid(), m.GetProperty("version").GetInt32());
        }

        public async Task<int> ProjectVersionAsync(Guid projectId) =>
            (await (await (await AdminAsync()).GetAsync($"/api/projects/{projectId}")).AssertOkJsonAsync()).GetProperty("version").GetInt32();
        /// <summary>Today in China on the fixture's clock ("yyyy-MM-dd").</summary>
        public string Today() => InvestPromo.Domain.Common.ChinaTime.DateOf(fixture.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A tracked project of the filer's unit (an approved filing) at its current version.</summary>
        public async Task<ThrowawayFiling> ProjectAsync()
        {
            var id = (await FilingAsync("submit", "approve")).Id;
            var project = await (await (await AdminAsync()).GetAsync($"/api/projects/{id}")).AssertOkJsonAsync();
            return new ThrowawayFiling(id, project.GetProperty("version").GetInt32());
        }

        /// <summary>A problem raised by the admin on a project of the filer's unit: the project's id, the problem's id and version.</summary>
        public async Task<(Guid ProjectId, Guid ProblemId, int Version)> ProblemAsync()
        {
            var id = (await FilingAsync("submit", "approve")).Id;
            var problem = await (await (await AdminAsync()).PostAsJsonAsync($"/api/projects/{id}/problems", new { description = "用地指标未落实。", department = "市自然资源和规划局", dueOn = Today() }))
                .AssertOkJsonAsync(HttpStatusCode.Created);
            return (id, problem.GetProperty("id").GetGuid(), problem.GetProperty("version").GetInt32());
        }

        /// <summary>Last week's Monday ("yyyy-MM-dd"), with one approved filing moved back into that week.</summary>
        public async Task<string> PublishableWeekAsync()
        {
            var filing = await FilingAsync("submit", "approve");
            var week = InvestPromo.Domain.Publications.PublicationWeek.Containing(fixture.Clock.GetUtcNow()).AddDays(-7);
            await PublicationsTests.BackdateApprovalAsync(fixture, filing.Id, new DateTimeOffset(week.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
            return week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Last week's publication, published by the admin.</summary>
        public async Task<Guid> PublicationAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/publications", new { weekStart = await PublishableWeekAsync() });
            return (await response.AssertOkJsonAsync()).GetProperty("id").GetGuid();
        }

        /// <summary>Last week's publication (published by the admin) with its entries.</summary>
        public async Task<System.Text.Json.JsonElement> PublishedAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/publications", new { weekStart = await PublishableWeekAsync() });
            return await response.AssertOkJsonAsync();
        }

        /// <summary>A pending objection to last week's publication, lodged anonymously, as an admin reads it.</summary>
        public async Task<(Guid Id, int Version, string ReceiptCode)> ObjectionAsync(bool withEvidence = false)
        {
            var publication = await PublishedAsync();
            var form = withEvidence ? ObjectionsTests.ObjectionForm(file: (FilingAttachmentsTests.Pdf, "证据.pdf")) : ObjectionsTests.ObjectionForm();
            var lodged = await (await ObjectionsTests.LodgeAsync(fixture.CreateClient(), publication, form: form, address: "203.0.113.77")).AssertOkJsonAsync(HttpStatusCode.Created);
            var list = await (await (await AdminAsync()).GetAsync("/api/objections?status=Pending")).AssertOkJsonAsync();
            var objection = list.GetProperty("items")[0];
            return (objection.GetProperty("id").GetGuid(), objection.GetProperty("version").GetInt32(), lodged.GetProperty("receiptCode").GetString()!);
        }

        /// <summary>A filing of the filer's unit with one attachment (uploaded while a draft), then taken through these actions.</summary>
        public async Task<(ThrowawayFiling Filing, Guid AttachmentId)> FilingWithAttachmentAsync(params string[] actions)
        {
            filer ??= await fixture.LoginAsync(DemoLogin.Filer);
            var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await ChainAsync()));
            var id = filing.GetProperty("id").GetGuid();
            var upload = await filer.PostAsync(
                $"/api/filings/{id}/attachments",
                FilingAttachmentsTests.Form(FilingAttachmentsTests.Pdf, "矩阵协议.pdf", "Agreement", filing.GetProperty("version").GetInt32()));
            var added = await upload.AssertOkJsonAsync(HttpStatusCode.Created);
            filing = await (await filer.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
            foreach (var action in actions)
            {
                var by = action == "submit" ? filer : reviewer ??= await fixture.LoginAsync(DemoLogin.Reviewer);
                filing = await FilingsTests.PostAsync(by, filing, action);
            }

            return (new ThrowawayFiling(id, filing.GetProperty("version").GetInt32()), added.GetProperty("attachment").GetProperty("id").GetGuid());
        }

        /// <summary>Unit 430702 and the version of its 2011 targets (null before any).</summary>
        public async Task<(Guid UnitId, int? Version)> TargetAsync()
        {
            var unitId = await UnitAsync("430702");
            var year = await (await (await AdminAsync()).GetAsync("/api/targets/2011")).AssertOkJsonAsync();
            var unit = year.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unitId);
            var version = unit.GetProperty("version");
            return (unitId, version.ValueKind == System.Text.Json.JsonValueKind.Null ? null : version.GetInt32());
        }

        /// <summary>The 2011 Q1 quarterly report (run once; a second run answers it).</summary>
        public async Task QuarterlyReportAsync() =>
            await (await (await AdminAsync()).PostAsJsonAsync("/api/quarterly/reports", new { year = 2011, quarter = 1, again = false })).AssertOkJsonAsync();

        /// <summary>A year's calculation taken <paramref name="steps"/> steps on (0 draft, 1 submitted, 2 approved): recalculating reopens or starts a revision.</summary>
        public async Task<(Guid Id, int Version)> RewardCalculationAsync(int year, int steps)
        {
            var admin = await AdminAsync();
            var calculation = await (await admin.PostAsJsonAsync("/api/rewards/calculations", new { year })).AssertOkJsonAsync();
            foreach (var step in RewardSteps.Take(steps))
            {
                calculation = await (await admin.PostAsJsonAsync(
                    $"/api/rewards/calculations/{calculation.GetProperty("id").GetGuid()}/{step}", new { version = calculation.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
            }

            return (calculation.GetProperty("id").GetGuid(), calculation.GetProperty("version").GetInt32());
        }

        private static readonly string[] RewardSteps = ["submit", "approve"];

        /// <summary>Year 2063's scheme, copied from the Changde template (each matrix case starts from the demo baseline).</summary>
        public async Task<int> EvaluationSchemeYearAsync()
        {
            await (await (await AdminAsync()).PostAsJsonAsync("/api/evaluation-schemes/2063/copy", new { template = "changde" })).AssertOkJsonAsync();
            return 2063;
        }

        /// <summary>A closed year's evaluation opened by the admin (idempotent), every manual score entered if asked: (year, version, the demo association).</summary>
        public async Task<(int Year, int Version, Guid Association)> EvaluationAsync(int year, bool scored)
        {
            var admin = await AdminAsync();
            await (await admin.PostAsJsonAsync("/api/evaluations", new { year })).AssertOkJsonAsync();
            var detail = await (await admin.GetAsync($"/api/evaluations/{year}")).AssertOkJsonAsync();
            var manual = detail.GetProperty("scheme").GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
                .Where(i => i.GetProperty("kind").GetString() == "Manual").Select(i => i.GetProperty("code").GetString()!).ToList();
            var association = await DemoAssociationAsync();
            if (scored)
            {
                foreach (var row in detail.GetProperty("rows").EnumerateArray())
                {
                    var scores = manual.Select(code => new { indicatorCode = code, score = 1m, note = "矩阵", evidence = (string?)null, version = (int?)null }).ToArray();
                    await (await admin.PutAsJsonAsync($"/api/evaluations/{year}/associations/{row.GetProperty("associationId").GetGuid()}/scores", new { scores, reason = (string?)null }))
                        .AssertOkJsonAsync();
                }

                detail = await (await admin.GetAsync($"/api/evaluations/{year}")).AssertOkJsonAsync();
            }

            return (year, detail.GetProperty("evaluation").GetProperty("version").GetInt32(), association);
        }

        /// <summary>A year with an approved, published revision 1.</summary>
        public async Task<int> PublishedEvaluationYearAsync()
        {
            var (year, version, _) = await EvaluationAsync(2013, scored: true);
            await (await (await AdminAsync()).PostAsJsonAsync($"/api/evaluations/{year}/approve", new { version })).AssertOkJsonAsync();
            return year;
        }

        private static int policyYear = 2040;

        public sealed record RewardPolicyBody(
            string Name, DateOnly ValidFrom, DateOnly ValidTo, decimal ThresholdYuan, decimal Rate, string[] ExcludedCategories, decimal AnnualCapYuan, int Version = 0);

        public static RewardPolicyBody PolicyBody(int from) =>
            new("矩阵政策" + from, new DateOnly(from, 1, 1), new DateOnly(from, 12, 31), 20_000_000m, 0.001m, ["RealEstate"], 1_000_000m);

        /// <summary>A policy body for a year no other test policy covers.</summary>
        public static RewardPolicyBody NextPolicyBody() => PolicyBody(Interlocked.Increment(ref policyYear));

        public async Task<(Guid Id, int Version, int From)> RewardPolicyAsync()
        {
            var body = NextPolicyBody();
            var policy = await (await (await AdminAsync()).PostAsJsonAsync("/api/reward-policies", body)).AssertOkJsonAsync(HttpStatusCode.Created);
            return (policy.GetProperty("id").GetGuid(), policy.GetProperty("version").GetInt32(), body.ValidFrom.Year);
        }

        /// <summary>A claim proposed by the filer on a new approved filing (confirmed by the reviewer if asked, with one evidence file if asked).</summary>
        public async Task<(Guid FilingId, Guid Id, int Version, Guid? EvidenceId)> CreditAsync(bool confirm = false, bool withEvidence = false)
        {
            var filing = await FilingAsync("submit", "approve");
            filer ??= await fixture.LoginAsync(DemoLogin.Filer);
            var credit = await (await filer.PostAsJsonAsync($"/api/filings/{filing.Id}/credits", new { associationId = (await AssociationAsync()).Id }))
                .AssertOkJsonAsync(HttpStatusCode.Created);
            var id = credit.GetProperty("id").GetGuid();
            Guid? evidenceId = null;
            if (withEvidence)
            {
                var added = await (await filer.PostAsync($"/api/credits/{id}/evidence", CreditsTests.EvidenceForm())).AssertOkJsonAsync(HttpStatusCode.Created);
                evidenceId = added.GetProperty("id").GetGuid();
            }

            if (confirm)
            {
                reviewer ??= await fixture.LoginAsync(DemoLogin.Reviewer);
                credit = await (await reviewer.PostAsJsonAsync($"/api/credits/{id}/confirm", new { version = credit.GetProperty("version").GetInt32() })).AssertOkJsonAsync();
            }

            return (filing.Id, id, credit.GetProperty("version").GetInt32(), evidenceId);
        }

        /// <summary>The purchased service's year 2031, opened by the admin (with one payment if asked).</summary>
        public async Task<(Guid Id, int Version, Guid? PaymentId)> PurchasedServiceYearAsync(bool withPayment = false)
        {
            var year = await (await (await AdminAsync()).PostAsJsonAsync("/api/purchased-service", new { year = 2031, contractor = "矩阵机构", contractAmount = 1_000_000m }))
                .AssertOkJsonAsync(HttpStatusCode.Created);
            var id = year.GetProperty("id").GetGuid();
            Guid? paymentId = null;
            if (withPayment)
            {
                year = await (await (await AdminAsync()).PostAsJsonAsync($"/api/purchased-service/{id}/payments", new { paidOn = "2031-03-31", amount = 100m })).AssertOkJsonAsync();
                paymentId = year.GetProperty("payments")[0].GetProperty("id").GetGuid();
            }

            return (id, year.GetProperty("version").GetInt32(), paymentId);
        }

        public async Task<(Guid Id, int Version)> AmbassadorAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/ambassadors", new { year = 2026, name = "临时大使", certificateNumber = "TMP-" + Random() });
            var ambassador = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (ambassador.GetProperty("id").GetGuid(), ambassador.GetProperty("version").GetInt32());
        }

        public async Task<(Guid Id, int Version)> NativeAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/natives", new { name = "临时人士" + Random() });
            var native = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (native.GetProperty("id").GetGuid(), native.GetProperty("version").GetInt32());
        }

        public async Task<(Guid Id, int Version)> AssociationAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/associations", new { name = "临时商会" + Random(), kind = "IndustryAssociation" });
            var association = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (association.GetProperty("id").GetGuid(), association.GetProperty("version").GetInt32());
        }

        /// <summary>A rating, office or member (by <paramref name="part"/>) of a new association, or of <paramref name="associationId"/>, added by an admin.</summary>
        public async Task<(Guid Association, Guid Id, int Version)> AssociationPartAsync<T>(Guid? associationId, string part, T body)
        {
            var association = associationId ?? (await AssociationAsync()).Id;
            var response = await (await AdminAsync()).PostAsJsonAsync($"/api/associations/{association}/{part}", body);
            var created = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (association, created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt32());
        }

        private HttpClient? eventFiler;
        private HttpClient? eventAssociation;
        private (Guid Id, int Version)? sharedEvent;
        private (Guid Id, Guid FileId)? sharedEventFile;

        /// <summary>A body recording an event organised by 武陵区 with the demo association taking part.</summary>
        public async Task<Dictionary<string, object?>> EventBodyAsync() => new()
        {
            ["kind"] = "Promotion", ["title"] = "矩阵推介会" + Random(), ["startsOn"] = "2026-10-01", ["endsOn"] = "2026-10-02", ["place"] = "北京",
            ["associations"] = new[] { new { associationId = await DemoAssociationAsync(), role = "Participant" } }, ["invitedCompanyCount"] = 5,
        };

        /// <summary>
        /// A new event the caller may change: the demo association's own proposal for an association's user, else one the filer
        /// recorded for 武陵区 (the filer's unit; the center changes any; the demo association takes part, so every reader sees it).
        /// </summary>
        public async Task<(Guid Id, int Version)> EventAsync(Caller caller)
        {
            HttpResponseMessage response;
            if (caller == Caller.Association)
            {
                eventAssociation ??= await fixture.LoginAsync(DemoLogin.Association);
                response = await eventAssociation.PostAsJsonAsync("/api/association-portal/events", new
                {
                    kind = "Symposium", title = "矩阵座谈会" + Random(), startsOn = "2026-10-01", endsOn = "2026-10-01", place = "北京", ownRole = "Host", invitedCompanyCount = 3,
                });
            }
            else
            {
                eventFiler ??= await fixture.LoginAsync(DemoLogin.Filer);
                response = await eventFiler.PostAsJsonAsync("/api/events", await EventBodyAsync());
            }

            var created = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt32());
        }

        /// <summary>An event every event reader sees.</summary>
        public async Task<(Guid Id, int Version)> SharedEventAsync() => sharedEvent ??= await EventAsync(Caller.Filer);

        /// <summary>A new file on a new event the caller may change.</summary>
        public async Task<(Guid Id, Guid FileId)> EventFileAsync(Caller caller)
        {
            var (id, _) = await EventAsync(caller);
            var client = caller == Caller.Association ? eventAssociation! : eventFiler!;
            var file = await (await client.PostAsync($"/api/events/{id}/files", CreditsTests.EvidenceForm())).AssertOkJsonAsync(HttpStatusCode.Created);
            return (id, file.GetProperty("id").GetGuid());
        }

        /// <summary>A file on the shared event.</summary>
        public async Task<(Guid Id, Guid FileId)> SharedEventFileAsync()
        {
            if (sharedEventFile is { } known)
            {
                return known;
            }

            var (id, _) = await SharedEventAsync();
            var file = await (await eventFiler!.PostAsync($"/api/events/{id}/files", CreditsTests.EvidenceForm())).AssertOkJsonAsync(HttpStatusCode.Created);
            sharedEventFile = (id, file.GetProperty("id").GetGuid());
            return sharedEventFile.Value;
        }

        public async Task<Dictionary<string, object?>> PublicityBodyAsync() => new()
        {
            ["medium"] = "常德日报", ["publishedOn"] = "2026-10-01", ["title"] = "矩阵报道" + Random(), ["url"] = "https://example.com/matrix",
            ["associationId"] = await DemoAssociationAsync(),
        };

        public async Task<(Guid Id, int Version)> PublicityItemAsync()
        {
            var item = await (await (await AdminAsync()).PostAsJsonAsync("/api/publicity", await PublicityBodyAsync())).AssertOkJsonAsync(HttpStatusCode.Created);
            return (item.GetProperty("id").GetGuid(), item.GetProperty("version").GetInt32());
        }

        /// <summary>The demo association login's association (北京常德商会).</summary>
        public async Task<Guid> DemoAssociationAsync()
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            return await db.Users.Where(u => u.UserName == DemoLogin.Association.UserName).Select(u => u.AssociationId!.Value).SingleAsync();
        }

        /// <summary>A notification of the caller's own (written straight to the database); callers without a user get a random id.</summary>
        public async Task<Guid> NotificationForAsync(Caller caller)
        {
            if (Login(caller) is not { } login)
            {
                return Guid.NewGuid();
            }

            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var userId = await db.Users.Where(u => u.UserName == login.UserName).Select(u => u.Id).SingleAsync();
            var decision = new FilingDecided(Guid.NewGuid(), Guid.NewGuid(), "矩阵项目", InvestPromo.Domain.Filings.FilingAction.Approved, null);
            var notification = Notification.ForDecision(userId, decision, fixture.Clock.GetUtcNow());
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        }

        public async Task<(Guid Id, int Version)> IndustryChainAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/industry-chains", new { code = "TMP" + Random(), name = "临时产业链", sortOrder = 999 });
            var chain = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (chain.GetProperty("id").GetGuid(), chain.GetProperty("version").GetInt32());
        }

        public async Task<(string Code, int Version)> SourceRegionAsync()
        {
            var code = $"43{System.Random.Shared.Next(90, 100)}{System.Random.Shared.Next(10, 100)}";
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/regions", new { code, name = "临时市", nameEn = "Temporary" });
            var region = await response.AssertOkJsonAsync(HttpStatusCode.Created);
            return (code, region.GetProperty("version").GetInt32());
        }

        /// <summary>A webhook subscription to a receiver on loopback (shared by the whole run), by the admin.</summary>
        public async Task<(Guid Id, int Version)> WebhookSubscriptionAsync()
        {
            var response = await (await AdminAsync()).PostAsJsonAsync("/api/webhooks/subscriptions",
                new { url = MatrixReceiver.Value.Url.ToString(), eventTypes = Approved });
            var saved = (await response.AssertOkJsonAsync(HttpStatusCode.Created)).GetProperty("subscription");
            return (saved.GetProperty("id").GetGuid(), saved.GetProperty("version").GetInt32());
        }

        /// <summary>A ping delivered to that receiver by a run of the delivery job.</summary>
        public async Task<Guid> DeliveredWebhookAsync()
        {
            var subscription = await WebhookSubscriptionAsync();
            var ping = await (await (await AdminAsync()).PostAsJsonAsync($"/api/webhooks/subscriptions/{subscription.Id}/ping", new { })).AssertOkJsonAsync(HttpStatusCode.Accepted);
            await fixture.RunRecurringJobAsync(InvestPromo.Infrastructure.Jobs.RecurringJobs.DeliverWebhooks);
            return ping.GetProperty("id").GetGuid();
        }

        public async Task<Guid> ThrowawayKeyAsync() => (await fixture.CreateApiKeyAsync("ReadOnly", await AdminAsync())).Id;
    }
}
