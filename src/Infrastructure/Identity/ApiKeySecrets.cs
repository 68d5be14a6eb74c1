using System.Security.Cryptography;
using System.Text;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Domain.Security;

namespace InvestPromo.Infrastructure.Identity;

/// <summary>
/// Keys look like "ipk_" + 40 random base32 characters. The first <see cref="ApiKey.PrefixLength"/> characters
/// are stored in clear to find the key; only the SHA-256 of the whole key is kept. The key has 200 bits of
/// entropy, so a fast hash is enough (no password stretching needed).
/// </summary>
public sealed class ApiKeySecrets : IApiKeySecrets
{
    public const string KeyPrefix = "ipk_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public (string Secret, string Prefix, string Hash) Generate()
    {
        var secret = KeyPrefix + RandomNumberGenerator.GetString(Alphabet, 40);
        return (secret, secret[..ApiKey.PrefixLength], Hash(secret));
    }

    public string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksValid(string? secret) =>
        secret is { Length: 44 } && secret.StartsWith(KeyPrefix, StringComparison.Ordinal) && secret[KeyPrefix.Length..].All(Alphabet.Contains);
}
