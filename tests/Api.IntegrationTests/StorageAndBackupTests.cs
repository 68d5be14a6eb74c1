using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvestPromo.Api.Hosting;
using InvestPromo.Api.IntegrationTests.Infrastructure;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Infrastructure.Backup;
using InvestPromo.Infrastructure.Storage;
using InvestPromo.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>
/// Attachments in S3-compatible object storage (a real s3rver) through the API, a refusing store answered 503 with nothing
/// saved; and a SQLite installation backed up and restored into a fresh data folder, the restored app serving the same records.
/// </summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class StorageAndBackupTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<HttpClient> LoginAsync(WebApplicationFactory<Program> app, DemoLogin login)
    {
        var client = Fixture.CreateClient(app: app);
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = login.UserName, password = login.Password, rememberMe = false })).EnsureSuccessStatusCode();
        return client;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, JsonElement filing, byte[] bytes, string fileName) =>
        client.PostAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/attachments", FilingAttachmentsTests.Form(bytes, fileName, "Agreement", filing.GetProperty("version").GetInt32()));

    [Fact]
    public async Task With_S3_storage_an_attachment_is_stored_in_the_bucket_and_downloaded_and_a_refusing_store_is_a_503_that_saves_nothing()
    {
        await using var server = await S3rverServer.StartAsync();
        await using var app = Fixture.Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in server.Settings)
            {
                builder.UseSetting(key, value);
            }
        });
        var storage = Assert.IsType<S3FileStorage>(app.Services.GetRequiredService<IFileStorage>());
        Assert.Equal(S3rverServer.Bucket, storage.Bucket);
        var filer = await LoginAsync(app, DemoLogin.Filer);
        var filing = await FilingAttachmentsTests.DraftAsync(filer);

        var added = await (await UploadAsync(filer, filing, FilingAttachmentsTests.Pdf, "协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
        var attachmentId = added.GetProperty("attachment").GetProperty("id").GetGuid();
        var download = await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/attachments/{attachmentId}/content");
        await download.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(FilingAttachmentsTests.Pdf, await download.Content.ReadAsByteArrayAsync());

        // The store refuses: a 503 with Retry-After and the storage code, and no attachment row (the filing's version is unchanged).
        await server.StopAsync();
        var current = await (await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        var refused = await UploadAsync(filer, current, FilingAttachmentsTests.Png, "照片.png");
        await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "storage.unavailable");
        Assert.Equal("10", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unreadable = await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}/attachments/{attachmentId}/content");
        await unreadable.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "storage.unavailable");
        var after = await (await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
        Assert.Equal(current.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(1, after.GetProperty("attachmentCount").GetInt32());

        await server.StartAgainAsync();
        await (await UploadAsync(filer, after, FilingAttachmentsTests.Png, "照片.png")).AssertOkJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_SQLite_backup_restored_into_a_fresh_data_folder_serves_the_same_filings_history_attachments_and_audit()
    {
        var folder = Path.Combine(Path.GetTempPath(), "investpromo-backup-" + Guid.NewGuid().ToString("N")[..8]);
        var source = Path.Combine(folder, "source");
        var fresh = Path.Combine(folder, "fresh");
        var backupFolder = Path.Combine(folder, "backup");
        WebApplicationFactory<Program> On(string dataPath) => Fixture.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataPath, "investpromo.db")}")
            .UseSetting("App:DataPath", dataPath));
        try
        {
            // Records with history, an attachment and audit entries, on a SQLite installation with the disk store.
            JsonElement filing;
            Guid attachmentId;
            await using (var app = On(source))
            {
                var filer = await LoginAsync(app, DemoLogin.Filer);
                filing = await FilingAttachmentsTests.DraftAsync(filer);
                var added = await (await UploadAsync(filer, filing, FilingAttachmentsTests.Pdf, "招商引资协议.pdf")).AssertOkJsonAsync(HttpStatusCode.Created);
                attachmentId = added.GetProperty("attachment").GetProperty("id").GetGuid();
                var submitted = await (await filer.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}")).AssertOkJsonAsync();
                await FilingsTests.PostAsync(filer, submitted, "submit");

                var output = new StringWriter();
                var error = new StringWriter();
                Assert.Equal(0, await DataCommand.Parse(["backup", backupFolder])!.RunAsync(app.Services, output, error, CancellationToken.None));
                Assert.Contains("Backed up", output.ToString(), StringComparison.Ordinal);
            }

            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(Path.Combine(backupFolder, BackupManifest.FileName)), Web)!;
            Assert.Equal(1, manifest.AttachmentFiles);
            // The data-protection key ring is in the database (issue 17: shared by every instance), so the database file carries it.
            Assert.True(manifest.Rows["DataProtectionKeys"] > 0, string.Join(", ", manifest.Rows));
            Assert.True(manifest.Rows["Filings"] > 0 && manifest.Rows["AuditEntries"] > 0 && manifest.Rows["FilingAttachments"] == 1, string.Join(", ", manifest.Rows));
            Assert.StartsWith("20", manifest.Migration, StringComparison.Ordinal);

            // The operator's command, as Program runs it (its own host from the command line), into a fresh data folder.
            string[] target = ["--environment=Testing", "--Database:Provider=Sqlite", $"--ConnectionStrings:Default=Data Source={Path.Combine(fresh, "investpromo.db")}", $"--App:DataPath={fresh}"];
            var restoreOutput = new StringWriter();
            var restoreError = new StringWriter();
            Assert.Equal(0, await DataCommand.Parse(["restore", backupFolder, .. target])!.RunAsync(restoreOutput, restoreError, CancellationToken.None));
            Assert.Contains("Restored", restoreOutput.ToString(), StringComparison.Ordinal);

            // A second restore onto it is refused without --force, and nothing is touched.
            var refusedError = new StringWriter();
            Assert.Equal(1, await DataCommand.Parse(["restore", backupFolder, .. target])!.RunAsync(TextWriter.Null, refusedError, CancellationToken.None));
            Assert.Contains("--force", refusedError.ToString(), StringComparison.Ordinal);

            // Both installations serve the same records.
            await using var original = On(source);
            await using var restored = On(fresh);
            var id = filing.GetProperty("id").GetGuid();
            foreach (var path in new[]
            {
                $"/api/filings/{id}", $"/api/filings/{id}/attachments", "/api/audit?entityType=Filing&pageSize=200",
                "/api/audit?entityType=FilingAttachment&pageSize=200", "/api/filings?pageSize=200",
            })
            {
                var expected = await (await (await LoginAsync(original, DemoLogin.Admin)).GetAsync(path)).AssertOkJsonAsync();
                var actual = await (await (await LoginAsync(restored, DemoLogin.Admin)).GetAsync(path)).AssertOkJsonAsync();
                Assert.Equal(expected.ToString(), actual.ToString());
            }

            var admin = await LoginAsync(restored, DemoLogin.Admin);
            var detail = await (await admin.GetAsync($"/api/filings/{id}")).AssertOkJsonAsync();
            Assert.Contains(detail.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "FileAttached");
            Assert.Equal("UnderReview", detail.GetProperty("status").GetString());
            var audit = await (await admin.GetAsync("/api/audit?entityType=FilingAttachment&pageSize=200")).AssertOkJsonAsync();
            Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityId").GetString() == attachmentId.ToString());
            var content = await admin.GetAsync($"/api/filings/{id}/attachments/{attachmentId}/content");
            await content.AssertStatusAsync(HttpStatusCode.OK);
            Assert.Equal(FilingAttachmentsTests.Pdf, await content.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: left in the temp folder, harmlessly.
            }
        }
    }

    [Fact]
    public async Task A_restore_refuses_a_backup_whose_migration_this_build_does_not_know()
    {
        var folder = Path.Combine(Path.GetTempPath(), "investpromo-backup-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(folder);
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, "Sqlite", "29991231000000_FromTheFuture", "investpromo.db", null, null, 0, 0, new Dictionary<string, long>());
            await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.FileName), JsonSerializer.Serialize(manifest, Web));
            var fresh = Path.Combine(folder, "fresh");
            var error = new StringWriter();

            var exit = await DataCommand.Parse(["restore", folder, "--force", "--environment=Testing", "--Database:Provider=Sqlite",
                $"--ConnectionStrings:Default=Data Source={Path.Combine(fresh, "investpromo.db")}", $"--App:DataPath={fresh}"])!.RunAsync(TextWriter.Null, error, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("29991231000000_FromTheFuture", error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(fresh, "investpromo.db")) && new FileInfo(Path.Combine(fresh, "investpromo.db")).Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_command_line_names_the_verb_the_folder_and_force_and_passes_the_rest_to_the_host()
    {
        var command = DataCommand.Parse(["restore", "/backups/1", "--force", "--App:DataPath=/srv/data"])!;

        Assert.Equal(("restore", "/backups/1", true), (command.Verb, command.Folder, command.Force));
        Assert.Equal(["--App:DataPath=/srv/data"], command.HostArgs);
        Assert.Null(DataCommand.Parse(["migrate"]));
        Assert.Null(DataCommand.Parse([]));
        Assert.Null(DataCommand.Parse(["backup", "--App:DataPath=/x"])!.Folder);
    }
}
