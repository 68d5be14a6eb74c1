using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Security;

/// <summary>
/// Configuration section "DataProtection": the key ring that protects sign-in cookies, antiforgery tokens and webhook secrets.
/// The keys live in the database (table DataProtectionKeys), so every instance on it reads what another protected. Give a
/// certificate (a PKCS#12 file with its password, or the thumbprint of one in the machine's or user's "My" store) and the
/// keys are encrypted at rest with it; without one they are stored in clear and start-up warns.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>Every instance must name the same application to share the keys (default InvestPromo).</summary>
    public string ApplicationName { get; set; } = "InvestPromo";

    /// <summary>A .pfx/.p12 file with the certificate and its private key (relative to the content root).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password; from the environment or a secret store, never from a committed file.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Or: the thumbprint of a certificate with its private key in CurrentUser\My or LocalMachine\My.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The configured certificate, or null when none is configured. Refuses a missing file, a wrong password or a certificate without its private key.</summary>
    public X509Certificate2? LoadCertificate(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(CertificatePath) && !string.IsNullOrWhiteSpace(CertificateThumbprint))
        {
            throw new InvalidOperationException($"{Section}:{nameof(CertificatePath)} and {Section}:{nameof(CertificateThumbprint)} name two certificates: give one.");
        }

        X509Certificate2? certificate = null;
        if (!string.IsNullOrWhiteSpace(CertificatePath))
        {
            var path = Path.GetFullPath(CertificatePath, contentRoot);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{Section}:{nameof(CertificatePath)}: no file at {path}.");
            }

            try
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword);
            }
            catch (CryptographicException exception)
            {
                throw new InvalidOperationException($"{Section}:{nameof(CertificatePath)}: {path} could not be read as PKCS#12 with {Section}:{nameof(CertificatePassword)} ({exception.Message}).", exception);
            }
        }
        else if (!string.IsNullOrWhiteSpace(CertificateThumbprint))
        {
            certificate = FromStore(StoreLocation.CurrentUser) ?? FromStore(StoreLocation.LocalMachine)
                ?? throw new InvalidOperationException($"{Section}:{nameof(CertificateThumbprint)}: no certificate {CertificateThumbprint} in CurrentUser\\My or LocalMachine\\My.");
        }

        if (certificate is { HasPrivateKey: false })
        {
            throw new InvalidOperationException($"{Section}: the certificate {certificate.Thumbprint} has no private key, so the keys it encrypts could not be read back.");
        }

        return certificate;
    }

    private X509Certificate2? FromStore(StoreLocation location)
    {
        using var store = new X509Store(StoreName.My, location);
        store.Open(OpenFlags.ReadOnly);
        var thumbprint = CertificateThumbprint!.Replace(" ", string.Empty, StringComparison.Ordinal);
        return store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false).OfType<X509Certificate2>().FirstOrDefault();
    }
}

public static partial class KeyRing
{
    /// <summary>Data protection with its keys in the database, shared under one application name, encrypted when a certificate is configured.</summary>
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, KeyRingOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            throw new InvalidOperationException($"{KeyRingOptions.Section}:{nameof(KeyRingOptions.ApplicationName)} must not be empty: every instance must give the same name.");
        }

        var certificate = options.LoadCertificate(environment.ContentRootPath);
        var builder = services.AddDataProtection()
            .SetApplicationName(options.ApplicationName)
            .PersistKeysToDbContext<ApplicationDbContext>();
        if (certificate is not null)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }

        services.AddSingleton(new KeyRingState(certificate?.Thumbprint));
        return services;
    }

    /// <summary>Logs at start-up how the keys are kept: a warning when they are stored unencrypted.</summary>
    internal static void Report(ILogger logger, KeyRingState state, IHostEnvironment environment)
    {
        if (state.CertificateThumbprint is { } thumbprint)
        {
            LogEncrypted(logger, thumbprint);
        }
        else
        {
            LogNotEncrypted(logger, environment.EnvironmentName, KeyRingOptions.Section);
        }
    }

    [LoggerMessage(EventId = 4120, EventName = "KeyRingEncrypted", Level = LogLevel.Information, Message = "Data-protection keys are stored in the database, encrypted with certificate {Thumbprint}")]
    private static partial void LogEncrypted(ILogger logger, string thumbprint);

    [LoggerMessage(EventId = 4121, EventName = "KeyRingNotEncrypted", Level = LogLevel.Warning, Message = "Data-protection keys are stored in the database UNENCRYPTED ({Environment}): set {Section}:CertificatePath and CertificatePassword (or CertificateThumbprint) in Production")]
    private static partial void LogNotEncrypted(ILogger logger, string environment, string section);
}

/// <summary>What <see cref="KeyRing.AddSharedKeyRing"/> configured: the certificate's thumbprint, or null when keys are stored in clear.</summary>
public sealed record KeyRingState(string? CertificateThumbprint)
{
    public bool Encrypted => CertificateThumbprint is not null;
}

/// <summary>Says at start-up whether the keys are encrypted at rest.</summary>
internal sealed class KeyRingReport(KeyRingState state, IHostEnvironment environment, ILogger<KeyRingReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        KeyRing.Report(logger, state, environment);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
