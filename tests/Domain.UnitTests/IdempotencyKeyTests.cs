using System.Text;
using InvestPromo.Domain.Idempotency;

namespace InvestPromo.Domain.UnitTests;

public sealed class IdempotencyKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly string EmptyBody = IdempotencyFingerprint.HashBody([]);

    private static string Body(string json) => IdempotencyFingerprint.HashBody(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("5f0c6a1e-8a4b-4f5e-9d57-0b8f3d2a7c11")]
    [InlineData("a")]
    [InlineData("order 42 / retry ~!")]
    public void Printable_ASCII_keys_up_to_100_characters_are_well_formed(string key)
    {
        Assert.True(IdempotencyKey.IsWellFormed(key));
        Assert.True(IdempotencyKey.IsWellFormed(new string('k', IdempotencyKey.KeyMaxLength)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tab\there")]
    [InlineData("new\nline")]
    [InlineData("键")]
    [InlineData("caf\u00e9")]
    [InlineData("del\u007f")]
    public void Empty_control_and_non_ASCII_keys_are_refused(string? key) => Assert.False(IdempotencyKey.IsWellFormed(key));

    [Fact]
    public void A_key_longer_than_100_characters_is_refused() =>
        Assert.False(IdempotencyKey.IsWellFormed(new string('k', IdempotencyKey.KeyMaxLength + 1)));

    [Fact]
    public void The_same_method_target_and_body_give_the_same_fingerprint_whatever_the_cases_of_method_and_path()
    {
        var first = IdempotencyFingerprint.Of("POST", "/api/filings/0192ABCD/submit", null, Body("{\"version\":1}"));
        var second = IdempotencyFingerprint.Of("post", "/API/filings/0192abcd/submit", "", Body("{\"version\":1}"));

        Assert.Equal(first, second);
        Assert.Equal("POST /api/filings/0192abcd/submit", first.Request);
    }

    [Fact]
    public void Another_body_method_path_or_query_gives_another_fingerprint()
    {
        var first = IdempotencyFingerprint.Of("POST", "/api/filings", null, Body("{\"projectName\":\"甲\"}"));

        Assert.NotEqual(first, IdempotencyFingerprint.Of("POST", "/api/filings", null, Body("{\"projectName\":\"乙\"}")));
        Assert.NotEqual(first, IdempotencyFingerprint.Of("PUT", "/api/filings", null, Body("{\"projectName\":\"甲\"}")));
        Assert.NotEqual(first, IdempotencyFingerprint.Of("POST", "/api/units", null, Body("{\"projectName\":\"甲\"}")));
        Assert.NotEqual(first, IdempotencyFingerprint.Of("POST", "/api/filings", "?x=1", Body("{\"projectName\":\"甲\"}")));
    }

    [Fact]
    public void A_very_long_target_is_kept_as_its_hash_within_the_column()
    {
        var path = "/api/" + new string('a', 600);

        var fingerprint = IdempotencyFingerprint.Of("POST", path, null, EmptyBody);

        Assert.True(fingerprint.Request.Length <= IdempotencyFingerprint.RequestMaxLength);
        Assert.StartsWith("sha256:", fingerprint.Request, StringComparison.Ordinal);
        Assert.NotEqual(fingerprint, IdempotencyFingerprint.Of("POST", path + "b", null, EmptyBody));
    }

    [Fact]
    public async Task A_streamed_body_hashes_as_the_same_bytes_in_memory()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"projectName\":\"智能装备产业园\"}", 2000)));

        var streamed = await IdempotencyFingerprint.HashBodyAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(IdempotencyFingerprint.HashBody(bytes), streamed);
        Assert.Equal(64, streamed.Length);
        Assert.Throws<ArgumentException>(() => IdempotencyFingerprint.Of("POST", "/api/filings", null, "not a hash"));
    }

    private static async Task<string> FormAsync(params (string Name, string Value)[] fields) => await FormAsync(fields, []);

    private static async Task<string> FormAsync((string Name, string Value)[] fields, (string Name, string FileName, string Content)[] files)
    {
        using var hash = new IdempotencyFingerprint.FormHash();
        foreach (var (name, value) in fields)
        {
            hash.AddField(name, [value]);
        }

        foreach (var (name, fileName, content) in files)
        {
            await hash.AddFileAsync(name, fileName, "application/pdf", new MemoryStream(Encoding.UTF8.GetBytes(content)), CancellationToken.None);
        }

        return hash.Finish();
    }

    [Fact]
    public async Task A_form_hashes_by_its_parts_whatever_order_its_fields_were_sent_in()
    {
        var first = await FormAsync(("objectorName", "张晓明"), ("text", "内容"));
        var reordered = await FormAsync(("text", "内容"), ("objectorName", "张晓明"));

        Assert.Equal(first, reordered);
        Assert.NotEqual(first, await FormAsync(("objectorName", "张晓明"), ("text", "内容!")));
        Assert.NotEqual(first, await FormAsync(("objectorName", "张晓明")));
    }

    [Fact]
    public async Task A_forms_pieces_are_length_prefixed_so_moving_text_between_name_and_value_changes_the_hash()
    {
        Assert.NotEqual(await FormAsync(("ab", "c")), await FormAsync(("a", "bc")));
    }

    [Fact]
    public async Task A_forms_files_count_by_name_file_name_and_content()
    {
        var fields = new[] { ("text", "内容") };
        var first = await FormAsync(fields, [("file", "证据.pdf", "%PDF-1.4 a")]);

        Assert.Equal(first, await FormAsync(fields, [("file", "证据.pdf", "%PDF-1.4 a")]));
        Assert.NotEqual(first, await FormAsync(fields, [("file", "证据.pdf", "%PDF-1.4 b")]));
        Assert.NotEqual(first, await FormAsync(fields, [("file", "其他.pdf", "%PDF-1.4 a")]));
        Assert.NotEqual(first, await FormAsync(fields, []));
    }

    [Fact]
    public void A_claim_holds_for_the_retention_and_a_never_completed_one_only_for_the_in_progress_timeout()
    {
        var claim = IdempotencyKey.Claim("user:1", "key-1", IdempotencyFingerprint.Of("POST", "/api/filings", null, EmptyBody), Now);
        var retention = TimeSpan.FromHours(24);
        var timeout = TimeSpan.FromMinutes(10);

        Assert.False(claim.IsCompleted);
        Assert.False(claim.HasLapsed(Now.AddMinutes(9), retention, timeout));
        Assert.True(claim.HasLapsed(Now.AddMinutes(10), retention, timeout));
        Assert.Equal(IdempotencyFingerprint.Of("POST", "/api/filings", null, EmptyBody), claim.Fingerprint);
    }

    [Fact]
    public void A_claim_needs_a_caller_and_a_well_formed_key()
    {
        var fingerprint = IdempotencyFingerprint.Of("POST", "/api/filings", null, EmptyBody);

        Assert.Throws<ArgumentException>(() => IdempotencyKey.Claim(" ", "key", fingerprint, Now));
        Assert.Throws<ArgumentException>(() => IdempotencyKey.Claim("user:1", "键", fingerprint, Now));
        Assert.Throws<ArgumentException>(() => IdempotencyKey.Claim(new string('c', IdempotencyKey.CallerMaxLength + 1), "key", fingerprint, Now));
    }
}
