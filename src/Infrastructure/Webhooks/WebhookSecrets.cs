using System.Security.Cryptography;
using InvestPromo.Application.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace InvestPromo.Infrastructure.Webhooks;

/// <summary>Subscriptions' secrets: 32 random bytes, protected at rest with ASP.NET Core Data Protection (the app's key ring).</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider) : IWebhookSecrets
{
    private readonly IDataProtector protector = provider.CreateProtector("InvestPromo.Webhooks.Secret.v1");

    public string Generate() => "whsec_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
