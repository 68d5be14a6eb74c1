using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using InvestPromo.Api.IntegrationTests.Infrastructure;

namespace InvestPromo.Api.IntegrationTests;

/// <summary>The built SPA's files: precompressed, cached for a year when hashed, revalidated when not (SpaHosting).</summary>
[Collection(ApiCollectionDefinition.Name)]
public sealed class SpaHostingTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return Fixture.CreateClient().SendAsync(request);
    }

    private static async Task<string> DecodedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        await using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            _ => throw new InvalidOperationException($"unexpected Content-Encoding {encoding}"),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static void AssertCachedAsset(HttpResponseMessage response)
    {
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br", ".br")]
    [InlineData("gzip;q=1.0, br;q=0.5", "br", ".br")]
    [InlineData("gzip, deflate", "gzip", ".gz")]
    [InlineData("br;q=0, gzip", "gzip", ".gz")]
    [InlineData("*", "br", ".br")]
    public async Task A_hashed_asset_is_sent_as_the_precompressed_file_the_caller_accepts_brotli_first(string acceptEncoding, string encoding, string extension)
    {
        var response = await GetAsync(ApiFixture.SpaAsset, acceptEncoding);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        AssertCachedAsset(response);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var file = new FileInfo(Path.Combine(Fixture.SpaRoot, ApiFixture.SpaAsset.TrimStart('/') + extension));
        Assert.Equal(file.Length, response.Content.Headers.ContentLength);
        Assert.Equal(ApiFixture.SpaAssetContent, await DecodedAsync(response));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("gzip;q=0, br;q=0")]
    [InlineData("deflate")]
    public async Task A_caller_accepting_neither_brotli_nor_gzip_gets_the_file_itself(string? acceptEncoding)
    {
        var response = await GetAsync(ApiFixture.SpaAsset, acceptEncoding);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        AssertCachedAsset(response);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(Encoding.UTF8.GetByteCount(ApiFixture.SpaAssetContent), response.Content.Headers.ContentLength);
        Assert.Equal(ApiFixture.SpaAssetContent, await DecodedAsync(response));
    }

    [Fact]
    public async Task A_HEAD_of_an_asset_names_the_encoding_and_length_without_a_body()
    {
        var response = await GetAsync(ApiFixture.SpaAsset, "br", HttpMethod.Head);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        AssertCachedAsset(response);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/review/0190f0e4-0000-7000-8000-000000000000")]
    [InlineData("/filings/new")]
    public async Task The_index_page_and_the_deep_link_fallback_are_revalidated_on_every_load(string path)
    {
        var response = await GetAsync(path, "br, gzip");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.False(response.Headers.CacheControl?.Public ?? false);
        Assert.Contains(ApiFixture.SpaMarker, await DecodedAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/index-Gone5678.js")]
    [InlineData("/assets/index-Test1234.js.br")]
    [InlineData("/assets/index-Test1234.js.gz")]
    [InlineData("/assets/nested/missing.css")]
    public async Task A_missing_asset_or_a_compressed_file_by_name_is_a_404_for_anyone_never_the_index_page(string path)
    {
        foreach (var client in new[] { Fixture.CreateClient(), await AdminAsync() })
        {
            var response = await client.GetAsync(path);

            await response.AssertStatusAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain(ApiFixture.SpaMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Null(response.Headers.CacheControl);
        }
    }

    [Fact]
    public async Task A_JSON_answer_to_GET_is_compressed_for_a_caller_that_accepts_it()
    {
        var admin = await AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/regions");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        var response = await admin.SendAsync(request);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var plain = await (await admin.GetAsync("/api/regions")).Content.ReadAsStringAsync();
        Assert.Equal(plain, await DecodedAsync(response));
    }

    [Fact]
    public async Task An_answer_to_POST_is_never_compressed_so_a_one_time_secret_is_not_exposed_to_BREACH()
    {
        var anonymous = Fixture.CreateClient();
        anonymous.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = DemoLogin.Admin.UserName, password = DemoLogin.Admin.Password, rememberMe = false });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
