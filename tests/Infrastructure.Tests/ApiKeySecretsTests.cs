using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;

namespace InvestPromo.Infrastructure.Tests;

public sealed class ApiKeySecretsTests
{
    private readonly ApiKeySecrets _secrets = new();

    [Fact]
    public void A_generated_secret_has_the_documented_shape()
    {
        var (secret, prefix, hash) = _secrets.Generate();

        Assert.StartsWith("ipk_", secret, StringComparison.Ordinal);
        Assert.Equal(44, secret.Length);
        Assert.True(ApiKeySecrets.LooksValid(secret));
        Assert.Equal(ApiKey.PrefixLength, prefix.Length);
        Assert.Equal(secret[..12], prefix);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(_secrets.Hash(secret), hash);
    }

    [Fact]
    public void Two_generated_secrets_differ()
    {
        var first = _secrets.Generate();
        var second = _secrets.Generate();

        Assert.NotEqual(first.Secret, second.Secret);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void Many_generated_secrets_are_all_valid_and_distinct()
    {
        var secrets = Enumerable.Range(0, 200).Select(_ => _secrets.Generate().Secret).ToList();

        Assert.All(secrets, s => Assert.True(ApiKeySecrets.LooksValid(s), s));
        Assert.Equal(secrets.Count, secrets.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_hash_is_the_lowercase_hex_SHA_256_of_the_whole_key()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", _secrets.Hash("abc"));
        Assert.Equal(_secrets.Hash("ipk_aaaa"), new ApiKeySecrets().Hash("ipk_aaaa"));
        Assert.NotEqual(_secrets.Hash("ipk_aaaa"), _secrets.Hash("ipk_aaab"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ipk_")]
    [InlineData("ipk_abcdefghijklmnopqrstuvwxyz234567abcdefg")] // 43 characters
    [InlineData("ipk_abcdefghijklmnopqrstuvwxyz234567abcdefgh" + "i")] // 45 characters
    [InlineData("ipx_abcdefghijklmnopqrstuvwxyz234567abcdefgh")] // wrong prefix
    [InlineData("IPK_abcdefghijklmnopqrstuvwxyz234567abcdefgh")] // prefix is case-sensitive
    [InlineData("ipk_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGH")] // upper case is not in the alphabet
    [InlineData("ipk_abcdefghijklmnopqrstuvwxyz012345abcdefgh")] // 0 and 1 are not base32
    [InlineData("ipk_abcdefghijklmnopqrstuvwxyz23456_abcdefgh")]
    [InlineData("ipk_abcdefghijklmnopqrstuvwxyz23456 abcdefgh")]
    public void Keys_of_the_wrong_shape_do_not_look_valid(string? candidate) =>
        Assert.False(ApiKeySecrets.LooksValid(candidate));

    [Fact]
    public void A_key_of_the_right_shape_looks_valid() =>
        Assert.True(ApiKeySecrets.LooksValid("ipk_abcdefghijklmnopqrstuvwxyz234567abcdefgh"));
}
