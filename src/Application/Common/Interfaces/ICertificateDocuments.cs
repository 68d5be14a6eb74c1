namespace InvestPromo.Application.Common.Interfaces;

/// <summary>What an ambassador's certificate (聘书) prints.</summary>
public sealed record AmbassadorCertificate(string HomeCityName, int Year, string Name, string CertificateNumber, string? Organisation, string? Title, DateOnly? AppointedOn);

/// <summary>Printable documents (PDF). Implemented in Infrastructure with PDFsharp and a CJK font from configuration.</summary>
public interface ICertificateDocuments
{
    /// <summary>The certificate as a one-page A4 PDF, or null when no configured Chinese font exists on this machine.</summary>
    byte[]? RenderAmbassadorCertificate(AmbassadorCertificate certificate);
}
