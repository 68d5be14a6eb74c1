using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InvestPromo.Infrastructure.Security;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The certificate that encrypts the data-protection keys at rest: read at start-up, refused with one clear message.</summary>
public sealed class KeyRingOptionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("investpromo-keyring-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Pfx(string password, bool withPrivateKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=InvestPromo key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pfx");
        using var publicPart = X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(path, (withPrivateKey ? certificate : publicPart).Export(X509ContentType.Pkcs12, password));
        return path;
    }

    [Fact]
    public void Without_a_certificate_none_is_loaded()
    {
        Assert.Null(new KeyRingOptions().LoadCertificate(folder));
        Assert.Equal("InvestPromo", new KeyRingOptions().ApplicationName);
    }

    [Fact]
    public void A_certificate_file_with_its_password_is_loaded_with_its_private_key()
    {
        var path = Pfx("s3cret-Pass");

        using var certificate = new KeyRingOptions { CertificatePath = Path.GetFileName(path), CertificatePassword = "s3cret-Pass" }.LoadCertificate(folder);

        Assert.NotNull(certificate);
        Assert.True(certificate.HasPrivateKey);
    }

    [Fact]
    public void A_wrong_password_a_missing_file_or_a_certificate_without_its_private_key_stops_start_up_naming_the_setting()
    {
        var path = Pfx("s3cret-Pass");
        var publicOnly = Pfx("public-Pass", withPrivateKey: false);

        var wrong = Assert.Throws<InvalidOperationException>(() => new KeyRingOptions { CertificatePath = path, CertificatePassword = "Wrong-Pass-4711" }.LoadCertificate(folder));
        var missing = Assert.Throws<InvalidOperationException>(() => new KeyRingOptions { CertificatePath = "nowhere.pfx" }.LoadCertificate(folder));
        var both = Assert.Throws<InvalidOperationException>(() => new KeyRingOptions { CertificatePath = path, CertificateThumbprint = "AB" }.LoadCertificate(folder));
        var noKey = Assert.Throws<InvalidOperationException>(() => new KeyRingOptions { CertificatePath = publicOnly, CertificatePassword = "public-Pass" }.LoadCertificate(folder));

        Assert.Contains("DataProtection:CertificatePath", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Pass-4711", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("no file", missing.Message, StringComparison.Ordinal);
        Assert.Contains("give one", both.Message, StringComparison.Ordinal);
        Assert.Contains("no private key", noKey.Message, StringComparison.Ordinal);
    }
}
