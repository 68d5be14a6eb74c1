namespace InvestPromo.Application.Common.Interfaces;

/// <summary>Makes and hashes API key secrets.</summary>
public interface IApiKeySecrets
{
    /// <summary>A new random key; its prefix (stored in clear) and its hash.</summary>
    (string Secret, string Prefix, string Hash) Generate();

    string Hash(string secret);
}
