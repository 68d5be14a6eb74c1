using System.Net;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>GET /api/projects: an approved filing is a tracked project under the filing's id; another unit's is a 404 for a filer.</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class ProjectsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_approved_filing_is_a_project_under_its_id_and_another_units_filer_gets_404()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "接口跟踪项目"));
        var id = filing.GetProperty("id").GetGuid();
        await (await filer.GetAsync($"/api/projects/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        filing = await FilingsTests.PostAsync(filer, filing, "submit");
        await FilingsTests.PostAsync(reviewer, filing, "approve");

        var project = await (await filer.GetAsync($"/api/projects/{id}")).AssertOkJsonAsync();
        Assert.Equal("接口跟踪项目", project.GetProperty("projectName").GetString());
        Assert.Equal("Active", project.GetProperty("status").GetString());
        Assert.Equal(id, Assert.Single((await (await filer.GetAsync("/api/projects")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        await (await filer2.GetAsync($"/api/projects/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.Empty((await (await filer2.GetAsync("/api/projects")).AssertOkJsonAsync()).GetProperty("items").EnumerateArray());
        await (await reviewer.GetAsync("/api/projects?status=Nonsense")).AssertValidationProblemAsync("status");
    }

    private static MultipartFormDataContent EvidenceForm(byte[] bytes, string fileName, string subject, Guid subjectId)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(subject), "subject" }, { new StringContent(subjectId.ToString()), "subjectId" } };
    }

    [Fact]
    public async Task Evidence_needs_a_visible_project_a_real_record_and_a_pdf_or_an_image()
    {
        var filer = await LoginAsync(DemoLogin.Filer);
        var filer2 = await LoginAsync(DemoLogin.Filer2);
        var reviewer = await LoginAsync(DemoLogin.Reviewer);
        var filing = await FilingsTests.CreateAsync(filer, FilingsTests.CompleteBody(await FilingsTests.ChainIdAsync(filer), "证据项目"));
        var id = filing.GetProperty("id").GetGuid();
        await FilingsTests.PostAsync(reviewer, await FilingsTests.PostAsync(filer, filing, "submit"), "approve");

        Assert.Empty((await (await filer.GetAsync($"/api/projects/{id}/evidence")).AssertOkJsonAsync()).EnumerateArray());
        await (await filer2.GetAsync($"/api/projects/{id}/evidence")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer2.PostAsync($"/api/projects/{id}/evidence", EvidenceForm(FilingAttachmentsTests.Pdf, "凭证.pdf", "Milestone", Guid.NewGuid())))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await filer.PostAsync($"/api/projects/{id}/evidence", EvidenceForm(FilingAttachmentsTests.Pdf, "凭证.pdf", "Milestone", Guid.NewGuid())))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not-found"); // no such record on the project
        await (await filer.PostAsync($"/api/projects/{id}/evidence", EvidenceForm(FilingAttachmentsTests.Pdf, "凭证.docx", "Milestone", Guid.NewGuid())))
            .AssertValidationProblemAsync("file");
        await (await filer.GetAsync($"/api/projects/{id}/evidence/{Guid.NewGuid()}/content")).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}
